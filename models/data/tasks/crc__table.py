# ruff: noqa
"""family=hashing cost=n*3 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_bytes(data: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        data[i] = x % 256


def build_table(table: list[int]) -> None:
    for entry in range(256):
        value = entry
        for bit in range(8):
            if value & 1 == 1:
                value = (value >> 1) ^ 40961
            else:
                value = value >> 1
        table[entry] = value


def main() -> None:
    n = N
    data = new_array(n)
    fill_bytes(data, n, 314159)
    table = new_array(256)
    build_table(table)
    crc = 0
    block_sum = 0
    for i in range(n):
        crc = table[(crc ^ data[i]) & 255] ^ (crc >> 8)
        if i % 1024 == 1023:
            block_sum = (block_sum + crc) % 1000000007
    print(crc)
    print(block_sum)
