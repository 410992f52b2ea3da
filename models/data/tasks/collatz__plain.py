# ruff: noqa
"""family=numerics cost=n*100 sizes=1000,10000,100000,300000,1000000"""


def collatz_length(start: int) -> int:
    steps = 0
    v = start
    while v != 1:
        if v % 2 == 0:
            v = v // 2
        else:
            v = 3 * v + 1
        steps += 1
    return steps


def main() -> None:
    n = N
    best = 0
    best_start = 1
    for k in range(1, n + 1):
        length = collatz_length(k)
        if length > best:
            best = length
            best_start = k
    print(best_start)
    print(best)
