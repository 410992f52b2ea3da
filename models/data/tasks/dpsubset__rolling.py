# ruff: noqa
"""family=dynamic-programming cost=n*n*10 sizes=30,100,300,1000,3000,6000"""


def fill_weights(weights: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        weights[i] = 20 + x % 50


def main() -> None:
    n = N
    capacity = 10 * n + 7
    width = capacity + 1
    weights = new_array(n)
    fill_weights(weights, n, 60601)
    first = new_array(width)
    for s in range(width):
        first[s] = 0 - 1
    first[0] = 0
    for item in range(1, n + 1):
        w = weights[item - 1]
        total = capacity
        while total >= w:
            if first[total] < 0 and first[total - w] >= 0:
                first[total] = item
            total -= 1
    reachable = 0
    best = 0
    for s in range(width):
        if first[s] >= 0:
            reachable += 1
            best = s
    chosen = 0
    h = 0
    remaining = best
    while remaining > 0:
        taken = first[remaining]
        chosen += 1
        h = (h * 31 + taken) % 1000000007
        remaining -= weights[taken - 1]
    print(reachable)
    print(best)
    print(chosen)
    print(h)
