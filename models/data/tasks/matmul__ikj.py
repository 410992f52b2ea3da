# ruff: noqa
"""family=numerics cost=n*n*n sizes=30,60,100,200,400,600"""


def fill_matrix(m: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n * n):
        x = x * 48271 % 2147483647
        m[i] = x % 1000


def main() -> None:
    n = N
    a_mat = new_array(n * n)
    b_mat = new_array(n * n)
    c_mat = new_array(n * n)
    fill_matrix(a_mat, n, 1)
    fill_matrix(b_mat, n, 2)
    for i in range(n):
        for k in range(n):
            aik = a_mat[i * n + k]
            for j in range(n):
                c_mat[i * n + j] += aik * b_mat[k * n + j]
    h = 0
    for i in range(n * n):
        h = (h * 31 + c_mat[i] % 1000007) % 1000000007
    print(h)
