# ruff: noqa
"""family=dynamic-programming cost=n*n*10 sizes=30,100,300,600,1000,1500"""


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
    best = new_array(capacity + 1)
    for i in range(items):
        c = capacity
        while c >= weights[i]:
            best[c] = max(best[c], best[c - weights[i]] + gains[i])
            c -= 1
    print(best[capacity])
