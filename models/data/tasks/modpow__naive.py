# ruff: noqa
"""family=numerics cost=n*n*50 sizes=30,100,300,1000,2000"""


def power_mod(base: int, exponent: int, modulus: int) -> int:
    result = 1
    for i in range(exponent):
        result = result * base % modulus
    return result


def main() -> None:
    n = N
    total = 0
    for k in range(1, n + 1):
        total = (total + power_mod(k, 50 * k, 1000003)) % 1000003
    print(total)
