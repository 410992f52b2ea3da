# ruff: noqa
"""family=simulation cost=n*20 sizes=100,1000,10000,100000,1000000,10000000"""


def main() -> None:
    n = N
    length = 4 * n
    ring = 2 * length
    ticks = 500
    ants = 0
    total = 0
    squares = 0
    first_half = 0
    rightward = 0
    x = 9999
    for cell in range(length):
        x = x * 48271 % 2147483647
        if x % 4 == 0 and ants < n:
            start = 2 * cell
            heading = x // 4 % 2
            final = (start + ring - ticks % ring) % ring
            if heading == 1:
                final = (start + ticks) % ring
            total = (total + final) % 1000000007
            squares = (squares + final * final) % 1000000007
            if final < length:
                first_half += 1
            rightward += heading
            ants += 1
    print(ants)
    print(total)
    print(squares)
    print(first_half)
    print(rightward)
