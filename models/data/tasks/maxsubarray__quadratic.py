# ruff: noqa
"""family=dynamic-programming cost=n*n/3 sizes=300,1000,3000,10000,20000,40000"""


def fill_gains(gains: list[int], n: int) -> None:
    x = 13
    for i in range(n):
        x = x * 48271 % 2147483647
        gains[i] = x % 2001 - 1000


def main() -> None:
    n = N
    gains = new_array(n)
    fill_gains(gains, n)
    best = 0
    for first in range(n):
        window = 0
        for last in range(first, n):
            window += gains[last]
            best = max(best, window)
    print(best)
