# ruff: noqa
"""family=numerics cost=n*n*n*8 sizes=5,10,20,30,50,80,120,200,300"""


def fill_matrix(a: list[int], n: int, p: int) -> None:
    x = 77
    for i in range(n * n):
        x = x * 48271 % 2147483647
        a[i] = x % p


def multiply(a: list[int], b: list[int], out: list[int], n: int, p: int) -> None:
    for i in range(n):
        for j in range(n):
            acc = 0
            for k in range(n):
                acc = (acc + a[i * n + k] * b[k * n + j]) % p
            out[i * n + j] = acc


def square_into(a: list[int], out: list[int], n: int, p: int) -> None:
    for i in range(n):
        for j in range(n):
            acc = 0
            for k in range(n):
                acc = (acc + a[i * n + k] * a[k * n + j]) % p
            out[i * n + j] = acc


def copy_into(source: list[int], target: list[int], count: int) -> None:
    for i in range(count):
        target[i] = source[i]


def main() -> None:
    n = N
    p = 1000003
    exponent = 41
    square = new_array(n * n)
    fill_matrix(square, n, p)
    result = new_array(n * n)
    scratch = new_array(n * n)
    for i in range(n):
        result[i * n + i] = 1
    e = exponent
    while e > 0:
        if e % 2 == 1:
            multiply(result, square, scratch, n, p)
            copy_into(scratch, result, n * n)
        e = e // 2
        if e > 0:
            square_into(square, scratch, n, p)
            copy_into(scratch, square, n * n)
    h = 0
    for i in range(n * n):
        h = (h * 31 + result[i]) % p
    print(result[0])
    print(result[n * n - 1])
    print(h)
