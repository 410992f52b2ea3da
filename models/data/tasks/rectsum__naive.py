# ruff: noqa
"""family=arrays cost=n*n*n/40 sizes=30,100,200,400,700,1000,2000"""


def fill_grid(grid: list[int], n: int) -> None:
    x = 2718
    for i in range(n * n):
        x = x * 48271 % 2147483647
        grid[i] = x % 100


def main() -> None:
    n = N
    grid = new_array(n * n)
    fill_grid(grid, n)
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
        bottom = max(r1, r2)
        left = min(c1, c2)
        right = max(c1, c2)
        area_sum = 0
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                area_sum += grid[r * n + c]
        total = (total + area_sum) % 1000000007
        largest = max(largest, area_sum)
    print(total)
    print(largest)
