# ruff: noqa
"""family=recursion cost=n*n*n/6*3 sizes=20,50,100,200,400,600,800"""


def chain_cost(i: int, j: int, n: int, dims: list[int], memo: list[int]) -> int:
    if memo[i * n + j] < 0:
        cheapest = 1000000000000000
        if i == j:
            cheapest = 0
        for k in range(i, j):
            c = (
                chain_cost(i, k, n, dims, memo)
                + chain_cost(k + 1, j, n, dims, memo)
                + dims[i] * dims[k + 1] * dims[j + 1]
            )
            cheapest = min(cheapest, c)
        memo[i * n + j] = cheapest
    return memo[i * n + j]


def main() -> None:
    n = N
    dims = new_array(n + 1)
    x = 7
    for i in range(n + 1):
        x = x * 48271 % 2147483647
        dims[i] = 5 + x % 95
    memo = new_array(n * n)
    for i in range(n * n):
        memo[i] = -1
    print(chain_cost(0, n - 1, n, dims, memo))
