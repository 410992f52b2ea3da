# ruff: noqa
"""family=strings cost=n*4 sizes=1000,10000,100000,1000000,3000000,10000000"""


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


def main() -> None:
    n = N
    text = new_array(n)
    fill_text(text, n, 4242)
    letters = new_array(26)
    lines = 0
    words = 0
    longest_line = 0
    longest_word = 0
    line_length = 0
    word_length = 0
    for i in range(n):
        c = text[i]
        if c >= 97 and c <= 122:
            letters[c - 97] += 1
            word_length += 1
        else:
            if word_length > 0:
                words += 1
                longest_word = max(longest_word, word_length)
            word_length = 0
        if c == 10:
            lines += 1
            longest_line = max(longest_line, line_length)
            line_length = 0
        else:
            line_length += 1
    if word_length > 0:
        words += 1
        longest_word = max(longest_word, word_length)
    if line_length > 0:
        lines += 1
        longest_line = max(longest_line, line_length)
    h = 0
    for k in range(26):
        h = (h * 1000003 + letters[k]) % 1000000007
    print(lines)
    print(words)
    print(longest_line)
    print(longest_word)
    print(h)
