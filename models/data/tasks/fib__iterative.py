# ruff: noqa
"""family=dynamic-programming cost=n*2 sizes=10000,100000,1000000,10000000,30000000"""


def main() -> None:
    n = N
    prev = 0
    cur = 1
    for i in range(n):
        nxt = (prev + cur) % 1000000007
        prev = cur
        cur = nxt
    print(prev)
