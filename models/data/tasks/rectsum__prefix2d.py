# ruff: noqa
"""family=arrays cost=n*n*4 sizes=30,100,200,400,700,1000,2000,3000"""


def fill_grid(grid: list[int], n: int) -> None:
    x = 2718
    for i in range(n * n):
        x = x * 48271 % 2147483647
        grid[i] = x % 100


def build_prefix(grid: list[int], n: int, table: list[int]) -> None:
    w = n + 1
    for r in range(n):
        row_sum = 0
        for c in range(n):
            row_sum += grid[r * n + c]
            table[(r + 1) * w + c + 1] = table[r * w + c + 1] + row_sum


def main() -> None:
    n = N
    grid = new_array(n * n)
    fill_grid(grid, n)
    table = new_array((n + 1) * (n + 1))
    build_prefix(grid, n, table)
    w = n + 1
    x = 1414
    total = 0
    largest = 0
    for q in range(n):
        x = x * 48271 % 2147483647
        r1 = x % n
        x = x * 48271 % 2147483647
        r2 = x % n
        x = x * 48271 % 2147483647
        c1 = x % n
        x = x * 48271 % 2147483647
        c2 = x % n
        top = min(r1, r2)
        bottom = max(r1, r2) + 1
        left = min(c1, c2)
        right = max(c1, c2) + 1
        area_sum = (
            table[bottom * w + right]
            + table[top * w + left]
            - table[top * w + right]
            - table[bottom * w + left]
        )
        total = (total + area_sum) % 1000000007
        largest = max(largest, area_sum)
    print(total)
    print(largest)
