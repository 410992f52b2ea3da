# ruff: noqa
"""family=graphs cost=n*80 sizes=1000,10000,100000,300000,1000000,3000000"""


def random_edges(ends_a: list[int], ends_b: list[int], n: int, m: int) -> None:
    x = 2718
    for e in range(m):
        x = x * 48271 % 2147483647
        ends_a[e] = x % n
        x = x * 48271 % 2147483647
        ends_b[e] = x % n


def build_adjacency(
    offsets: list[int], adjacent: list[int], ends_a: list[int], ends_b: list[int], n: int, m: int
) -> None:
    for e in range(m):
        offsets[ends_a[e] + 1] += 1
        offsets[ends_b[e] + 1] += 1
    for v in range(n):
        offsets[v + 1] += offsets[v]
    fill_at = new_array(n)
    for v in range(n):
        fill_at[v] = offsets[v]
    for e in range(m):
        adjacent[fill_at[ends_a[e]]] = ends_b[e]
        fill_at[ends_a[e]] += 1
        adjacent[fill_at[ends_b[e]]] = ends_a[e]
        fill_at[ends_b[e]] += 1
    free(fill_at)


def main() -> None:
    n = N
    m = n * 55 // 100
    ends_a = new_array(m)
    ends_b = new_array(m)
    random_edges(ends_a, ends_b, n, m)
    offsets = new_array(n + 1)
    adjacent = new_array(2 * m)
    build_adjacency(offsets, adjacent, ends_a, ends_b, n, m)
    colour = new_array(n)
    queue = new_array(n)
    components = 0
    bipartite = 0
    bipartite_vertices = 0
    largest_odd = 0
    for start in range(n):
        if colour[start] == 0:
            components += 1
            colour[start] = 1
            queue[0] = start
            head = 0
            tail = 1
            conflict = 0
            while head < tail:
                u = queue[head]
                head += 1
                for e in range(offsets[u], offsets[u + 1]):
                    w = adjacent[e]
                    if colour[w] == 0:
                        colour[w] = 3 - colour[u]
                        queue[tail] = w
                        tail += 1
                    elif colour[w] == colour[u]:
                        conflict = 1
            if conflict == 0:
                bipartite += 1
                bipartite_vertices += tail
            else:
                largest_odd = max(largest_odd, tail)
    print(components)
    print(bipartite)
    print(bipartite_vertices)
    print(largest_odd)
