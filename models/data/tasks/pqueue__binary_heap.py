# ruff: noqa
"""family=objects cost=n*20 sizes=1000,10000,100000,1000000,3000000"""


def push(heap: list[int], size: int, value: int) -> int:
    i = size
    heap[i] = value
    moving = 1
    while i > 0 and moving == 1:
        parent = (i - 1) // 2
        if heap[parent] > heap[i]:
            tmp = heap[parent]
            heap[parent] = heap[i]
            heap[i] = tmp
            i = parent
        else:
            moving = 0
    return size + 1


def pop_min(heap: list[int], size: int) -> int:
    last = size - 1
    heap[0] = heap[last]
    i = 0
    child = 1
    while child < last:
        if child + 1 < last and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < heap[i]:
            tmp = heap[child]
            heap[child] = heap[i]
            heap[i] = tmp
            i = child
            child = 2 * i + 1
        else:
            child = last
    return last


def main() -> None:
    n = N
    heap = new_array(n)
    size = 0
    popped = 0
    h = 0
    x = 777
    for i in range(n):
        x = x * 48271 % 2147483647
        if x % 5 < 3 or size == 0:
            size = push(heap, size, x % 1000000)
        else:
            smallest = heap[0]
            size = pop_min(heap, size)
            popped += 1
            h = (h * 31 + smallest) % 1000000007
    print(h)
    print(popped)
    print(size)
