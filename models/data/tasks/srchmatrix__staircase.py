# ruff: noqa
"""family=searching cost=n*n*10 sizes=100,300,1000,2000,3000,4000"""


def fill_sorted_grid(grid: list[int], n: int) -> None:
    x = 777
    for i in range(n):
        for j in range(n):
            up = 0
            if i > 0:
                up = grid[(i - 1) * n + j]
            left = 0
            if j > 0:
                left = grid[i * n + j - 1]
            x = x * 48271 % 2147483647
            grid[i * n + j] = max(up, left) + 1 + x % 1000


def contains(grid: list[int], n: int, target: int) -> int:
    row = 0
    col = n - 1
    found = 0
    while row < n and col >= 0 and found == 0:
        value = grid[row * n + col]
        if value == target:
            found = 1
        elif value > target:
            col -= 1
        else:
            row += 1
    return found


def main() -> None:
    n = N
    grid = new_array(n * n)
    fill_sorted_grid(grid, n)
    largest = grid[n * n - 1]
    hits = 0
    h = 0
    x = 55555
    for q in range(4 * n):
        x = x * 48271 % 2147483647
        target = x % (largest + 1)
        x = x * 48271 % 2147483647
        if x % 2 == 0:
            target = grid[x // 2 % (n * n)]
        if contains(grid, n, target) == 1:
            hits += 1
            h = (h * 31 + target) % 1000000007
    print(hits)
    print(h)
    print(largest)
