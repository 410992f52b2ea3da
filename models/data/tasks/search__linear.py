# ruff: noqa
"""family=searching cost=n*n/4 sizes=300,1000,3000,10000,20000"""


def fill_sorted(values: list[int], n: int) -> None:
    x = 7
    total = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        total += 1 + x % 10
        values[i] = total


def linear_find(values: list[int], n: int, target: int) -> int:
    pos = -1
    i = 0
    while i < n and pos < 0:
        if values[i] == target:
            pos = i
        i += 1
    return pos


def main() -> None:
    n = N
    values = new_array(n)
    fill_sorted(values, n)
    found = 0
    x = 99
    for q in range(n // 2):
        x = x * 48271 % 2147483647
        target = x % (values[n - 1] + 1)
        if linear_find(values, n, target) >= 0:
            found += 1
    print(found)
