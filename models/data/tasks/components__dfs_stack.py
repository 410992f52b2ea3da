# ruff: noqa
"""family=graphs cost=n*90 sizes=1000,10000,100000,1000000,3000000"""


def build_graph(offsets: list[int], adjacent: list[int], n: int, m: int) -> None:
    ends_a = new_array(m)
    ends_b = new_array(m)
    x = 41
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
        fill_at[ends_a[e]] += 1
        adjacent[fill_at[ends_b[e]]] = ends_a[e]
        fill_at[ends_b[e]] += 1
    free(fill_at)
    free(ends_a)
    free(ends_b)


def explore(
    start: int,
    offsets: list[int],
    adjacent: list[int],
    seen: list[int],
    stack: list[int],
    cursor: list[int],
) -> int:
    size = 1
    seen[start] = 1
    stack[0] = start
    cursor[start] = offsets[start]
    depth = 1
    while depth > 0:
        u = stack[depth - 1]
        if cursor[u] < offsets[u + 1]:
            w = adjacent[cursor[u]]
            cursor[u] += 1
            if seen[w] == 0:
                seen[w] = 1
                size += 1
                cursor[w] = offsets[w]
                stack[depth] = w
                depth += 1
        else:
            depth -= 1
    return size


def main() -> None:
    n = N
    m = n * 6 // 10
    offsets = new_array(n + 1)
    adjacent = new_array(2 * m)
    build_graph(offsets, adjacent, n, m)
    seen = new_array(n)
    stack = new_array(n)
    cursor = new_array(n)
    components = 0
    largest = 0
    squares = 0
    for start in range(n):
        if seen[start] == 0:
            components += 1
            size = explore(start, offsets, adjacent, seen, stack, cursor)
            largest = max(largest, size)
            squares = (squares + size * size) % 1000000007
    print(components)
    print(largest)
    print(squares)
