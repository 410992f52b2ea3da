# ruff: noqa
"""family=graphs cost=n*n*6 sizes=100,300,1000,2000,4000,8000"""


def build_graph(
    offsets: list[int], adjacent: list[int], edge_ids: list[int], n: int, m: int
) -> None:
    ends_a = new_array(m)
    ends_b = new_array(m)
    x = 1414
    for e in range(m):
        x = x * 48271 % 2147483647
        ends_a[e] = x % n
        x = x * 48271 % 2147483647
        ends_b[e] = x % n
        offsets[ends_a[e] + 1] += 1
        offsets[ends_b[e] + 1] += 1
    for v in range(n):
        offsets[v + 1] += offsets[v]
    fill_at = new_array(n)
    for v in range(n):
        fill_at[v] = offsets[v]
    for e in range(m):
        adjacent[fill_at[ends_a[e]]] = ends_b[e]
        edge_ids[fill_at[ends_a[e]]] = e
        fill_at[ends_a[e]] += 1
        adjacent[fill_at[ends_b[e]]] = ends_a[e]
        edge_ids[fill_at[ends_b[e]]] = e
        fill_at[ends_b[e]] += 1
    free(fill_at)
    free(ends_a)
    free(ends_b)


def reaches_without(
    offsets: list[int],
    adjacent: list[int],
    edge_ids: list[int],
    seen: list[int],
    queue: list[int],
    source: int,
    target: int,
    skipped: int,
    mark: int,
) -> int:
    seen[source] = mark
    queue[0] = source
    head = 0
    tail = 1
    while head < tail and seen[target] != mark:
        u = queue[head]
        head += 1
        for at in range(offsets[u], offsets[u + 1]):
            w = adjacent[at]
            if edge_ids[at] != skipped and seen[w] != mark:
                seen[w] = mark
                queue[tail] = w
                tail += 1
    found = 0
    if seen[target] == mark:
        found = 1
    return found


def main() -> None:
    n = N
    m = n * 5 // 4
    offsets = new_array(n + 1)
    adjacent = new_array(2 * m)
    edge_ids = new_array(2 * m)
    build_graph(offsets, adjacent, edge_ids, n, m)
    ends_a = new_array(m)
    ends_b = new_array(m)
    for u in range(n):
        for at in range(offsets[u], offsets[u + 1]):
            ends_a[edge_ids[at]] = u
            ends_b[edge_ids[at]] = adjacent[at]
    seen = new_array(n)
    queue = new_array(n)
    bridges = 0
    id_sum = 0
    id_squares = 0
    for e in range(m):
        if (
            reaches_without(
                offsets, adjacent, edge_ids, seen, queue, ends_a[e], ends_b[e], e, e + 1
            )
            == 0
        ):
            bridges += 1
            id_sum += e
            id_squares = (id_squares + e * e) % 1000000007
    print(bridges)
    print(id_sum)
    print(id_squares)
