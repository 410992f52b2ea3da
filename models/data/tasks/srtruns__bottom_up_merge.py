# ruff: noqa
"""family=sorting cost=n*60 sizes=1000,10000,100000,1000000,3000000,6000000"""


def fill_runs(values: list[int], n: int, seed: int) -> None:
    x = seed
    i = 0
    while i < n:
        x = x * 48271 % 2147483647
        run_length = 1 + x % 1000
        x = x * 48271 % 2147483647
        value = x % 1000000
        k = 0
        while k < run_length and i < n:
            x = x * 48271 % 2147483647
            value += x % 100
            values[i] = value
            i += 1
            k += 1


def merge(src: list[int], dst: list[int], lo: int, mid: int, hi: int) -> None:
    i = lo
    j = mid
    for k in range(lo, hi):
        if j >= hi or (i < mid and src[i] <= src[j]):
            dst[k] = src[i]
            i += 1
        else:
            dst[k] = src[j]
            j += 1


def merge_pass(src: list[int], dst: list[int], n: int, width: int) -> None:
    start = 0
    while start < n:
        middle = min(start + width, n)
        end = min(start + 2 * width, n)
        merge(src, dst, start, middle, end)
        start = end


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    buffer = new_array(n)
    fill_runs(values, n, 4711)
    width = 1
    in_buffer = 0
    while width < n:
        if in_buffer == 0:
            merge_pass(values, buffer, n, width)
            in_buffer = 1
        else:
            merge_pass(buffer, values, n, width)
            in_buffer = 0
        width = width * 2
    if in_buffer == 1:
        for i in range(n):
            values[i] = buffer[i]
    print(checksum(values, n))
    print(values[n // 2])
    print(values[n - 1])
