# ruff: noqa
"""family=hashing cost=n*2 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_bytes(data: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        data[i] = x % 256


def adler32(data: list[int], start: int, length: int) -> int:
    a = 1
    b = 0
    position = start
    stop = start + length
    while position < stop:
        chunk_end = min(stop, position + 5552)
        for i in range(position, chunk_end):
            a += data[i]
            b += a
        a = a % 65521
        b = b % 65521
        position = chunk_end
    return b * 65536 + a


def main() -> None:
    n = N
    data = new_array(n)
    fill_bytes(data, n, 161803)
    print(adler32(data, 0, n))
    chunks = 0
    for start in range(0, n // 4096):
        chunks = (chunks + adler32(data, start * 4096, 4096)) % 1000000007
    print(chunks)
