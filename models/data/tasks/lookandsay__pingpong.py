# ruff: noqa
"""family=sequences cost=1.3036**n*19 sizes=20,25,30,35,40,45,50,52"""


def describe(source: list[int], length: int, target: list[int]) -> int:
    written = 0
    i = 0
    while i < length:
        digit = source[i]
        run = 1
        while i + run < length and source[i + run] == digit:
            run += 1
        target[written] = run
        target[written + 1] = digit
        written += 2
        i += run
    return written


def main() -> None:
    n = N
    capacity = 2
    for k in range(n):
        capacity = capacity * 1304 // 1000 + 2
    first = new_array(capacity)
    second = new_array(capacity)
    first[0] = 1
    length = 1
    total = 1
    for step in range(1, n):
        if step % 2 == 1:
            length = describe(first, length, second)
        else:
            length = describe(second, length, first)
        total += length
    ones = 0
    h = 0
    for i in range(length):
        digit = first[i]
        if n % 2 == 0:
            digit = second[i]
        if digit == 1:
            ones += 1
        h = (h * 7 + digit) % 1000000007
    print(length)
    print(total)
    print(ones)
    print(h)
