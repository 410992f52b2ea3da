# ruff: noqa
"""family=graphs cost=n*150 sizes=100,1000,10000,100000,300000,1000000"""


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


def main() -> None:
    n = N
    m = n * 5 // 4
    offsets = new_array(n + 1)
    adjacent = new_array(2 * m)
    edge_ids = new_array(2 * m)
    build_graph(offsets, adjacent, edge_ids, n, m)
    discovered = new_array(n)
    low = new_array(n)
    parent_edge = new_array(n)
    next_edge = new_array(n)
    stack = new_array(n)
    timer = 1
    bridges = 0
    id_sum = 0
    id_squares = 0
    for start in range(n):
        if discovered[start] == 0:
            discovered[start] = timer
            low[start] = timer
            timer += 1
            parent_edge[start] = m
            next_edge[start] = offsets[start]
            stack[0] = start
            depth = 1
            while depth > 0:
                u = stack[depth - 1]
                if next_edge[u] < offsets[u + 1]:
                    at = next_edge[u]
                    next_edge[u] += 1
                    if edge_ids[at] != parent_edge[u]:
                        w = adjacent[at]
                        if discovered[w] == 0:
                            discovered[w] = timer
                            low[w] = timer
                            timer += 1
                            parent_edge[w] = edge_ids[at]
                            next_edge[w] = offsets[w]
                            stack[depth] = w
                            depth += 1
                        else:
                            low[u] = min(low[u], discovered[w])
                else:
                    depth -= 1
                    if depth > 0:
                        p = stack[depth - 1]
                        low[p] = min(low[p], low[u])
                        if low[u] > discovered[p]:
                            bridges += 1
                            id_sum += parent_edge[u]
                            id_squares = (id_squares + parent_edge[u] * parent_edge[u]) % 1000000007
    print(bridges)
    print(id_sum)
    print(id_squares)
