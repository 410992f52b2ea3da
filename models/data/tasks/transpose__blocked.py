# ruff: noqa
"""family=arrays cost=n*n*10 sizes=100,300,1000,2000,3000"""


def fill_matrix(matrix: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n * n):
        x = x * 48271 % 2147483647
        matrix[i] = x % 1000


def transpose_into(source: list[int], target: list[int], n: int, shift: int) -> None:
    tile = 32
    for row in range(0, (n + tile - 1) // tile):
        for col in range(0, (n + tile - 1) // tile):
            row_end = min(n, (row + 1) * tile)
            col_end = min(n, (col + 1) * tile)
            for i in range(row * tile, row_end):
                for j in range(col * tile, col_end):
                    target[j * n + i] = (source[i * n + j] * 3 + i + shift) % 1000003


def main() -> None:
    n = N
    a = new_array(n * n)
    b = new_array(n * n)
    fill_matrix(a, n, 55)
    for step in range(4):
        transpose_into(a, b, n, step)
        transpose_into(b, a, n, step + 7)
    h = 0
    for i in range(n):
        h = (h * 31 + a[i * n + (i * 7) % n]) % 1000000007
    print(h)
    print(a[n * n - 1])
