# ruff: noqa
"""family=graphs cost=n*n*2 sizes=100,300,1000,3000,5000"""


def build_graph(
    offsets: list[int], targets: list[int], weights: list[int], n: int, degree: int
) -> None:
    x = 3
    for v in range(n):
        offsets[v] = v * degree
        for k in range(degree):
            x = x * 48271 % 2147483647
            targets[v * degree + k] = x % n
            x = x * 48271 % 2147483647
            weights[v * degree + k] = 1 + x % 1000
    offsets[n] = n * degree


def main() -> None:
    n = N
    degree = 6
    offsets = new_array(n + 1)
    targets = new_array(n * degree)
    weights = new_array(n * degree)
    build_graph(offsets, targets, weights, n, degree)
    dist = new_array(n)
    done = new_array(n)
    for v in range(n):
        dist[v] = 1000000000000
    dist[0] = 0
    for step in range(n):
        best = -1
        best_dist = 1000000000000
        for v in range(n):
            if done[v] == 0 and dist[v] < best_dist:
                best = v
                best_dist = dist[v]
        if best >= 0:
            done[best] = 1
            for e in range(offsets[best], offsets[best + 1]):
                if dist[best] + weights[e] < dist[targets[e]]:
                    dist[targets[e]] = dist[best] + weights[e]
    total = 0
    for v in range(n):
        if dist[v] < 1000000000000:
            total = (total + dist[v]) % 1000000007
    print(total)
