# ruff: noqa
"""family=numerics cost=n*n*n/5 sizes=30,60,100,200,400,700,1000"""


def fill_matrix(a: list[int], n: int, p: int) -> None:
    x = 5
    for i in range(n * n):
        x = x * 48271 % 2147483647
        a[i] = x % p


def power_mod(base: int, exponent: int, p: int) -> int:
    result = 1
    b = base % p
    e = exponent
    while e > 0:
        if e % 2 == 1:
            result = result * b % p
        b = b * b % p
        e = e // 2
    return result


def determinant(a: list[int], n: int, p: int) -> int:
    det = 1
    col = 0
    while col < n and det != 0:
        pivot = col
        while pivot < n and a[pivot * n + col] == 0:
            pivot += 1
        if pivot == n:
            det = 0
        else:
            if pivot != col:
                for k in range(n):
                    tmp = a[pivot * n + k]
                    a[pivot * n + k] = a[col * n + k]
                    a[col * n + k] = tmp
                det = (p - det) % p
            det = det * a[col * n + col] % p
            inverse = power_mod(a[col * n + col], p - 2, p)
            for r in range(col + 1, n):
                factor = a[r * n + col] * inverse % p
                if factor != 0:
                    for k in range(col, n):
                        a[r * n + k] = (a[r * n + k] + (p - factor) * a[col * n + k]) % p
        col += 1
    return det


def main() -> None:
    n = N
    p = 1000003
    a = new_array(n * n)
    fill_matrix(a, n, p)
    det = determinant(a, n, p)
    print(det)
