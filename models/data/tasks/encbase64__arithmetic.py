# ruff: noqa
"""family=encoding cost=n*16 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_bytes(data: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        data[i] = x // 3 % 256


def char_of(v: int) -> int:
    c = 47
    if v < 26:
        c = 65 + v
    elif v < 52:
        c = 97 + v - 26
    elif v < 62:
        c = 48 + v - 52
    elif v == 62:
        c = 43
    return c


def value_of(c: int) -> int:
    v = 63
    if c >= 97:
        v = c - 97 + 26
    elif c >= 65:
        v = c - 65
    elif c >= 48:
        v = c - 48 + 52
    elif c == 43:
        v = 62
    return v


def encode(data: list[int], n: int, text: list[int]) -> int:
    out = 0
    i = 0
    while i + 2 < n:
        group = data[i] * 65536 + data[i + 1] * 256 + data[i + 2]
        text[out] = char_of(group >> 18)
        text[out + 1] = char_of((group >> 12) & 63)
        text[out + 2] = char_of((group >> 6) & 63)
        text[out + 3] = char_of(group & 63)
        out += 4
        i += 3
    if n - i == 1:
        group = data[i] * 65536
        text[out] = char_of(group >> 18)
        text[out + 1] = char_of((group >> 12) & 63)
        text[out + 2] = 61
        text[out + 3] = 61
        out += 4
    elif n - i == 2:
        group = data[i] * 65536 + data[i + 1] * 256
        text[out] = char_of(group >> 18)
        text[out + 1] = char_of((group >> 12) & 63)
        text[out + 2] = char_of((group >> 6) & 63)
        text[out + 3] = 61
        out += 4
    return out


def decode(text: list[int], length: int, decoded: list[int]) -> int:
    out = 0
    for g in range(length // 4):
        at = g * 4
        group = value_of(text[at]) * 262144 + value_of(text[at + 1]) * 4096
        decoded[out] = group >> 16
        out += 1
        if text[at + 2] != 61:
            group += value_of(text[at + 2]) * 64
            decoded[out] = (group >> 8) & 255
            out += 1
            if text[at + 3] != 61:
                group += value_of(text[at + 3])
                decoded[out] = group & 255
                out += 1
    return out


def main() -> None:
    n = N
    data = new_array(n)
    fill_bytes(data, n, 65)
    text = new_array(4 * (n // 3) + 4)
    length = encode(data, n, text)
    decoded = new_array(n + 3)
    size = decode(text, length, decoded)
    h = 0
    for i in range(length):
        h = (h * 131 + text[i]) % 1000000007
    mismatches = 0
    for i in range(n):
        if decoded[i] != data[i]:
            mismatches += 1
    print(length)
    print(h)
    print(size)
    print(mismatches)
