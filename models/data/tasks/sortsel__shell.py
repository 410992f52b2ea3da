# ruff: noqa
"""family=sorting cost=6*n**1.25 sizes=300,1000,10000,100000,1000000,2000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def shell_sort(values: list[int], n: int) -> None:
    gap = 1
    while gap < n // 3:
        gap = gap * 3 + 1
    while gap > 0:
        for i in range(gap, n):
            current = values[i]
            j = i
            while j >= gap and values[j - gap] > current:
                values[j] = values[j - gap]
                j -= gap
            values[j] = current
        gap = gap // 3


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 9001)
    shell_sort(values, n)
    print(checksum(values, n))
    print(values[n // 2])
