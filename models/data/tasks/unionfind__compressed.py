# ruff: noqa
"""family=graphs cost=n*20 sizes=1000,10000,100000,1000000"""


def find_root(parent: list[int], node: int) -> int:
    root = node
    while parent[root] != root:
        root = parent[root]
    cur = node
    while parent[cur] != root:
        nxt = parent[cur]
        parent[cur] = root
        cur = nxt
    return root


def main() -> None:
    n = N
    parent = new_array(n)
    for i in range(n):
        parent[i] = i
    components = n
    x = 13
    for e in range(n):
        x = x * 48271 % 2147483647
        a_node = x % n
        x = x * 48271 % 2147483647
        b_node = x % n
        ra = find_root(parent, a_node)
        rb = find_root(parent, b_node)
        if ra != rb:
            parent[ra] = rb
            components -= 1
    print(components)
