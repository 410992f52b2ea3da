# ruff: noqa
"""family=encoding cost=n*13*5 sizes=1000,10000,100000,300000,1000000,3000000"""


def fill_values(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x // 9 % 8192


def pack(values: list[int], n: int, power: list[int], words: list[int]) -> int:
    count = 0
    current = 0
    filled = 0
    for i in range(n):
        for b in range(13):
            bit = values[i] // power[12 - b] % 2
            current = current * 2 + bit
            filled += 1
            if filled == 32:
                words[count] = current
                count += 1
                current = 0
                filled = 0
    if filled > 0:
        words[count] = current * power[32 - filled]
        count += 1
    return count


def unpack(words: list[int], n: int, power: list[int], values: list[int]) -> None:
    w = 0
    position = 0
    for i in range(n):
        v = 0
        for b in range(13):
            bit = words[w] // power[31 - position] % 2
            v = v * 2 + bit
            position += 1
            if position == 32:
                w += 1
                position = 0
        values[i] = v


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
