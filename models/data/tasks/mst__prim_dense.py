# ruff: noqa
"""family=graphs cost=n*n*3 sizes=100,300,1000,2000,3000,5000,8000"""


def edge_weight(a: int, b: int) -> int:
    h = (min(a, b) * 1000003 + max(a, b)) % 2147483647
    h = h * 48271 % 2147483647
    h = h * 48271 % 2147483647
    return 1 + h % 1000000


def main() -> None:
    n = N
    infinity = 1000000000
    best = new_array(n)
    in_tree = new_array(n)
    for v in range(n):
        best[v] = infinity
    best[0] = 0
    total = 0
    heaviest = 0
    for step in range(n):
        u = n
        for v in range(n):
            if in_tree[v] == 0 and (u == n or best[v] < best[u]):
                u = v
        in_tree[u] = 1
        total += best[u]
        heaviest = max(heaviest, best[u])
        for v in range(n):
            if in_tree[v] == 0:
                w = edge_weight(u, v)
                if w < best[v]:
                    best[v] = w
    print(total)
    print(heaviest)
