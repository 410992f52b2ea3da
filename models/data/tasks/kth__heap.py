# ruff: noqa
"""family=searching cost=n*10 sizes=1000,10000,100000,1000000,3000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 100000000


def sift_up(heap: list[int], index: int) -> None:
    i = index
    moving = 1
    while i > 0 and moving == 1:
        parent = (i - 1) // 2
        if heap[parent] < heap[i]:
            tmp = heap[parent]
            heap[parent] = heap[i]
            heap[i] = tmp
            i = parent
        else:
            moving = 0


def sift_down(heap: list[int], size: int) -> None:
    i = 0
    child = 1
    while child < size:
        if child + 1 < size and heap[child + 1] > heap[child]:
            child += 1
        if heap[child] > heap[i]:
            tmp = heap[child]
            heap[child] = heap[i]
            heap[i] = tmp
            i = child
            child = 2 * i + 1
        else:
            child = size


def kth_smallest(values: list[int], n: int, k: int) -> int:
    keep = k + 1
    heap = new_array(keep)
    size = 0
    for i in range(n):
        if size < keep:
            heap[size] = values[i]
            sift_up(heap, size)
            size += 1
        elif values[i] < heap[0]:
            heap[0] = values[i]
            sift_down(heap, size)
    top = heap[0]
    free(heap)
    return top


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 31337)
    k = n // 3
    print(kth_smallest(values, n, k))
