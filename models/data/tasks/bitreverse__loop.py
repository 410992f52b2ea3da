# ruff: noqa
"""family=bit-manipulation cost=n*34 sizes=1000,10000,100000,1000000,3000000"""


def reverse16(value: int) -> int:
    result = 0
    rest = value
    for bit in range(16):
        result = (result << 1) | (rest & 1)
        rest = rest >> 1
    return result


def main() -> None:
    n = N
    x = 2718
    total = 0
    mixed = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        low = reverse16(x & 65535)
        high = reverse16((x >> 15) & 65535)
        total = (total + low * 65536 + high) % 1000000007
        mixed = mixed ^ (low + high)
    print(total)
    print(mixed)
