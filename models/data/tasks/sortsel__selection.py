# ruff: noqa
"""family=sorting cost=n*n/2 sizes=300,1000,3000,10000,30000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def selection_sort(values: list[int], n: int) -> None:
    for i in range(n - 1):
        smallest = i
        for j in range(i + 1, n):
            if values[j] < values[smallest]:
                smallest = j
        if smallest != i:
            tmp = values[i]
            values[i] = values[smallest]
            values[smallest] = tmp


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 9001)
    selection_sort(values, n)
    print(checksum(values, n))
    print(values[n // 2])
