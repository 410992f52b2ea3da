# ruff: noqa
"""family=dynamic-programming cost=n*n*20 sizes=30,100,300,600,1000,1500"""


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
    reach = new_array((n + 1) * width)
    reach[0] = 1
    for item in range(1, n + 1):
        w = weights[item - 1]
        row = item * width
        for s in range(width):
            if reach[row - width + s] == 1:
                reach[row + s] = 1
            elif s >= w and reach[row - width + s - w] == 1:
                reach[row + s] = 1
    reachable = 0
    best = 0
    for s in range(width):
        if reach[n * width + s] == 1:
            reachable += 1
            best = s
    chosen = 0
    h = 0
    current = n
    remaining = best
    while remaining > 0:
        if reach[(current - 1) * width + remaining] == 0:
            chosen += 1
            h = (h * 31 + current) % 1000000007
            remaining -= weights[current - 1]
        current -= 1
    print(reachable)
    print(best)
    print(chosen)
    print(h)
