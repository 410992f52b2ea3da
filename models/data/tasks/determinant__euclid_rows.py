# ruff: noqa
"""family=numerics cost=n*n*n sizes=30,60,100,150,250,400,600"""


def fill_matrix(a: list[int], n: int, p: int) -> None:
    x = 5
    for i in range(n * n):
        x = x * 48271 % 2147483647
        a[i] = x % p


def swap_rows(a: list[int], n: int, r1: int, r2: int) -> None:
    for k in range(n):
        tmp = a[r1 * n + k]
        a[r1 * n + k] = a[r2 * n + k]
        a[r2 * n + k] = tmp


def determinant(a: list[int], n: int, p: int) -> int:
    det = 1
    for col in range(n):
        for r in range(col + 1, n):
            while a[r * n + col] != 0:
                q = a[col * n + col] // a[r * n + col]
                for k in range(col, n):
                    a[col * n + k] = (a[col * n + k] + (p - q) * a[r * n + k]) % p
                swap_rows(a, n, col, r)
                det = (p - det) % p
        det = det * a[col * n + col] % p
    return det


def main() -> None:
    n = N
    p = 1000003
    a = new_array(n * n)
    fill_matrix(a, n, p)
    det = determinant(a, n, p)
    print(det)
