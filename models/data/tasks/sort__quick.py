# ruff: noqa
"""family=sorting cost=n*25 sizes=1000,10000,100000,300000,1000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def quick_sort(values: list[int], lo: int, hi: int) -> None:
    if lo < hi:
        pivot = values[(lo + hi) // 2]
        i = lo
        j = hi
        while i <= j:
            while values[i] < pivot:
                i += 1
            while values[j] > pivot:
                j -= 1
            if i <= j:
                tmp = values[i]
                values[i] = values[j]
                values[j] = tmp
                i += 1
                j -= 1
        quick_sort(values, lo, j)
        quick_sort(values, i, hi)


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 99)
    quick_sort(values, 0, n - 1)
    print(checksum(values, n))
