# ruff: noqa
"""family=searching cost=n*100 sizes=1000,10000,100000,300000"""


def main() -> None:
    n = N
    values = new_array(n)
    x = 10
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000
    best = 0
    window = 100
    for i in range(window, n + 1):
        total = 0
        for j in range(i - window, i):
            total += values[j]
        best = max(best, total)
    print(best)
