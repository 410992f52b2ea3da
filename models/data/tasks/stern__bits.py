# ruff: noqa
"""family=sequences cost=n*12 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fusc_of(i: int) -> int:
    a = 1
    b = 0
    rest = i
    while rest > 0:
        if rest % 2 == 1:
            b += a
        else:
            a += b
        rest = rest // 2
    return b


def main() -> None:
    n = N
    total = 0
    highest = 0
    odd = 0
    for i in range(n):
        value = fusc_of(i)
        total = (total + value) % 1000000007
        highest = max(highest, value)
        if value % 2 == 1:
            odd += 1
    print(total)
    print(highest)
    print(odd)
