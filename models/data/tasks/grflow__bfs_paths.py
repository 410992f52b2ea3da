# ruff: noqa
"""family=graphs cost=n**4.5*0.0012 sizes=40,70,100,150,200,300"""


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
    queue = new_array(n)
    flow = 0
    reached = 1
    while reached == 1:
        for v in range(n):
            parent[v] = n
        parent[0] = 0
        queue[0] = 0
        head = 0
        tail = 1
        while head < tail and parent[sink] == n:
            u = queue[head]
            head += 1
            for v in range(n):
                if parent[v] == n and residual[u * n + v] > 0:
                    parent[v] = u
                    queue[tail] = v
                    tail += 1
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
    side = cut_side(residual, n, seen, queue)
    h = 0
    for v in range(n):
        if seen[v] == 1:
            h = (h + v * v) % 1000000007
    print(flow)
    print(side)
    print(h)
