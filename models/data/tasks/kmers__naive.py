# ruff: noqa
"""family=strings cost=n*n*2/3 sizes=300,1000,3000,10000,20000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = 97 + x % 4


def same_window(text: list[int], first: int, second: int, m: int) -> int:
    k = 0
    while k < m and text[first + k] == text[second + k]:
        k += 1
    matched = 0
    if k == m:
        matched = 1
    return matched


def count_repeated(text: list[int], n: int, m: int) -> int:
    repeated = 0
    for i in range(1, n - m + 1):
        found = 0
        j = 0
        while j < i and found == 0:
            if same_window(text, j, i, m) == 1:
                found = 1
            j += 1
        repeated += found
    return repeated


def main() -> None:
    n = N
    m = 8
    text = new_array(n)
    fill_text(text, n, 271828)
    print(count_repeated(text, n, m))
