# ruff: noqa
"""family=strings cost=n*140 sizes=1000,3000,10000,30000,100000,300000,1000000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    i = 0
    while i < n:
        x = x * 48271 % 2147483647
        if x % 3 == 0 and i > 8:
            x = x * 48271 % 2147483647
            back = 1 + x % min(i, 1500)
            x = x * 48271 % 2147483647
            copy_length = 4 + x % 24
            k = 0
            while k < copy_length and i < n:
                text[i] = text[i - back]
                i += 1
                k += 1
        else:
            text[i] = x // 7 % 4
            i += 1


def main() -> None:
    n = N
    window = 1024
    longest = 64
    text = new_array(n)
    fill_text(text, n, 99)
    tokens = 0
    literals = 0
    h = 0
    i = 0
    while i < n:
        best_length = 0
        best_distance = 0
        for distance in range(1, min(window, i) + 1):
            j = i - distance
            length = 0
            while length < longest and i + length < n and text[j + length] == text[i + length]:
                length += 1
            if length > best_length:
                best_length = length
                best_distance = distance
        tokens += 1
        if best_length >= 3:
            h = (h * 31 + best_distance * 64 + best_length) % 1000000007
            i += best_length
        else:
            literals += 1
            h = (h * 31 + text[i]) % 1000000007
            i += 1
    print(tokens)
    print(literals)
    print(h)
