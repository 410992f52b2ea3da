# ruff: noqa
"""family=arrays cost=n*120 sizes=1000,3000,10000,30000,100000,300000,1000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def build_levels(table: list[int], n: int, levels: int) -> None:
    half = 1
    for k in range(1, levels):
        row = k * n
        below = (k - 1) * n
        for i in range(0, n - 2 * half + 1):
            table[row + i] = min(table[below + i], table[below + i + half])
        half *= 2


def range_min(
    table: list[int], floor_log: list[int], width: list[int], n: int, lo: int, hi: int
) -> int:
    k = floor_log[hi - lo + 1]
    row = k * n
    best = min(table[row + lo], table[row + hi - width[k] + 1])
    return best


def main() -> None:
    n = N
    levels = 1
    span = 1
    while span * 2 <= n:
        span *= 2
        levels += 1
    table = new_array(levels * n)
    fill_random(table, n, 16180)
    build_levels(table, n, levels)
    floor_log = new_array(n + 1)
    for i in range(2, n + 1):
        floor_log[i] = floor_log[i // 2] + 1
    width = new_array(levels)
    width[0] = 1
    for k in range(1, levels):
        width[k] = width[k - 1] * 2
    x = 27182
    h = 0
    small = 0
    for q in range(4 * n):
        x = x * 48271 % 2147483647
        a = x % n
        x = x * 48271 % 2147483647
        b = x % n
        best = range_min(table, floor_log, width, n, min(a, b), max(a, b))
        h = (h * 31 + best) % 1000000007
        if best < 1000:
            small += 1
    print(h)
    print(small)
    print(range_min(table, floor_log, width, n, 0, n - 1))
