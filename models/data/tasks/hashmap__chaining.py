# ruff: noqa
"""family=hashing cost=n*8 sizes=1000,10000,100000,1000000,3000000"""


def bucket_of(key: int, buckets: int) -> int:
    mixed = (key * 2654435) ^ (key >> 11)
    return mixed & (buckets - 1)


def main() -> None:
    n = N
    key_range = n // 2 + 1
    buckets = 1
    while buckets < key_range:
        buckets *= 2
    heads = new_array(buckets)
    keys = new_array(n + 1)
    counts = new_array(n + 1)
    next_node = new_array(n + 1)
    free_list = 0
    used = 0
    live = 0
    x = 99991
    for i in range(n):
        x = x * 48271 % 2147483647
        key = x % key_range
        b = bucket_of(key, buckets)
        prev = 0
        node = heads[b]
        while node != 0 and keys[node] != key:
            prev = node
            node = next_node[node]
        if x % 4 == 0:
            if node != 0:
                if prev == 0:
                    heads[b] = next_node[node]
                else:
                    next_node[prev] = next_node[node]
                next_node[node] = free_list
                free_list = node
                live -= 1
        elif node != 0:
            counts[node] += 1
        else:
            if free_list != 0:
                node = free_list
                free_list = next_node[node]
            else:
                used += 1
                node = used
            keys[node] = key
            counts[node] = 1
            next_node[node] = heads[b]
            heads[b] = node
            live += 1
    total = 0
    for b in range(buckets):
        node = heads[b]
        while node != 0:
            total = (total + keys[node] * counts[node]) % 1000000007
            node = next_node[node]
    print(live)
    print(total)
