# ruff: noqa
"""family=encoding cost=n*24 sizes=1000,10000,100000,1000000,3000000"""


def set_symbol(
    values: list[int], first: list[int], second: list[int], k: int, value: int, a: int, b: int
) -> None:
    values[k] = value
    first[k] = a
    second[k] = b


def encode(
    number: int, values: list[int], first: list[int], second: list[int], out: list[int]
) -> int:
    rest = number
    length = 0
    for k in range(13):
        while rest >= values[k]:
            out[length] = first[k]
            length += 1
            if second[k] != 0:
                out[length] = second[k]
                length += 1
            rest -= values[k]
    return length


def main() -> None:
    n = N
    values = new_array(13)
    first = new_array(13)
    second = new_array(13)
    set_symbol(values, first, second, 0, 1000, 77, 0)
    set_symbol(values, first, second, 1, 900, 67, 77)
    set_symbol(values, first, second, 2, 500, 68, 0)
    set_symbol(values, first, second, 3, 400, 67, 68)
    set_symbol(values, first, second, 4, 100, 67, 0)
    set_symbol(values, first, second, 5, 90, 88, 67)
    set_symbol(values, first, second, 6, 50, 76, 0)
    set_symbol(values, first, second, 7, 40, 88, 76)
    set_symbol(values, first, second, 8, 10, 88, 0)
    set_symbol(values, first, second, 9, 9, 73, 88)
    set_symbol(values, first, second, 10, 5, 86, 0)
    set_symbol(values, first, second, 11, 4, 73, 86)
    set_symbol(values, first, second, 12, 1, 73, 0)
    out = new_array(20)
    x = 1999
    total_length = 0
    h = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        number = 1 + x % 3999
        length = encode(number, values, first, second, out)
        total_length += length
        for k in range(length):
            h = (h * 131 + out[k]) % 1000000007
    print(total_length)
    print(h)
