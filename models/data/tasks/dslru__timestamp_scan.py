# ruff: noqa
"""family=objects cost=n*450 sizes=1000,3000,10000,30000,100000,300000,1000000"""


def main() -> None:
    n = N
    capacity = 384
    keys = new_array(capacity)
    last_used = new_array(capacity)
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
        i = 0
        while i < size and keys[i] != key:
            i += 1
        if i < size:
            hits += 1
            last_used[i] = t
        else:
            misses += 1
            if size < capacity:
                keys[size] = key
                last_used[size] = t
                size += 1
            else:
                oldest = 0
                for j in range(1, capacity):
                    if last_used[j] < last_used[oldest]:
                        oldest = j
                h = (h * 31 + keys[oldest]) % 1000000007
                keys[oldest] = key
                last_used[oldest] = t
    print(hits)
    print(misses)
    print(h)
