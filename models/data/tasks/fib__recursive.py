# ruff: noqa
"""family=recursion cost=1.618**n sizes=15,20,24,27,30,32"""


def fib(k: int) -> int:
    result = k
    if k >= 2:
        result = fib(k - 1) + fib(k - 2)
    return result


def main() -> None:
    print(fib(N))
