# ruff: noqa
"""family=sorting cost=n*n/2 sizes=100,300,1000,3000,10000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def insertion_sort(values: list[int], n: int) -> None:
    for i in range(1, n):
        key = values[i]
        j = i - 1
        moving = 1
        while moving == 1:
            if j >= 0:
                if values[j] > key:
                    values[j + 1] = values[j]
                    j -= 1
                else:
                    moving = 0
            else:
                moving = 0
        values[j + 1] = key


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 777)
    insertion_sort(values, n)
    print(checksum(values, n))
