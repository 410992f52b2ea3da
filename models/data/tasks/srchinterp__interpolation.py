# ruff: noqa
"""family=searching cost=n*100 sizes=1000,10000,100000,300000,1000000,3000000"""


def fill_sorted(values: list[int], n: int) -> None:
    x = 12345
    total = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        total += 1 + x % 32
        values[i] = total


def interpolation_find(values: list[int], n: int, target: int) -> int:
    lo = 0
    hi = n - 1
    pos = -1
    while lo <= hi and pos < 0 and target >= values[lo] and target <= values[hi]:
        mid = lo
        if values[hi] > values[lo]:
            mid = lo + (target - values[lo]) * (hi - lo) // (values[hi] - values[lo])
        if values[mid] == target:
            pos = mid
        elif values[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return pos


def main() -> None:
    n = N
    values = new_array(n)
    fill_sorted(values, n)
    found = 0
    h = 0
    x = 424242
    for q in range(n):
        x = x * 48271 % 2147483647
        target = x % (values[n - 1] + 1)
        x = x * 48271 % 2147483647
        if x % 2 == 0:
            target = values[x // 2 % n]
        position = interpolation_find(values, n, target)
        if position >= 0:
            found += 1
            h = (h * 31 + position) % 1000000007
    print(found)
    print(h)
