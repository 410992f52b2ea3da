# ruff: noqa
"""family=encoding cost=n*20 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_values(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x // 9 % 8192


def pack(values: list[int], n: int, power: list[int], words: list[int]) -> int:
    count = 0
    pending = 0
    filled = 0
    for i in range(n):
        pending = pending * 8192 + values[i]
        filled += 13
        if filled >= 32:
            words[count] = pending // power[filled - 32]
            pending = pending % power[filled - 32]
            filled -= 32
            count += 1
    if filled > 0:
        words[count] = pending * power[32 - filled]
        count += 1
    return count


def unpack(words: list[int], n: int, power: list[int], values: list[int]) -> None:
    w = 0
    pending = 0
    filled = 0
    for i in range(n):
        if filled < 13:
            pending = pending * 4294967296 + words[w]
            w += 1
            filled += 32
        values[i] = pending // power[filled - 13]
        pending = pending % power[filled - 13]
        filled -= 13


def main() -> None:
    n = N
    power = new_array(33)
    power[0] = 1
    for b in range(1, 33):
        power[b] = power[b - 1] * 2
    values = new_array(n)
    fill_values(values, n, 1234)
    words = new_array(n * 13 // 32 + 2)
    count = pack(values, n, power, words)
    unpacked = new_array(n)
    unpack(words, n, power, unpacked)
    h = 0
    for k in range(count):
        h = (h * 31 + words[k]) % 1000000007
    mismatches = 0
    total = 0
    for i in range(n):
        if unpacked[i] != values[i]:
            mismatches += 1
        total = (total * 7 + unpacked[i]) % 1000000007
    print(count)
    print(h)
    print(mismatches)
    print(total)
