# ruff: noqa
"""family=numerics cost=n*n*6 sizes=100,300,1000,2000,3000"""


def gcd(p: int, q: int) -> int:
    result = p
    if q != 0:
        result = gcd(q, p % q)
    return result


def main() -> None:
    n = N
    total = 0
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            total += gcd(i, j)
    print(total)
