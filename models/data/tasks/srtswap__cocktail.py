# ruff: noqa
"""family=sorting cost=n*n*3/2 sizes=100,300,1000,3000,10000,15000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def cocktail_sort(values: list[int], n: int) -> None:
    low = 0
    high = n - 1
    while low < high:
        last_swap = low
        for i in range(low, high):
            if values[i] > values[i + 1]:
                tmp = values[i]
                values[i] = values[i + 1]
                values[i + 1] = tmp
                last_swap = i
        high = last_swap
        j = high
        while j > low:
            if values[j - 1] > values[j]:
                tmp = values[j]
                values[j] = values[j - 1]
                values[j - 1] = tmp
                last_swap = j
            j -= 1
        low = last_swap


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 5150)
    cocktail_sort(values, n)
    print(checksum(values, n))
    print(values[n // 2])
    print(values[n - 1])
