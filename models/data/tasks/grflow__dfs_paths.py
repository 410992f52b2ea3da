# ruff: noqa
"""family=graphs cost=n**4.27*0.16 sizes=20,30,50,70,100,150"""


def fill_capacities(capacity: list[int], n: int) -> None:
    x = 3141
    for u in range(n):
        for v in range(n):
            x = x * 48271 % 2147483647
            if u == 0 or v == n - 1:
                if u != v and x % 2 == 0:
                    capacity[u * n + v] = 1 + x // 2 % (2 * n)
            elif u != v and x % 8 == 0:
                capacity[u * n + v] = 1 + x // 8 % 20


def cut_side(residual: list[int], n: int, seen: list[int], queue: list[int]) -> int:
    for v in range(n):
        seen[v] = 0
    seen[0] = 1
    queue[0] = 0
    head = 0
    tail = 1
    while head < tail:
        u = queue[head]
        head += 1
        for v in range(n):
            if seen[v] == 0 and residual[u * n + v] > 0:
                seen[v] = 1
                queue[tail] = v
                tail += 1
    return tail


def main() -> None:
    n = N
    residual = new_array(n * n)
    fill_capacities(residual, n)
    sink = n - 1
    parent = new_array(n)
    next_try = new_array(n)
    stack = new_array(n)
    flow = 0
    reached = 1
    while reached == 1:
        for v in range(n):
            parent[v] = n
        parent[0] = 0
        for v in range(n):
            next_try[v] = 0
        stack[0] = 0
        depth = 1
        while depth > 0 and parent[sink] == n:
            u = stack[depth - 1]
            if next_try[u] < n:
                v = next_try[u]
                next_try[u] += 1
                if parent[v] == n and residual[u * n + v] > 0:
                    parent[v] = u
                    stack[depth] = v
                    depth += 1
            else:
                depth -= 1
        reached = 0
        if parent[sink] != n:
            reached = 1
            bottleneck = 1000000
            v = sink
            while v != 0:
                bottleneck = min(bottleneck, residual[parent[v] * n + v])
                v = parent[v]
            v = sink
            while v != 0:
                residual[parent[v] * n + v] -= bottleneck
                residual[v * n + parent[v]] += bottleneck
                v = parent[v]
            flow += bottleneck
    seen = new_array(n)
    queue = new_array(n)
    side = cut_side(residual, n, seen, queue)
    h = 0
    for v in range(n):
        if seen[v] == 1:
            h = (h + v * v) % 1000000007
    print(flow)
    print(side)
    print(h)
