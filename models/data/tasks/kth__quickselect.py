# ruff: noqa
"""family=searching cost=n*6 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 100000000


def partition(values: list[int], lo: int, hi: int) -> int:
    mid = (lo + hi) // 2
    pivot = values[mid]
    values[mid] = values[hi]
    values[hi] = pivot
    store = lo
    for i in range(lo, hi):
        if values[i] < pivot:
            tmp = values[i]
            values[i] = values[store]
            values[store] = tmp
            store += 1
    values[hi] = values[store]
    values[store] = pivot
    return store


def quickselect(values: list[int], n: int, k: int) -> int:
    lo = 0
    hi = n - 1
    while lo < hi:
        p = partition(values, lo, hi)
        if p == k:
            lo = k
            hi = k
        elif p < k:
            lo = p + 1
        else:
            hi = p - 1
    return values[k]


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 31337)
    k = n // 3
    print(quickselect(values, n, k))
