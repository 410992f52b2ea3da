# ruff: noqa
"""family=bit-manipulation cost=n*6 sizes=1000,10000,100000,1000000,3000000,10000000"""


def build_byte_table(table: list[int]) -> None:
    for entry in range(256):
        result = 0
        rest = entry
        for bit in range(8):
            result = (result << 1) | (rest & 1)
            rest = rest >> 1
        table[entry] = result


def reverse16(table: list[int], value: int) -> int:
    reversed_low = table[value & 255]
    return (reversed_low << 8) | table[value >> 8]


def main() -> None:
    n = N
    table = new_array(256)
    build_byte_table(table)
    x = 2718
    total = 0
    mixed = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        low = reverse16(table, x & 65535)
        high = reverse16(table, (x >> 15) & 65535)
        total = (total + low * 65536 + high) % 1000000007
        mixed = mixed ^ (low + high)
    print(total)
    print(mixed)
