# ruff: noqa
"""family=graphs cost=n*120 sizes=1000,10000,100000,1000000,2000000"""


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
    queue = new_array(n)
    head = 0
    tail = 0
    for v in range(n):
        if in_degree[v] == 0:
            queue[tail] = v
            tail += 1
    longest = new_array(n)
    while head < tail:
        u = queue[head]
        head += 1
        for e in range(offsets[u], offsets[u + 1]):
            w = adjacent[e]
            longest[w] = max(longest[w], longest[u] + 1)
            in_degree[w] -= 1
            if in_degree[w] == 0:
                queue[tail] = w
                tail += 1
    deepest = 0
    total = 0
    for v in range(n):
        deepest = max(deepest, longest[v])
        total = (total + longest[v] * (v % 7 + 1)) % 1000000007
    print(tail)
    print(deepest)
    print(total)
