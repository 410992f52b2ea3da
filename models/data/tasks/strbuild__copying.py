# ruff: noqa
"""family=allocation cost=n*n/2 sizes=100,300,1000,3000,10000,20000"""


def digit_count(value: int) -> int:
    count = 1
    rest = value // 10
    while rest > 0:
        count += 1
        rest = rest // 10
    return count


def write_number(buf: list[int], at: int, value: int, width: int) -> None:
    rest = value
    for k in range(width):
        buf[at + width - 1 - k] = 48 + rest % 10
        rest = rest // 10


def main() -> None:
    n = N
    text = new_array(6 * n)
    length = 0
    x = 12345
    for i in range(n):
        x = x * 48271 % 2147483647
        value = x % 100000
        width = digit_count(value)
        joined = new_array(length + width + 1)
        for k in range(length):
            joined[k] = text[k]
        write_number(joined, length, value, width)
        joined[length + width] = 44
        length += width + 1
        for k in range(length):
            text[k] = joined[k]
        free(joined)
    h = 0
    for k in range(length):
        h = (h * 131 + text[k]) % 1000000007
    print(length)
    print(h)
