# ruff: noqa
"""family=searching cost=n*n sizes=300,1000,3000,10000,20000"""


def fill_ascending(values: list[int], n: int, seed: int) -> None:
    x = seed
    current = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        current += x % 100
        values[i] = current


def count_pairs_within(values: list[int], n: int, limit: int) -> int:
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if values[i] + values[j] <= limit:
                count += 1
    return count


def main() -> None:
    n = N
    values = new_array(n)
    fill_ascending(values, n, 606)
    limit = values[n - 1]
    print(count_pairs_within(values, n, limit))
    print(count_pairs_within(values, n, limit // 3))
