# ruff: noqa
"""family=graphs cost=n*200 sizes=1000,10000,100000,300000,1000000"""


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


def main() -> None:
    n = N
    degree = 4
    m = n * degree
    sources = new_array(m)
    targets = new_array(m)
    weights = new_array(m)
    build_edges(sources, targets, weights, n, degree)
    infinity = 1000000000000000
    dist = new_array(n)
    for v in range(n):
        dist[v] = infinity
    waiting = new_array(n)
    ring = new_array(n)
    dist[0] = 0
    ring[0] = 0
    waiting[0] = 1
    head = 0
    queued = 1
    while queued > 0:
        u = ring[head]
        head = (head + 1) % n
        queued -= 1
        waiting[u] = 0
        for e in range(u * degree, u * degree + degree):
            candidate = dist[u] + weights[e]
            w = targets[e]
            if candidate < dist[w]:
                dist[w] = candidate
                if waiting[w] == 0:
                    waiting[w] = 1
                    ring[(head + queued) % n] = w
                    queued += 1
    reached = 0
    total = 0
    for v in range(n):
        if dist[v] < infinity:
            reached += 1
            total = (total + dist[v] * (v % 13 + 1)) % 1000000007
    print(reached)
    print(total)
