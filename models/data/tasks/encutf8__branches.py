# ruff: noqa
"""family=encoding cost=n*20 sizes=1000,10000,100000,1000000,3000000,10000000"""


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


def encode(points: list[int], n: int, bytes_out: list[int]) -> int:
    out = 0
    for i in range(n):
        cp = points[i]
        if cp < 128:
            bytes_out[out] = cp
            out += 1
        elif cp < 2048:
            bytes_out[out] = 192 | (cp >> 6)
            bytes_out[out + 1] = 128 | (cp & 63)
            out += 2
        elif cp < 65536:
            bytes_out[out] = 224 | (cp >> 12)
            bytes_out[out + 1] = 128 | ((cp >> 6) & 63)
            bytes_out[out + 2] = 128 | (cp & 63)
            out += 3
        else:
            bytes_out[out] = 240 | (cp >> 18)
            bytes_out[out + 1] = 128 | ((cp >> 12) & 63)
            bytes_out[out + 2] = 128 | ((cp >> 6) & 63)
            bytes_out[out + 3] = 128 | (cp & 63)
            out += 4
    return out


def decode(bytes_in: list[int], length: int, points: list[int]) -> int:
    count = 0
    at = 0
    while at < length:
        lead = bytes_in[at]
        if lead < 128:
            points[count] = lead
            at += 1
        elif lead < 224:
            points[count] = ((lead & 31) << 6) | (bytes_in[at + 1] & 63)
            at += 2
        elif lead < 240:
            points[count] = (
                ((lead & 15) << 12) | ((bytes_in[at + 1] & 63) << 6) | (bytes_in[at + 2] & 63)
            )
            at += 3
        else:
            points[count] = (
                ((lead & 7) << 18)
                | ((bytes_in[at + 1] & 63) << 12)
                | ((bytes_in[at + 2] & 63) << 6)
                | (bytes_in[at + 3] & 63)
            )
            at += 4
        count += 1
    return count


def main() -> None:
    n = N
    points = new_array(n)
    fill_code_points(points, n, 8364)
    encoded = new_array(4 * n)
    length = encode(points, n, encoded)
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
