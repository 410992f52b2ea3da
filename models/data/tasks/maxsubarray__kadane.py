# ruff: noqa
"""family=dynamic-programming cost=n*8 sizes=1000,10000,100000,1000000,10000000"""


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
    running = 0
    for i in range(n):
        running = max(0, running + gains[i])
        best = max(best, running)
    print(best)
