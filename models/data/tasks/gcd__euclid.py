# ruff: noqa
"""family=numerics cost=n*n*5 sizes=100,300,1000,2000,3000"""


def gcd(p: int, q: int) -> int:
    x = p
    y = q
    while y != 0:
        r = x % y
        x = y
        y = r
    return x


def main() -> None:
    n = N
    total = 0
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            total += gcd(i, j)
    print(total)
