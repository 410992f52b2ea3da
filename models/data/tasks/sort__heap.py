# ruff: noqa
"""family=sorting cost=n*30 sizes=1000,10000,100000,300000,1000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


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


def heap_sort(values: list[int], n: int) -> None:
    start = n // 2 - 1
    while start >= 0:
        sift_down(values, start, n)
        start -= 1
    last = n - 1
    while last > 0:
        tmp = values[0]
        values[0] = values[last]
        values[last] = tmp
        sift_down(values, 0, last)
        last -= 1


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 2024)
    heap_sort(values, n)
    print(checksum(values, n))
