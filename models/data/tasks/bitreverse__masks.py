# ruff: noqa
"""family=bit-manipulation cost=n*12 sizes=1000,10000,100000,1000000,3000000,10000000"""


def reverse16(value: int) -> int:
    v = ((value >> 1) & 21845) | ((value & 21845) << 1)
    v = ((v >> 2) & 13107) | ((v & 13107) << 2)
    v = ((v >> 4) & 3855) | ((v & 3855) << 4)
    v = ((v >> 8) & 255) | ((v & 255) << 8)
    return v


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
