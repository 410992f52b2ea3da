# ruff: noqa
"""family=arrays cost=n*sqrt(n)*5 sizes=1000,3000,10000,30000,100000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def range_min(values: list[int], block_min: list[int], block: int, lo: int, hi: int) -> int:
    first_block = lo // block
    last_block = hi // block
    best = values[lo]
    if first_block == last_block:
        for i in range(lo, hi + 1):
            best = min(best, values[i])
    else:
        for i in range(lo, (first_block + 1) * block):
            best = min(best, values[i])
        for b in range(first_block + 1, last_block):
            best = min(best, block_min[b])
        for i in range(last_block * block, hi + 1):
            best = min(best, values[i])
    return best


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 16180)
    block = 1
    while block * block < n:
        block += 1
    blocks = (n + block - 1) // block
    block_min = new_array(blocks)
    for b in range(blocks):
        block_min[b] = values[b * block]
    for i in range(n):
        block_min[i // block] = min(block_min[i // block], values[i])
    x = 27182
    h = 0
    small = 0
    for q in range(4 * n):
        x = x * 48271 % 2147483647
        a = x % n
        x = x * 48271 % 2147483647
        b = x % n
        best = range_min(values, block_min, block, min(a, b), max(a, b))
        h = (h * 31 + best) % 1000000007
        if best < 1000:
            small += 1
    print(h)
    print(small)
    print(range_min(values, block_min, block, 0, n - 1))
