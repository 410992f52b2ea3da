# ruff: noqa
"""family=numerics cost=n*n*n*40 sizes=5,10,20,30,50,80,120"""


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


def main() -> None:
    n = N
    p = 1000003
    exponent = 41
    base = new_array(n * n)
    fill_matrix(base, n, p)
    result = new_array(n * n)
    scratch = new_array(n * n)
    for i in range(n):
        result[i * n + i] = 1
    for step in range(exponent):
        multiply(result, base, scratch, n, p)
        for i in range(n * n):
            result[i] = scratch[i]
    h = 0
    for i in range(n * n):
        h = (h * 31 + result[i]) % p
    print(result[0])
    print(result[n * n - 1])
    print(h)
