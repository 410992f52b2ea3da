# ruff: noqa
"""family=objects cost=n*20 sizes=1000,10000,100000,1000000,3000000,10000000"""


def unlink(older: list[int], newer: list[int], slot: int) -> None:
    before = newer[slot]
    after = older[slot]
    older[before] = after
    newer[after] = before


def push_front(older: list[int], newer: list[int], sentinel: int, slot: int) -> None:
    first = older[sentinel]
    older[slot] = first
    newer[slot] = sentinel
    newer[first] = slot
    older[sentinel] = slot


def main() -> None:
    n = N
    capacity = 384
    universe = 65536
    sentinel = capacity
    keys = new_array(capacity)
    older = new_array(capacity + 1)
    newer = new_array(capacity + 1)
    older[sentinel] = sentinel
    newer[sentinel] = sentinel
    slot_of = new_array(universe)
    for k in range(universe):
        slot_of[k] = -1
    size = 0
    hits = 0
    misses = 0
    h = 0
    x = 5150
    for t in range(n):
        x = x * 48271 % 2147483647
        hot = x % 10
        x = x * 48271 % 2147483647
        key = x % 65536
        if hot < 7:
            key = key % 512
        slot = slot_of[key]
        if slot >= 0:
            hits += 1
            unlink(older, newer, slot)
            push_front(older, newer, sentinel, slot)
        else:
            misses += 1
            victim = size
            if size < capacity:
                size += 1
            else:
                victim = newer[sentinel]
                h = (h * 31 + keys[victim]) % 1000000007
                slot_of[keys[victim]] = -1
                unlink(older, newer, victim)
            keys[victim] = key
            slot_of[key] = victim
            push_front(older, newer, sentinel, victim)
    print(hits)
    print(misses)
    print(h)
