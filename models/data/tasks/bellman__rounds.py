# ruff: noqa
"""family=graphs cost=n*4*100 sizes=1000,10000,100000,300000,600000"""


def build_edges(
    sources: list[int], targets: list[int], weights: list[int], n: int, degree: int
) -> None:
    x = 29
    e = 0
    for v in range(n):
        for k in range(degree):
            x = x * 48271 % 2147483647
            sources[e] = v
            targets[e] = x % n
            x = x * 48271 % 2147483647
            weights[e] = 1 + x % 100
            e += 1


def shuffle_edges(sources: list[int], targets: list[int], weights: list[int], m: int) -> None:
    x = 31
    i = m - 1
    while i > 0:
        x = x * 48271 % 2147483647
        j = x % (i + 1)
        held = sources[i]
        sources[i] = sources[j]
        sources[j] = held
        held = targets[i]
        targets[i] = targets[j]
        targets[j] = held
        held = weights[i]
        weights[i] = weights[j]
        weights[j] = held
        i -= 1


def main() -> None:
    n = N
    degree = 4
    m = n * degree
    sources = new_array(m)
    targets = new_array(m)
    weights = new_array(m)
    build_edges(sources, targets, weights, n, degree)
    shuffle_edges(sources, targets, weights, m)
    infinity = 1000000000000000
    dist = new_array(n)
    for v in range(n):
        dist[v] = infinity
    dist[0] = 0
    changed = 1
    rounds = 0
    while changed == 1 and rounds < n:
        changed = 0
        rounds += 1
        for e in range(m):
            if dist[sources[e]] < infinity:
                candidate = dist[sources[e]] + weights[e]
                if candidate < dist[targets[e]]:
                    dist[targets[e]] = candidate
                    changed = 1
    reached = 0
    total = 0
    for v in range(n):
        if dist[v] < infinity:
            reached += 1
            total = (total + dist[v] * (v % 13 + 1)) % 1000000007
    print(reached)
    print(total)
