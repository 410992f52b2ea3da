# ruff: noqa
"""family=parsing cost=n*12 sizes=1000,10000,100000,1000000"""


def build_expression(text: list[int], n: int) -> int:
    x = 21
    length = 0
    while length < n - 4:
        x = x * 48271 % 2147483647
        text[length] = 48 + x % 10
        length += 1
        x = x * 48271 % 2147483647
        if x % 3 == 0:
            text[length] = 48 + x % 10
            length += 1
        x = x * 48271 % 2147483647
        if x % 2 == 0:
            text[length] = 43
        else:
            text[length] = 42
        length += 1
    text[length] = 49
    length += 1
    return length


def main() -> None:
    n = N
    text = new_array(n)
    length = build_expression(text, n)
    total = 0
    term = 1
    number = 0
    for i in range(length):
        ch = text[i]
        if ch >= 48 and ch <= 57:
            number = number * 10 + ch - 48
        else:
            term = term * number % 1000000007
            number = 0
            if ch == 43:
                total = (total + term) % 1000000007
                term = 1
    term = term * number % 1000000007
    total = (total + term) % 1000000007
    print(total)
