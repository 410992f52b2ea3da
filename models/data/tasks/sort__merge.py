# ruff: noqa
"""family=sorting cost=n*20 sizes=1000,10000,100000,300000,1000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def merge_sort(values: list[int], scratch: list[int], lo: int, hi: int) -> None:
    if hi - lo > 1:
        mid = (lo + hi) // 2
        merge_sort(values, scratch, lo, mid)
        merge_sort(values, scratch, mid, hi)
        i = lo
        j = mid
        k = lo
        while k < hi:
            if j >= hi:
                scratch[k] = values[i]
                i += 1
            elif i < mid and values[i] <= values[j]:
                scratch[k] = values[i]
                i += 1
            else:
                scratch[k] = values[j]
                j += 1
            k += 1
        for t in range(lo, hi):
            values[t] = scratch[t]


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    scratch = new_array(n)
    fill_random(values, n, 4242)
    merge_sort(values, scratch, 0, n)
    print(checksum(values, n))
