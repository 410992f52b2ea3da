# ruff: noqa
"""family=searching cost=n*150 sizes=1000,3000,10000,30000,100000,300000,1000000"""


def sift_down(items: list[int], start: int, size: int) -> None:
    i = start
    child = 2 * i + 1
    while child < size:
        if child + 1 < size and items[child + 1] > items[child]:
            child += 1
        if items[child] > items[i]:
            tmp = items[child]
            items[child] = items[i]
            items[i] = tmp
            i = child
            child = 2 * i + 1
        else:
            child = size


def heap_sort(items: list[int], n: int) -> None:
    start = n // 2 - 1
    while start >= 0:
        sift_down(items, start, n)
        start -= 1
    end = n - 1
    while end > 0:
        tmp = items[0]
        items[0] = items[end]
        items[end] = tmp
        sift_down(items, 0, end)
        end -= 1


def contains(items: list[int], size: int, target: int) -> int:
    lo = 0
    hi = size - 1
    found = 0
    while lo <= hi and found == 0:
        mid = (lo + hi) // 2
        if items[mid] == target:
            found = 1
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return found


def main() -> None:
    n = N
    universe = 4 * n
    items = new_array(n)
    x = 1618
    for i in range(n):
        x = x * 48271 % 2147483647
        items[i] = x % universe
    heap_sort(items, n)
    distinct = 1
    for i in range(1, n):
        if items[i] != items[distinct - 1]:
            items[distinct] = items[i]
            distinct += 1
    hits = 0
    h = 0
    for q in range(n):
        x = x * 48271 % 2147483647
        target = x % universe
        if contains(items, distinct, target) == 1:
            hits += 1
            h = (h * 31 + target) % 1000000007
    print(distinct)
    print(hits)
    print(h)
