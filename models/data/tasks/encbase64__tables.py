# ruff: noqa
"""family=encoding cost=n*15 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_bytes(data: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        data[i] = x // 3 % 256


def build_alphabet(alphabet: list[int], reverse: list[int]) -> None:
    for v in range(26):
        alphabet[v] = 65 + v
        alphabet[26 + v] = 97 + v
    for v in range(10):
        alphabet[52 + v] = 48 + v
    alphabet[62] = 43
    alphabet[63] = 47
    for v in range(64):
        reverse[alphabet[v]] = v


def encode(data: list[int], n: int, alphabet: list[int], text: list[int]) -> int:
    out = 0
    i = 0
    while i + 2 < n:
        group = data[i] * 65536 + data[i + 1] * 256 + data[i + 2]
        text[out] = alphabet[group >> 18]
        text[out + 1] = alphabet[(group >> 12) & 63]
        text[out + 2] = alphabet[(group >> 6) & 63]
        text[out + 3] = alphabet[group & 63]
        out += 4
        i += 3
    if n - i == 1:
        group = data[i] * 65536
        text[out] = alphabet[group >> 18]
        text[out + 1] = alphabet[(group >> 12) & 63]
        text[out + 2] = 61
        text[out + 3] = 61
        out += 4
    elif n - i == 2:
        group = data[i] * 65536 + data[i + 1] * 256
        text[out] = alphabet[group >> 18]
        text[out + 1] = alphabet[(group >> 12) & 63]
        text[out + 2] = alphabet[(group >> 6) & 63]
        text[out + 3] = 61
        out += 4
    return out


def decode(text: list[int], length: int, reverse: list[int], decoded: list[int]) -> int:
    out = 0
    for g in range(length // 4):
        at = g * 4
        group = reverse[text[at]] * 262144 + reverse[text[at + 1]] * 4096
        decoded[out] = group >> 16
        out += 1
        if text[at + 2] != 61:
            group += reverse[text[at + 2]] * 64
            decoded[out] = (group >> 8) & 255
            out += 1
            if text[at + 3] != 61:
                group += reverse[text[at + 3]]
                decoded[out] = group & 255
                out += 1
    return out


def main() -> None:
    n = N
    data = new_array(n)
    fill_bytes(data, n, 65)
    alphabet = new_array(64)
    reverse = new_array(256)
    build_alphabet(alphabet, reverse)
    text = new_array(4 * (n // 3) + 4)
    length = encode(data, n, alphabet, text)
    decoded = new_array(n + 3)
    size = decode(text, length, reverse, decoded)
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
