# ruff: noqa
"""family=allocation cost=n*25 sizes=100,1000,10000,100000,1000000,3000000"""


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
    values = new_array(n)
    x = 12345
    total_length = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 100000
        total_length += digit_count(values[i]) + 1
    text = new_array(total_length)
    length = 0
    for i in range(n):
        width = digit_count(values[i])
        write_number(text, length, values[i], width)
        text[length + width] = 44
        length += width + 1
    h = 0
    for k in range(length):
        h = (h * 131 + text[k]) % 1000000007
    print(length)
    print(h)
