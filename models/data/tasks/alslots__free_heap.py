# ruff: noqa
"""family=allocation cost=n*15 sizes=1000,10000,100000,300000,1000000,3000000,10000000"""


def pop_lowest(heap: list[int], size: int) -> int:
    lowest = heap[0]
    last = heap[size - 1]
    i = 0
    child = 1
    while child < size - 1:
        if child + 1 < size - 1 and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[i] = heap[child]
            i = child
            child = 2 * i + 1
        else:
            child = size
    heap[i] = last
    return lowest


def push_slot(heap: list[int], size: int, slot: int) -> None:
    i = size
    parent = (i - 1) // 2
    while i > 0 and heap[parent] > slot:
        heap[i] = heap[parent]
        i = parent
        parent = (i - 1) // 2
    heap[i] = slot


def main() -> None:
    n = N
    capacity = 4096
    live = new_array(capacity)
    for k in range(capacity - 64):
        live[k] = k
    live_count = capacity - 64
    free_slots = new_array(capacity)
    for k in range(64):
        free_slots[k] = capacity - 64 + k
    free_count = 64
    x = 777
    allocations = 0
    highest = 0
    h = 0
    for op in range(n):
        x = x * 48271 % 2147483647
        if live_count == 0 or live_count < capacity and x % 16 < 9:
            slot = pop_lowest(free_slots, free_count)
            free_count -= 1
            live[live_count] = slot
            live_count += 1
            allocations += 1
            highest = max(highest, slot)
            h = (h * 31 + slot) % 1000000007
        else:
            x = x * 48271 % 2147483647
            pick = x % live_count
            slot = live[pick]
            live[pick] = live[live_count - 1]
            live_count -= 1
            push_slot(free_slots, free_count, slot)
            free_count += 1
    total = 0
    for k in range(live_count):
        total += live[k]
    print(allocations)
    print(highest)
    print(live_count)
    print(total)
    print(h)
