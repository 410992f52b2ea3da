# ruff: noqa
"""family=graphs cost=n*120 sizes=1000,10000,100000,300000,1000000"""


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
    offsets = new_array(n + 1)
    adjacent = new_array(m)
    build_adjacency(offsets, adjacent, tails, heads, n, m)
    index = new_array(n)
    low = new_array(n)
    on_stack = new_array(n)
    next_edge = new_array(n)
    calls = new_array(n)
    pending = new_array(n)
    counter = 1
    waiting = 0
    components = 0
    largest = 0
    squares = 0
    for start in range(n):
        if index[start] == 0:
            index[start] = counter
            low[start] = counter
            counter += 1
            pending[waiting] = start
            waiting += 1
            on_stack[start] = 1
            next_edge[start] = offsets[start]
            calls[0] = start
            depth = 1
            while depth > 0:
                u = calls[depth - 1]
                if next_edge[u] < offsets[u + 1]:
                    w = adjacent[next_edge[u]]
                    next_edge[u] += 1
                    if index[w] == 0:
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        pending[waiting] = w
                        waiting += 1
                        on_stack[w] = 1
                        next_edge[w] = offsets[w]
                        calls[depth] = w
                        depth += 1
                    elif on_stack[w] == 1:
                        low[u] = min(low[u], index[w])
                else:
                    depth -= 1
                    if low[u] == index[u]:
                        size = 0
                        top = n
                        while top != u:
                            waiting -= 1
                            top = pending[waiting]
                            on_stack[top] = 0
                            size += 1
                        components += 1
                        largest = max(largest, size)
                        squares = (squares + size * size) % 1000000007
                    if depth > 0:
                        caller = calls[depth - 1]
                        low[caller] = min(low[caller], low[u])
    print(components)
    print(largest)
    print(squares)
