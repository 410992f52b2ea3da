# ruff: noqa
"""family=strings cost=n*8 sizes=300,1000,10000,100000,1000000,3000000"""


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
    prime = 1000000007
    base = 131
    capacity = 1
    while capacity < 2 * n:
        capacity *= 2
    starts = new_array(capacity)
    hashes = new_array(capacity)
    top_power = 1
    for k in range(m - 1):
        top_power = top_power * base % prime
    h = 0
    for k in range(m):
        h = (h * base + text[k]) % prime
    repeated = 0
    for i in range(n - m + 1):
        if i > 0:
            h = (h + prime - text[i - 1] * top_power % prime) % prime
            h = (h * base + text[i + m - 1]) % prime
        slot = h & (capacity - 1)
        found = 0
        while starts[slot] != 0 and found == 0:
            if hashes[slot] == h and same_window(text, starts[slot] - 1, i, m) == 1:
                found = 1
            else:
                slot = (slot + 1) & (capacity - 1)
        if found == 1:
            repeated += 1
        else:
            starts[slot] = i + 1
            hashes[slot] = h
    free(starts)
    free(hashes)
    return repeated


def main() -> None:
    n = N
    m = 8
    text = new_array(n)
    fill_text(text, n, 271828)
    print(count_repeated(text, n, m))
