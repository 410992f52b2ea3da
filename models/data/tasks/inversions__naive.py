# ruff: noqa
"""family=sorting cost=n*n/2 sizes=300,1000,3000,10000,30000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def count_inversions(values: list[int], n: int) -> int:
    count = 0
    for i in range(n):
        current = values[i]
        for j in range(i + 1, n):
            if values[j] < current:
                count += 1
    return count


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 2024)
    print(count_inversions(values, n))
