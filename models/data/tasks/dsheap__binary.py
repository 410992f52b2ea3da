# ruff: noqa
"""family=objects cost=n*50 sizes=1000,10000,100000,1000000,3000000,10000000"""


def sift_down(heap: list[int], start: int, size: int) -> None:
    i = start
    child = 2 * i + 1
    while child < size:
        if child + 1 < size and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < heap[i]:
            tmp = heap[child]
            heap[child] = heap[i]
            heap[i] = tmp
            i = child
            child = 2 * i + 1
        else:
            child = size


def main() -> None:
    n = N
    size = n // 16 + 1
    heap = new_array(size)
    x = 3141
    for i in range(size):
        x = x * 48271 % 2147483647
        heap[i] = x % 1000000
    start = (size - 2) // 2
    while start >= 0:
        sift_down(heap, start, size)
        start -= 1
    h = 0
    for step in range(n):
        earliest = heap[0]
        h = (h * 31 + earliest) % 1000000007
        x = x * 48271 % 2147483647
        heap[0] = earliest + 1 + x % 1000
        sift_down(heap, 0, size)
    total = 0
    for i in range(size):
        total = (total + heap[i]) % 1000000007
    print(h)
    print(heap[0])
    print(total)
