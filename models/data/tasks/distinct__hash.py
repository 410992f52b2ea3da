# ruff: noqa
"""family=hashing cost=n*6 sizes=1000,10000,100000,1000000,3000000"""


def main() -> None:
    n = N
    capacity = 1
    while capacity < 2 * n:
        capacity *= 2
    table = new_array(capacity)
    for i in range(capacity):
        table[i] = -1
    distinct = 0
    x = 77
    for i in range(n):
        x = x * 48271 % 2147483647
        key = x % (n * 2)
        slot = ((key * 2654435) ^ (key >> 7)) & (capacity - 1)
        while table[slot] != -1 and table[slot] != key:
            slot = (slot + 1) & (capacity - 1)
        if table[slot] == -1:
            table[slot] = key
            distinct += 1
    print(distinct)
