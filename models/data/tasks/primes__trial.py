# ruff: noqa
"""family=numerics cost=n*sqrt(n)/8 sizes=1000,10000,100000,300000,1000000"""


def is_prime(k: int) -> int:
    result = 1
    if k < 2:
        result = 0
    d = 2
    while d * d <= k and result == 1:
        if k % d == 0:
            result = 0
        d += 1
    return result


def main() -> None:
    n = N
    count = 0
    for k in range(n):
        count += is_prime(k)
    print(count)
