# ruff: noqa
"""family=encoding cost=n*20 sizes=1000,10000,100000,1000000,3000000"""


def emit_digit(digit: int, one: int, five: int, ten: int, out: list[int], start: int) -> int:
    length = start
    if digit == 9:
        out[length] = one
        out[length + 1] = ten
        length += 2
    elif digit == 4:
        out[length] = one
        out[length + 1] = five
        length += 2
    else:
        if digit >= 5:
            out[length] = five
            length += 1
        for k in range(digit % 5):
            out[length] = one
            length += 1
    return length


def encode(number: int, out: list[int]) -> int:
    length = 0
    for k in range(number // 1000):
        out[length] = 77
        length += 1
    hundreds = emit_digit(number // 100 % 10, 67, 68, 77, out, length)
    tens = emit_digit(number // 10 % 10, 88, 76, 67, out, hundreds)
    return emit_digit(number % 10, 73, 86, 88, out, tens)


def main() -> None:
    n = N
    out = new_array(20)
    x = 1999
    total_length = 0
    h = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        number = 1 + x % 3999
        length = encode(number, out)
        total_length += length
        for k in range(length):
            h = (h * 131 + out[k]) % 1000000007
    print(total_length)
    print(h)
