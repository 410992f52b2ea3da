# ruff: noqa
"""family=hashing cost=n*10 sizes=1000,10000,100000,1000000"""


def main() -> None:
    n = N
    capacity = 4096
    words = new_array(capacity)
    counts = new_array(capacity)
    for i in range(capacity):
        words[i] = -1
    x = 123
    best = 0
    for i in range(n):
        h = 0
        length = 0
        x = x * 48271 % 2147483647
        size = 1 + x % 3
        while length < size:
            x = x * 48271 % 2147483647
            h = (h * 131 + 97 + x % 8) % 1000003
            length += 1
        slot = h & (capacity - 1)
        while words[slot] != -1 and words[slot] != h:
            slot = (slot + 1) & (capacity - 1)
        words[slot] = h
        counts[slot] += 1
        best = max(best, counts[slot])
    print(best)
