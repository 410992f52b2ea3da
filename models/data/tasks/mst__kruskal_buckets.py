# ruff: noqa
"""family=graphs cost=n*n*10+2000000 sizes=100,300,1000,2000,3000"""


def edge_weight(a: int, b: int) -> int:
    h = (min(a, b) * 1000003 + max(a, b)) % 2147483647
    h = h * 48271 % 2147483647
    h = h * 48271 % 2147483647
    return 1 + h % 1000000


def find_root(parent: list[int], v: int) -> int:
    r = v
    while parent[r] != r:
        parent[r] = parent[parent[r]]
        r = parent[r]
    return r


def main() -> None:
    n = N
    max_weight = 1000000
    m = n * (n - 1) // 2
    bucket_start = new_array(max_weight + 2)
    for a in range(n):
        for b in range(a + 1, n):
            bucket_start[edge_weight(a, b) + 1] += 1
    for w in range(max_weight + 1):
        bucket_start[w + 1] += bucket_start[w]
    ends_a = new_array(m)
    ends_b = new_array(m)
    for a in range(n):
        for b in range(a + 1, n):
            w = edge_weight(a, b)
            ends_a[bucket_start[w]] = a
            ends_b[bucket_start[w]] = b
            bucket_start[w] += 1
    parent = new_array(n)
    for v in range(n):
        parent[v] = v
    total = 0
    heaviest = 0
    taken = 0
    e = 0
    while taken < n - 1:
        ra = find_root(parent, ends_a[e])
        rb = find_root(parent, ends_b[e])
        if ra != rb:
            parent[ra] = rb
            w = edge_weight(ends_a[e], ends_b[e])
            total += w
            heaviest = max(heaviest, w)
            taken += 1
        e += 1
    print(total)
    print(heaviest)
