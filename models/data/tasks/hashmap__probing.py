# ruff: noqa
"""family=hashing cost=n*8 sizes=1000,10000,100000,1000000,3000000"""


def slot_of(key: int, capacity: int) -> int:
    mixed = (key * 2654435) ^ (key >> 11)
    return mixed & (capacity - 1)


def main() -> None:
    n = N
    key_range = n // 2 + 1
    empty = 0
    deleted = 1
    capacity = 1
    while capacity < 2 * key_range:
        capacity *= 2
    states = new_array(capacity)
    keys = new_array(capacity)
    counts = new_array(capacity)
    live = 0
    x = 99991
    for i in range(n):
        x = x * 48271 % 2147483647
        key = x % key_range
        slot = slot_of(key, capacity)
        reuse = -1
        while states[slot] != empty and (states[slot] == deleted or keys[slot] != key):
            if states[slot] == deleted and reuse == -1:
                reuse = slot
            slot = (slot + 1) & (capacity - 1)
        if x % 4 == 0:
            if states[slot] != empty:
                states[slot] = deleted
                live -= 1
        elif states[slot] != empty:
            counts[slot] += 1
        else:
            if reuse != -1:
                slot = reuse
            states[slot] = 2
            keys[slot] = key
            counts[slot] = 1
            live += 1
    total = 0
    for index in range(capacity):
        if states[index] == 2:
            total = (total + keys[index] * counts[index]) % 1000000007
    print(live)
    print(total)
