# ruff: noqa
"""family=sorting cost=n*n sizes=100,300,1000,3000,6000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def bubble_sort(values: list[int], n: int) -> None:
    for i in range(n):
        for j in range(n - 1 - i):
            if values[j] > values[j + 1]:
                tmp = values[j]
                values[j] = values[j + 1]
                values[j + 1] = tmp


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 12345)
    bubble_sort(values, n)
    print(checksum(values, n))
