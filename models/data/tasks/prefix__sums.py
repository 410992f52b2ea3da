# ruff: noqa
"""family=searching cost=n*6 sizes=1000,10000,100000,1000000,5000000"""


def main() -> None:
    n = N
    prefix = new_array(n + 1)
    x = 10
    for i in range(n):
        x = x * 48271 % 2147483647
        prefix[i + 1] = prefix[i] + x % 1000
    best = 0
    window = 100
    for i in range(window, n + 1):
        best = max(best, prefix[i] - prefix[i - window])
    print(best)
