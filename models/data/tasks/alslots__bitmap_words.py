# ruff: noqa
"""family=allocation cost=n*40 sizes=1000,10000,100000,300000,1000000,3000000,10000000"""


def lowest_free(words: list[int], word_count: int) -> int:
    full = 1073741823
    w = 0
    while w < word_count and words[w] == full:
        w += 1
    free_bits = words[w] ^ full
    bit = free_bits ^ (free_bits & (free_bits - 1))
    slot = w * 30
    while bit > 1:
        bit = bit >> 1
        slot += 1
    return slot


def main() -> None:
    n = N
    capacity = 4096
    bit_value = new_array(30)
    bit_value[0] = 1
    for b in range(1, 30):
        bit_value[b] = bit_value[b - 1] * 2
    word_count = (capacity + 29) // 30
    words = new_array(word_count)
    live = new_array(capacity)
    for k in range(capacity - 64):
        words[k // 30] = words[k // 30] | bit_value[k % 30]
        live[k] = k
    live_count = capacity - 64
    x = 777
    allocations = 0
    highest = 0
    h = 0
    for op in range(n):
        x = x * 48271 % 2147483647
        if live_count == 0 or live_count < capacity and x % 16 < 9:
            slot = lowest_free(words, word_count)
            words[slot // 30] = words[slot // 30] | bit_value[slot % 30]
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
            words[slot // 30] = words[slot // 30] ^ bit_value[slot % 30]
    total = 0
    for k in range(live_count):
        total += live[k]
    print(allocations)
    print(highest)
    print(live_count)
    print(total)
    print(h)
