# ruff: noqa
"""family=graphs cost=n*150 sizes=1000,10000,100000,300000,1000000"""


def random_arcs(tails: list[int], heads: list[int], n: int, m: int) -> None:
    x = 1618
    for e in range(m):
        x = x * 48271 % 2147483647
        tails[e] = x % n
        x = x * 48271 % 2147483647
        heads[e] = x % n


def build_adjacency(
    offsets: list[int], adjacent: list[int], sources: list[int], targets: list[int], n: int, m: int
) -> None:
    for e in range(m):
        offsets[sources[e] + 1] += 1
    for v in range(n):
        offsets[v + 1] += offsets[v]
    fill_at = new_array(n)
    for v in range(n):
        fill_at[v] = offsets[v]
    for e in range(m):
        adjacent[fill_at[sources[e]]] = targets[e]
        fill_at[sources[e]] += 1
    free(fill_at)


def main() -> None:
    n = N
    m = n * 3 // 2
    tails = new_array(m)
    heads = new_array(m)
    random_arcs(tails, heads, n, m)
    forward_offsets = new_array(n + 1)
    forward = new_array(m)
    build_adjacency(forward_offsets, forward, tails, heads, n, m)
    backward_offsets = new_array(n + 1)
    backward = new_array(m)
    build_adjacency(backward_offsets, backward, heads, tails, n, m)
    visited = new_array(n)
    next_edge = new_array(n)
    stack = new_array(n)
    order = new_array(n)
    finished = 0
    for start in range(n):
        if visited[start] == 0:
            visited[start] = 1
            next_edge[start] = forward_offsets[start]
            stack[0] = start
            depth = 1
            while depth > 0:
                u = stack[depth - 1]
                if next_edge[u] < forward_offsets[u + 1]:
                    w = forward[next_edge[u]]
                    next_edge[u] += 1
                    if visited[w] == 0:
                        visited[w] = 1
                        next_edge[w] = forward_offsets[w]
                        stack[depth] = w
                        depth += 1
                else:
                    depth -= 1
                    order[finished] = u
                    finished += 1
    component = new_array(n)
    components = 0
    largest = 0
    squares = 0
    for k in range(n):
        start = order[n - 1 - k]
        if component[start] == 0:
            components += 1
            component[start] = components
            stack[0] = start
            depth = 1
            size = 0
            while depth > 0:
                depth -= 1
                u = stack[depth]
                size += 1
                for e in range(backward_offsets[u], backward_offsets[u + 1]):
                    w = backward[e]
                    if component[w] == 0:
                        component[w] = components
                        stack[depth] = w
                        depth += 1
            largest = max(largest, size)
            squares = (squares + size * size) % 1000000007
    print(components)
    print(largest)
    print(squares)
