# ruff: noqa
"""family=numerics cost=n*sqrt(n)/6 sizes=1000,10000,100000,300000,1000000,2000000"""


def totient(k: int) -> int:
    rest = k
    result = k
    d = 2
    while d * d <= rest:
        if rest % d == 0:
            result -= result // d
            while rest % d == 0:
                rest = rest // d
        if d == 2:
            d = 3
        else:
            d += 2
    if rest > 1:
        result -= result // rest
    return result


def main() -> None:
    n = N
    total = 0
    weighted = 0
    for k in range(1, n + 1):
        phi = totient(k)
        total += phi
        weighted = (weighted + phi * (k % 10 + 1)) % 1000000007
    print(total)
    print(weighted)
