# ruff: noqa
"""family=encoding cost=n*8 sizes=1000,10000,100000,1000000,3000000"""


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


def run_at(data: list[int], n: int, start: int) -> int:
    j = start + 1
    while j < n and j - start < 128 and data[j] == data[start]:
        j += 1
    return j - start


def encode(data: list[int], n: int, packed: list[int]) -> int:
    size = 0
    i = 0
    while i < n:
        run = run_at(data, n, i)
        if run >= 3:
            packed[size] = 255 - (run - 2)
            packed[size + 1] = data[i]
            size += 2
            i += run
        else:
            literal_start = i
            count = 0
            while i < n and count < 128 and run_at(data, n, i) < 3:
                i += 1
                count += 1
            packed[size] = count - 1
            size += 1
            for k in range(literal_start, i):
                packed[size] = data[k]
                size += 1
    return size


def decode(packed: list[int], size: int, out: list[int]) -> int:
    length = 0
    p = 0
    while p < size:
        control = packed[p]
        if control < 128:
            for k in range(control + 1):
                out[length] = packed[p + 1 + k]
                length += 1
            p += control + 2
        else:
            for k in range(257 - control):
                out[length] = packed[p + 1]
                length += 1
            p += 2
    return length


def main() -> None:
    n = N
    data = new_array(n)
    fill_runs(data, n, 5150)
    packed = new_array(2 * n + 2)
    size = encode(data, n, packed)
    out = new_array(n)
    length = decode(packed, size, out)
    mismatches = 0
    h = 0
    for i in range(length):
        if out[i] != data[i]:
            mismatches += 1
        h = (h * 5 + out[i]) % 1000000007
    print(length)
    print(mismatches)
    print(h)
