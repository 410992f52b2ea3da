# ruff: noqa
"""family=encoding cost=n*6 sizes=1000,10000,100000,1000000,3000000"""


def fill_runs(data: list[int], n: int, seed: int) -> None:
    x = seed
    i = 0
    while i < n:
        x = x * 48271 % 2147483647
        symbol = x % 4
        x = x * 48271 % 2147483647
        run = 1 + x % 12
        k = 0
        while k < run and i < n:
            data[i] = symbol
            i += 1
            k += 1


def encode(data: list[int], n: int, symbols: list[int], lengths: list[int]) -> int:
    runs = 0
    i = 0
    while i < n:
        j = i + 1
        while j < n and data[j] == data[i]:
            j += 1
        symbols[runs] = data[i]
        lengths[runs] = j - i
        runs += 1
        i = j
    return runs


def decode(symbols: list[int], lengths: list[int], runs: int, out: list[int]) -> int:
    length = 0
    for r in range(runs):
        for k in range(lengths[r]):
            out[length] = symbols[r]
            length += 1
    return length


def main() -> None:
    n = N
    data = new_array(n)
    fill_runs(data, n, 5150)
    symbols = new_array(n)
    lengths = new_array(n)
    runs = encode(data, n, symbols, lengths)
    out = new_array(n)
    length = decode(symbols, lengths, runs, out)
    mismatches = 0
    h = 0
    for i in range(length):
        if out[i] != data[i]:
            mismatches += 1
        h = (h * 5 + out[i]) % 1000000007
    print(length)
    print(mismatches)
    print(h)
