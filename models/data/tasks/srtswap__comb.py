# ruff: noqa
"""family=sorting cost=n*150 sizes=100,1000,10000,100000,300000,1000000,3000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def comb_sort(values: list[int], n: int) -> None:
    gap = n
    swapped = 1
    while gap > 1 or swapped == 1:
        gap = gap * 10 // 13
        if gap < 1:
            gap = 1
        swapped = 0
        for i in range(0, n - gap):
            if values[i] > values[i + gap]:
                tmp = values[i]
                values[i] = values[i + gap]
                values[i + gap] = tmp
                swapped = 1


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 5150)
    comb_sort(values, n)
    print(checksum(values, n))
    print(values[n // 2])
    print(values[n - 1])
