# ruff: noqa
"""family=sorting cost=n*22 sizes=300,1000,10000,100000,1000000,3000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def sort_counting(values: list[int], scratch: list[int], lo: int, hi: int) -> int:
    count = 0
    if hi - lo > 1:
        mid = (lo + hi) // 2
        count = sort_counting(values, scratch, lo, mid) + sort_counting(values, scratch, mid, hi)
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
                count += mid - i
                j += 1
            k += 1
        for t in range(lo, hi):
            values[t] = scratch[t]
    return count


def main() -> None:
    n = N
    values = new_array(n)
    scratch = new_array(n)
    fill_random(values, n, 2024)
    print(sort_counting(values, scratch, 0, n))
