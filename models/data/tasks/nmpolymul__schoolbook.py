# ruff: noqa
"""family=numerics cost=n*n sizes=64,256,1024,4096,8192,16384"""


def fill_coefficients(coefficients: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        coefficients[i] = x % 1000003


def main() -> None:
    n = N
    modulus = 1000003
    a = new_array(n)
    b = new_array(n)
    fill_coefficients(a, n, 17)
    fill_coefficients(b, n, 23)
    product = new_array(2 * n)
    for i in range(n):
        ai = a[i]
        for j in range(n):
            product[i + j] = (product[i + j] + ai * b[j]) % modulus
    h = 0
    for k in range(2 * n - 1):
        h = (h * 31 + product[k]) % 1000000007
    print(h)
    print(product[n - 1])
    print(product[2 * n - 2])
