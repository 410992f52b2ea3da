# ruff: noqa
"""family=strings cost=n*50 sizes=1000,10000,100000,300000,1000000,3000000"""


def main() -> None:
    n = N
    table_size = 65536
    keys = new_array(table_size)
    sizes = new_array(table_size)
    counts = new_array(10)
    x = 6174
    classes = 0
    for w in range(n):
        x = x * 48271 % 2147483647
        length = 3 + x % 5
        for c in range(10):
            counts[c] = 0
        for i in range(length):
            x = x * 48271 % 2147483647
            counts[x // 5 % 10] += 1
        signature = 0
        for c in range(10):
            signature = signature * 8 + counts[c]
        slot = signature % 65521
        while sizes[slot] > 0 and keys[slot] != signature:
            slot = (slot + 1) % table_size
        if sizes[slot] == 0:
            keys[slot] = signature
            classes += 1
        sizes[slot] += 1
    largest = 0
    shared = 0
    for slot in range(table_size):
        largest = max(largest, sizes[slot])
        if sizes[slot] > 1:
            shared += sizes[slot]
    print(classes)
    print(largest)
    print(shared)
