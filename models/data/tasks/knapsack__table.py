# ruff: noqa
"""family=dynamic-programming cost=n*n*10 sizes=30,100,300,600,1000"""


def main() -> None:
    items = N
    capacity = N * 10
    weights = new_array(items)
    gains = new_array(items)
    x = 5
    for i in range(items):
        x = x * 48271 % 2147483647
        weights[i] = 1 + x % 50
        x = x * 48271 % 2147483647
        gains[i] = 1 + x % 100
    width = capacity + 1
    best = new_array((items + 1) * width)
    for i in range(1, items + 1):
        for c in range(width):
            keep = best[(i - 1) * width + c]
            if weights[i - 1] <= c:
                take = best[(i - 1) * width + c - weights[i - 1]] + gains[i - 1]
                keep = max(keep, take)
            best[i * width + c] = keep
    print(best[items * width + capacity])
