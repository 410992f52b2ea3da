# ruff: noqa
"""family=strings cost=n*8 sizes=1000,10000,100000,1000000,3000000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = 97 + x % 3


def main() -> None:
    n = N
    m = 12
    text = new_array(n)
    pattern = new_array(m)
    fill_text(text, n, 5)
    for i in range(m):
        pattern[i] = 97 + i % 2
    count = 0
    for start in range(n - m + 1):
        k = 0
        while k < m and text[start + k] == pattern[k]:
            k += 1
        if k == m:
            count += 1
    print(count)
