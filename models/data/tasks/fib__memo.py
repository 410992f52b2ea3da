# ruff: noqa
"""family=dynamic-programming cost=n*50 sizes=1000,10000,100000,1000000"""


def fib_mod(k: int, memo: list[int]) -> int:
    if memo[k] < 0:
        memo[k] = (fib_mod(k - 1, memo) + fib_mod(k - 2, memo)) % 1000000007
    return memo[k]


def main() -> None:
    n = N
    memo = new_array(n + 1)
    for i in range(n + 1):
        memo[i] = -1
    memo[0] = 0
    memo[1] = 1
    total = 0
    step = 200
    k = 2
    while k <= n:
        total = (total + fib_mod(k, memo)) % 1000000007
        k += step
    print(total)
