# ruff: noqa
"""family=numerics cost=n*40 sizes=1000,10000,100000,1000000"""


def power_mod(base: int, exponent: int, modulus: int) -> int:
    result = 1
    b = base % modulus
    e = exponent
    while e > 0:
        if e % 2 == 1:
            result = result * b % modulus
        b = b * b % modulus
        e = e // 2
    return result


def main() -> None:
    n = N
    total = 0
    for k in range(1, n + 1):
        total = (total + power_mod(k, 1000000 + k, 1000003)) % 1000003
    print(total)
