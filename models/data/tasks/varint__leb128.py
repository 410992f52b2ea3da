# ruff: noqa
"""family=encoding cost=n*20 sizes=1000,10000,100000,1000000,3000000,10000000"""


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


def encode_all(values: list[int], n: int, out: list[int]) -> int:
    used = 0
    for i in range(n):
        rest = values[i]
        while rest >= 128:
            out[used] = (rest & 127) | 128
            used += 1
            rest = rest >> 7
        out[used] = rest
        used += 1
    return used


def decode_all(data: list[int], used: int, values: list[int]) -> int:
    count = 0
    pos = 0
    while pos < used:
        value = 0
        shift = 1
        while data[pos] >= 128:
            value += (data[pos] & 127) * shift
            shift *= 128
            pos += 1
        value += data[pos] * shift
        pos += 1
        values[count] = value
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
