# ruff: noqa
"""family=sorting cost=n*55 sizes=1000,10000,100000,1000000,3000000,6000000"""


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


def run_end(values: list[int], start: int, n: int) -> int:
    end = start + 1
    while end < n and values[end - 1] <= values[end]:
        end += 1
    return end


def merge_runs(src: list[int], dst: list[int], n: int) -> int:
    merged = 0
    start = 0
    while start < n:
        middle = run_end(src, start, n)
        end = middle
        if middle < n:
            end = run_end(src, middle, n)
        merge(src, dst, start, middle, end)
        merged += 1
        start = end
    return merged


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
    runs = n
    in_buffer = 0
    while runs > 1:
        if in_buffer == 0:
            runs = merge_runs(values, buffer, n)
            in_buffer = 1
        else:
            runs = merge_runs(buffer, values, n)
            in_buffer = 0
    if in_buffer == 1:
        for i in range(n):
            values[i] = buffer[i]
    print(checksum(values, n))
    print(values[n // 2])
    print(values[n - 1])
