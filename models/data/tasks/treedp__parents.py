# ruff: noqa
"""family=graphs cost=n*15 sizes=1000,10000,100000,1000000,3000000"""


def build_tree(parent: list[int], weight: list[int], n: int) -> None:
    x = 37
    weight[0] = 50
    for v in range(1, n):
        x = x * 48271 % 2147483647
        parent[v] = v - 1 - x % min(v, 10)
        x = x * 48271 % 2147483647
        weight[v] = 1 + x % 100


def main() -> None:
    n = N
    parent = new_array(n)
    weight = new_array(n)
    build_tree(parent, weight, n)
    take = new_array(n)
    skip = new_array(n)
    size = new_array(n)
    for v in range(n):
        take[v] = weight[v]
        size[v] = 1
    child = n - 1
    while child >= 1:
        p = parent[child]
        take[p] += skip[child]
        skip[p] += max(take[child], skip[child])
        size[p] += size[child]
        child -= 1
    depth = new_array(n)
    height = 0
    for u in range(1, n):
        depth[u] = depth[parent[u]] + 1
        height = max(height, depth[u])
    size_sum = 0
    for u in range(n):
        size_sum = (size_sum + size[u]) % 1000000007
    best = max(take[0], skip[0])
    print(best)
    print(size_sum)
    print(height)
