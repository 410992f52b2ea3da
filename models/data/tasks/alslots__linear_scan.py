# ruff: noqa
"""family=allocation cost=n*1000 sizes=1000,3000,10000,30000,100000,300000"""


def lowest_free(used: list[int], capacity: int) -> int:
    slot = 0
    while slot < capacity and used[slot] == 1:
        slot += 1
    return slot


def main() -> None:
    n = N
    capacity = 4096
    used = new_array(capacity)
    live = new_array(capacity)
    for k in range(capacity - 64):
        used[k] = 1
        live[k] = k
    live_count = capacity - 64
    x = 777
    allocations = 0
    highest = 0
    h = 0
    for op in range(n):
        x = x * 48271 % 2147483647
        if live_count == 0 or live_count < capacity and x % 16 < 9:
            slot = lowest_free(used, capacity)
            used[slot] = 1
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
            used[slot] = 0
    total = 0
    for k in range(live_count):
        total += live[k]
    print(allocations)
    print(highest)
    print(live_count)
    print(total)
    print(h)
