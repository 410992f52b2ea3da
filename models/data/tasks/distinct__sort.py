# ruff: noqa
"""family=hashing cost=n*25 sizes=1000,10000,100000,1000000"""


def sift_down(heap: list[int], start: int, size: int) -> None:
    root = start
    child = 2 * root + 1
    while child < size:
        if child + 1 < size and heap[child + 1] > heap[child]:
            child += 1
        if heap[child] > heap[root]:
            tmp = heap[root]
            heap[root] = heap[child]
            heap[child] = tmp
            root = child
            child = 2 * root + 1
        else:
            child = size


def main() -> None:
    n = N
    keys = new_array(n)
    x = 77
    for i in range(n):
        x = x * 48271 % 2147483647
        keys[i] = x % (n * 2)
    start = n // 2 - 1
    while start >= 0:
        sift_down(keys, start, n)
        start -= 1
    last = n - 1
    while last > 0:
        tmp = keys[0]
        keys[0] = keys[last]
        keys[last] = tmp
        sift_down(keys, 0, last)
        last -= 1
    distinct = 1
    for i in range(1, n):
        if keys[i] != keys[i - 1]:
            distinct += 1
    print(distinct)
