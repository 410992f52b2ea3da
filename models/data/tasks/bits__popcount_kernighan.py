# ruff: noqa
"""family=bit-manipulation cost=n*16 sizes=1000,10000,100000,1000000,3000000,10000000"""


def main() -> None:
    n = N
    total = 0
    x = 1
    for i in range(n):
        x = x * 48271 % 2147483647
        v = x
        while v != 0:
            v = v & (v - 1)
            total += 1
    print(total)
