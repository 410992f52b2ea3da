# ruff: noqa
"""family=searching cost=n*n/3 sizes=1000,2000,5000,10000,20000,30000"""


def fill_unimodal(values: list[int], n: int, peak: int) -> None:
    x = 4049
    values[peak] = 64 * n + 1
    i = peak - 1
    while i >= 0:
        x = x * 48271 % 2147483647
        values[i] = values[i + 1] - 1 - x % 32
        i -= 1
    for j in range(peak + 1, n):
        x = x * 48271 % 2147483647
        values[j] = values[j - 1] - 1 - x % 32


def peak_in_range(values: list[int], first: int, last: int) -> int:
    best = first
    for i in range(first + 1, last + 1):
        if values[i] > values[best]:
            best = i
    return best


def main() -> None:
    n = N
    values = new_array(n)
    fill_unimodal(values, n, n * 2 // 5)
    h = 0
    total = 0
    x = 8675309
    for q in range(n):
        x = x * 48271 % 2147483647
        a = x % n
        x = x * 48271 % 2147483647
        b = x % n
        best = peak_in_range(values, min(a, b), max(a, b))
        h = (h * 31 + best) % 1000000007
        total = (total + values[best]) % 1000000007
    print(h)
    print(total)
    print(peak_in_range(values, 0, n - 1))
