# ruff: noqa
"""family=numerics cost=n*60 sizes=1000,10000,100000,1000000,3000000,6000000"""


def isqrt(value: int) -> int:
    root = value
    if value > 1:
        guess = value
        better = (guess + 1) // 2
        while better < guess:
            guess = better
            better = (guess + value // guess) // 2
        root = guess
    return root


def main() -> None:
    n = N
    x = 4242
    total = 0
    squares = 0
    h = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        high = x % 1048576
        x = x * 48271 % 2147483647
        value = high * 1048576 + x % 1048576
        if i % 8 == 0:
            value = high * high
        root = isqrt(value)
        total = (total + root) % 1000000007
        if root * root == value:
            squares += 1
        h = (h * 31 + root % 1000) % 1000000007
    print(total)
    print(squares)
    print(h)
