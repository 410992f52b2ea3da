# ruff: noqa
"""family=numerics cost=n*40 sizes=1000,10000,100000,300000,1000000,3000000,10000000"""


def power_mod(base: int, exponent: int, p: int) -> int:
    result = 1
    b = base % p
    e = exponent
    while e > 0:
        if e % 2 == 1:
            result = result * b % p
        b = b * b % p
        e = e // 2
    return result


def main() -> None:
    n = N
    p = 50331653
    inverse = new_array(n + 1)
    for i in range(1, n + 1):
        inverse[i] = power_mod(i, p - 2, p)
    h = 0
    harmonic = 0
    for i in range(1, n + 1):
        h = (h * 31 + inverse[i]) % p
        harmonic = (harmonic + inverse[i]) % p
    print(inverse[n])
    print(harmonic)
    print(h)
