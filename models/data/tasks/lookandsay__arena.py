# ruff: noqa
"""family=sequences cost=1.3036**n*19 sizes=20,25,30,35,40,45,50,52"""


def describe_at(arena: list[int], start: int, length: int, target: int) -> int:
    written = 0
    i = start
    while i < start + length:
        digit = arena[i]
        run = 1
        while i + run < start + length and arena[i + run] == digit:
            run += 1
        arena[target + written] = run
        arena[target + written + 1] = digit
        written += 2
        i += run
    return written


def main() -> None:
    n = N
    capacity = 2
    for k in range(n):
        capacity = capacity * 1304 // 1000 + 2
    arena = new_array(3 * capacity)
    arena[0] = 1
    start = 0
    length = 1
    total = 1
    for step in range(1, n):
        produced = describe_at(arena, start, length, start + length)
        start += length
        length = produced
        total += length
    ones = 0
    h = 0
    for i in range(start, start + length):
        digit = arena[i]
        if digit == 1:
            ones += 1
        h = (h * 7 + digit) % 1000000007
    print(length)
    print(total)
    print(ones)
    print(h)
