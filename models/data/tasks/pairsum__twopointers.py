# ruff: noqa
"""family=searching cost=n*4 sizes=300,1000,10000,100000,1000000,10000000"""


def fill_ascending(values: list[int], n: int, seed: int) -> None:
    x = seed
    current = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        current += x % 100
        values[i] = current


def count_pairs_within(values: list[int], n: int, limit: int) -> int:
    count = 0
    lo = 0
    hi = n - 1
    while lo < hi:
        if values[lo] + values[hi] <= limit:
            count += hi - lo
            lo += 1
        else:
            hi -= 1
    return count


def main() -> None:
    n = N
    values = new_array(n)
    fill_ascending(values, n, 606)
    limit = values[n - 1]
    print(count_pairs_within(values, n, limit))
    print(count_pairs_within(values, n, limit // 3))
