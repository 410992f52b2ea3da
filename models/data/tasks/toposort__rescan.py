# ruff: noqa
"""family=graphs cost=n*n/2+n*40 sizes=300,1000,3000,10000,20000"""


def build_dag(sources: list[int], targets: list[int], n: int, per_node: int) -> None:
    label = new_array(n)
    for v in range(n):
        label[v] = v
    x = 17
    i = n - 1
    while i > 0:
        x = x * 48271 % 2147483647
        j = x % (i + 1)
        held = label[i]
        label[i] = label[j]
        label[j] = held
        i -= 1
    e = 0
    for v in range(1, n):
        for k in range(per_node):
            x = x * 48271 % 2147483647
            sources[e] = label[x % v]
            targets[e] = label[v]
            e += 1
    free(label)


def first_ready(in_degree: list[int], finished: list[int], n: int) -> int:
    found = n
    v = 0
    while found == n and v < n:
        if finished[v] == 0 and in_degree[v] == 0:
            found = v
        v += 1
    return found


def main() -> None:
    n = N
    per_node = 3
    m = per_node * (n - 1)
    sources = new_array(m)
    targets = new_array(m)
    build_dag(sources, targets, n, per_node)
    offsets = new_array(n + 1)
    in_degree = new_array(n)
    for e in range(m):
        offsets[sources[e] + 1] += 1
        in_degree[targets[e]] += 1
    for v in range(n):
        offsets[v + 1] += offsets[v]
    fill_at = new_array(n)
    for v in range(n):
        fill_at[v] = offsets[v]
    adjacent = new_array(m)
    for e in range(m):
        adjacent[fill_at[sources[e]]] = targets[e]
        fill_at[sources[e]] += 1
    finished = new_array(n)
    longest = new_array(n)
    processed = 0
    for step in range(n):
        u = first_ready(in_degree, finished, n)
        if u < n:
            finished[u] = 1
            processed += 1
            for e in range(offsets[u], offsets[u + 1]):
                w = adjacent[e]
                longest[w] = max(longest[w], longest[u] + 1)
                in_degree[w] -= 1
    deepest = 0
    total = 0
    for v in range(n):
        deepest = max(deepest, longest[v])
        total = (total + longest[v] * (v % 7 + 1)) % 1000000007
    print(processed)
    print(deepest)
    print(total)
