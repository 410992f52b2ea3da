# ruff: noqa
"""family=graphs cost=n*40 sizes=1000,10000,100000,300000,1000000,3000000"""


def random_edges(ends_a: list[int], ends_b: list[int], n: int, m: int) -> None:
    x = 2718
    for e in range(m):
        x = x * 48271 % 2147483647
        ends_a[e] = x % n
        x = x * 48271 % 2147483647
        ends_b[e] = x % n


def find_root(parent: list[int], parity: list[int], v: int) -> int:
    root = v
    total = 0
    while parent[root] != root:
        total ^= parity[root]
        root = parent[root]
    node = v
    while node != root:
        up = parent[node]
        up_total = total ^ parity[node]
        parent[node] = root
        parity[node] = total
        total = up_total
        node = up
    return root


def main() -> None:
    n = N
    m = n * 55 // 100
    ends_a = new_array(m)
    ends_b = new_array(m)
    random_edges(ends_a, ends_b, n, m)
    parent = new_array(n)
    parity = new_array(n)
    size = new_array(n)
    odd_cycle = new_array(n)
    for v in range(n):
        parent[v] = v
        size[v] = 1
    for e in range(m):
        a = ends_a[e]
        b = ends_b[e]
        root_a = find_root(parent, parity, a)
        root_b = find_root(parent, parity, b)
        if root_a == root_b:
            if parity[a] == parity[b]:
                odd_cycle[root_a] = 1
        else:
            flip = parity[a] ^ parity[b] ^ 1
            if size[root_a] < size[root_b]:
                parent[root_a] = root_b
                parity[root_a] = flip
                size[root_b] += size[root_a]
                odd_cycle[root_b] = odd_cycle[root_b] | odd_cycle[root_a]
            else:
                parent[root_b] = root_a
                parity[root_b] = flip
                size[root_a] += size[root_b]
                odd_cycle[root_a] = odd_cycle[root_a] | odd_cycle[root_b]
    components = 0
    bipartite = 0
    bipartite_vertices = 0
    largest_odd = 0
    for v in range(n):
        if parent[v] == v:
            components += 1
            if odd_cycle[v] == 0:
                bipartite += 1
                bipartite_vertices += size[v]
            else:
                largest_odd = max(largest_odd, size[v])
    print(components)
    print(bipartite)
    print(bipartite_vertices)
    print(largest_odd)
