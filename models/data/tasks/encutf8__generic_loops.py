# ruff: noqa
"""family=encoding cost=n*35 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_code_points(points: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        kind = x % 8
        x = x * 48271 % 2147483647
        if kind < 4:
            points[i] = 32 + x % 95
        elif kind < 6:
            points[i] = 128 + x % 1920
        elif kind < 7:
            cp = 2048 + x % 63488
            if cp >= 55296 and cp < 57344:
                cp -= 2048
            points[i] = cp
        else:
            points[i] = 65536 + x % 1048576


def encode(
    points: list[int], n: int, limits: list[int], marks: list[int], bytes_out: list[int]
) -> int:
    out = 0
    for i in range(n):
        cp = points[i]
        size = 1
        while cp >= limits[size]:
            size += 1
        rest = cp
        k = size - 1
        while k > 0:
            bytes_out[out + k] = 128 + rest % 64
            rest = rest // 64
            k -= 1
        bytes_out[out] = marks[size] + rest
        out += size
    return out


def decode(bytes_in: list[int], length: int, points: list[int]) -> int:
    count = 0
    at = 0
    while at < length:
        lead = bytes_in[at]
        size = 0
        bit = 128
        while (lead & bit) != 0:
            size += 1
            bit = bit // 2
        value = lead & (bit - 1)
        for k in range(1, max(size, 1)):
            value = value * 64 + bytes_in[at + k] % 64
        points[count] = value
        at += max(size, 1)
        count += 1
    return count


def main() -> None:
    n = N
    limits = new_array(5)
    marks = new_array(5)
    limits[1] = 128
    limits[2] = 2048
    limits[3] = 65536
    limits[4] = 1114112
    marks[2] = 192
    marks[3] = 224
    marks[4] = 240
    points = new_array(n)
    fill_code_points(points, n, 8364)
    encoded = new_array(4 * n)
    length = encode(points, n, limits, marks, encoded)
    decoded = new_array(n)
    count = decode(encoded, length, decoded)
    h = 0
    for i in range(length):
        h = (h * 257 + encoded[i]) % 1000000007
    mismatches = 0
    for i in range(n):
        if decoded[i] != points[i]:
            mismatches += 1
    print(length)
    print(h)
    print(count)
    print(mismatches)
