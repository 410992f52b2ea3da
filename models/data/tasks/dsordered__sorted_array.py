# ruff: noqa
"""family=objects cost=n*n/20 sizes=1000,3000,10000,30000,60000,120000"""


def first_above(items: list[int], size: int, target: int) -> int:
    lo = 0
    hi = size
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main() -> None:
    n = N
    items = new_array(n)
    size = 0
    found = 0
    h = 0
    x = 1337
    for step in range(n):
        x = x * 48271 % 2147483647
        value = x // 3 % (8 * n)
        if x % 3 != 0:
            pos = first_above(items, size, value)
            if pos == 0 or items[pos - 1] != value:
                i = size
                while i > pos:
                    items[i] = items[i - 1]
                    i -= 1
                items[pos] = value
                size += 1
        else:
            pos = first_above(items, size, value)
            if pos > 0:
                found += 1
                h = (h * 31 + items[pos - 1]) % 1000000007
    print(h)
    print(found)
    print(size)
