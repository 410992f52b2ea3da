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


def find_separators(text: list[int], n: int, ends: list[int], newline_after: list[int]) -> int:
    count = 0
    in_quotes = 0
    for i in range(n):
        if text[i] == 34:
            in_quotes = 1 - in_quotes
        elif in_quotes == 0 and (text[i] == 44 or text[i] == 10):
            ends[count] = i
            if text[i] == 10:
                newline_after[count] = 1
            count += 1
    return count


def field_value(text: list[int], start: int, stop: int) -> int:
    value = 0
    k = start
    while k < stop and text[k] >= 48 and text[k] <= 57:
        value = (value * 10 + text[k] - 48) % 1000000007
        k += 1
    result = value + 1
    if k < stop or stop == start:
        result = 0
    return result


def main() -> None:
    n = N
    text = new_array(n)
    fill_csv(text, n, 777)
    ends = new_array(n)
    newline_after = new_array(n)
    fields = find_separators(text, n, ends, newline_after)
    records = 0
    numeric_fields = 0
    numeric_sum = 0
    widest = 0
    start = 0
    for f in range(fields):
        stop = ends[f]
        quotes = 0
        for k in range(start, stop):
            if text[k] == 34:
                quotes += 1
        widest = max(widest, stop - start - quotes)
        parsed = field_value(text, start, stop)
        if parsed > 0:
            numeric_fields += 1
            numeric_sum = (numeric_sum + parsed - 1) % 1000000007
        records += newline_after[f]
        start = stop + 1
    print(records)
    print(fields)
    print(numeric_fields)
    print(numeric_sum)
    print(widest)
