# ruff: noqa
"""family=recursion cost=2**n*0.4 sizes=10,14,18,22,26,30"""


def count_choices(i: int, left: int, residue: int, n: int, values: list[int]) -> int:
    ways = 0
    if left == 0:
        if residue == 0:
            ways = 1
    elif n - i >= left:
        taken = count_choices(i + 1, left - 1, (residue + values[i]) % 7, n, values)
        ways = taken + count_choices(i + 1, left, residue, n, values)
    return ways


def main() -> None:
    n = N
    values = new_array(n)
    x = 23
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 7
    print(count_choices(0, n // 3, 0, n, values))
    print(count_choices(0, n // 2, 0, n, values))
