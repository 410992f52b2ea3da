# ruff: noqa
"""family=parsing cost=n*6 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_csv(text: list[int], n: int, seed: int) -> None:
    x = seed
    quoted = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        roll = x % 100
        if roll < 4:
            text[i] = 34
            quoted = 1 - quoted
        elif roll < 14:
            text[i] = 44
        elif roll < 17 and quoted == 0:
            text[i] = 10
        elif roll < 60:
            text[i] = 48 + x // 100 % 10
        else:
            text[i] = 97 + x // 100 % 26
    if n > 0:
        text[n - 1] = 10


def main() -> None:
    n = N
    text = new_array(n)
    fill_csv(text, n, 777)
    records = 0
    fields = 0
    numeric_fields = 0
    numeric_sum = 0
    widest = 0
    in_quotes = 0
    field_length = 0
    value = 0
    all_digits = 1
    for i in range(n):
        c = text[i]
        if c == 34:
            in_quotes = 1 - in_quotes
            all_digits = 0
        elif in_quotes == 0 and (c == 44 or c == 10):
            fields += 1
            widest = max(widest, field_length)
            if all_digits == 1 and field_length > 0:
                numeric_fields += 1
                numeric_sum = (numeric_sum + value) % 1000000007
            if c == 10:
                records += 1
            field_length = 0
            value = 0
            all_digits = 1
        else:
            field_length += 1
            if c >= 48 and c <= 57:
                value = (value * 10 + c - 48) % 1000000007
            else:
                all_digits = 0
    print(records)
    print(fields)
    print(numeric_fields)
    print(numeric_sum)
    print(widest)
