# ruff: noqa
"""family=numerics cost=n*5 sizes=1000,10000,100000,300000,1000000,3000000,10000000"""


def main() -> None:
    n = N
    p = 50331653
    inverse = new_array(n + 1)
    inverse[1] = 1
    for i in range(2, n + 1):
        inverse[i] = (p - p // i) * inverse[p % i] % p
    h = 0
    harmonic = 0
    for i in range(1, n + 1):
        h = (h * 31 + inverse[i]) % p
        harmonic = (harmonic + inverse[i]) % p
    print(inverse[n])
    print(harmonic)
    print(h)
