# ruff: noqa
"""family=encoding cost=n*24 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_values(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        bits = x % 31
        limit = 1
        for k in range(bits):
            limit *= 2
        x = x * 48271 % 2147483647
        values[i] = x % limit


def byte_length(value: int) -> int:
    width = 1
    bound = 128
    while value >= bound:
        width += 1
        bound *= 128
    return width


def encode_all(values: list[int], n: int, out: list[int]) -> int:
    used = 0
    for i in range(n):
        width = byte_length(values[i])
        scale = 1
        for k in range(width):
            scale *= 2
        packed = values[i] * scale + scale // 2 - 1
        for k in range(width):
            out[used] = packed % 256
            packed = packed // 256
            used += 1
    return used


def decode_all(data: list[int], used: int, values: list[int]) -> int:
    count = 0
    pos = 0
    while pos < used:
        width = 1
        scale = 2
        head = data[pos]
        while head % 2 == 1:
            width += 1
            scale *= 2
            head = head // 2
        packed = 0
        weight = 1
        for k in range(width):
            packed += data[pos + k] * weight
            weight *= 256
        values[count] = packed // scale
        pos += width
        count += 1
    return count


def main() -> None:
    n = N
    values = new_array(n)
    fill_values(values, n, 2024)
    data = new_array(5 * n)
    used = encode_all(values, n, data)
    decoded = new_array(n)
    count = decode_all(data, used, decoded)
    h = 0
    mismatches = 0
    for i in range(count):
        h = (h * 31 + decoded[i]) % 1000000007
        if decoded[i] != values[i]:
            mismatches += 1
    print(used)
    print(count)
    print(mismatches)
    print(h)
