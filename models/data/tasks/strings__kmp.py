# ruff: noqa
"""family=strings cost=n*4 sizes=1000,10000,100000,1000000,3000000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = 97 + x % 3


def build_failure(pattern: list[int], m: int, fail: list[int]) -> None:
    k = 0
    fail[0] = 0
    for i in range(1, m):
        while k > 0 and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k


def main() -> None:
    n = N
    m = 12
    text = new_array(n)
    pattern = new_array(m)
    fill_text(text, n, 5)
    for i in range(m):
        pattern[i] = 97 + i % 2
    fail = new_array(m)
    build_failure(pattern, m, fail)
    count = 0
    k = 0
    for i in range(n):
        while k > 0 and text[i] != pattern[k]:
            k = fail[k - 1]
        if text[i] == pattern[k]:
            k += 1
        if k == m:
            count += 1
            k = fail[k - 1]
    print(count)
