# ruff: noqa
"""family=bit-manipulation cost=n*32 sizes=1000,10000,100000,1000000,3000000"""


def main() -> None:
    n = N
    total = 0
    x = 1
    for i in range(n):
        x = x * 48271 % 2147483647
        v = x
        bits = 0
        for b in range(31):
            bits += v & 1
            v = v >> 1
        total += bits
    print(total)
