# ruff: noqa
"""family=strings cost=n*5 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        roll = x % 100
        if roll < 3:
            text[i] = 10
        elif roll < 20:
            text[i] = 32
        elif roll < 22:
            text[i] = 44
        else:
            text[i] = 97 + x // 100 % 26


def is_letter(c: int) -> int:
    result = 0
    if c >= 97 and c <= 122:
        result = 1
    return result


def count_line_words(text: list[int], start: int, stop: int, stats: list[int]) -> None:
    k = start
    while k < stop:
        while k < stop and is_letter(text[k]) == 0:
            k += 1
        if k < stop:
            word_start = k
            while k < stop and is_letter(text[k]) == 1:
                stats[text[k] - 97] += 1
                k += 1
            stats[26] += 1
            stats[27] = max(stats[27], k - word_start)


def main() -> None:
    n = N
    text = new_array(n)
    fill_text(text, n, 4242)
    line_count = 0
    for i in range(n):
        if text[i] == 10:
            line_count += 1
    if n > 0 and text[n - 1] != 10:
        line_count += 1
    line_start = new_array(line_count + 1)
    filled = 1
    for i in range(n):
        if text[i] == 10 and filled < line_count + 1:
            line_start[filled] = i + 1
            filled += 1
    line_start[line_count] = n + 1
    stats = new_array(28)
    longest_line = 0
    for line in range(line_count):
        stop = min(line_start[line + 1] - 1, n)
        longest_line = max(longest_line, stop - line_start[line])
        count_line_words(text, line_start[line], stop, stats)
    h = 0
    for k in range(26):
        h = (h * 1000003 + stats[k]) % 1000000007
    print(line_count)
    print(stats[26])
    print(longest_line)
    print(stats[27])
    print(h)
