# ruff: noqa
"""family=objects cost=n*60 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fenwick_add(tree: list[int], n: int, position: int, delta: int) -> None:
    i = position + 1
    while i <= n:
        tree[i] += delta
        i += i & -i


def fenwick_prefix(tree: list[int], position: int) -> int:
    total = 0
    i = position + 1
    while i > 0:
        total += tree[i]
        i -= i & -i
    return total


def main() -> None:
    n = N
    tree = new_array(n + 1)
    x = 4242
    h = 0
    queries = 0
    for step in range(n):
        x = x * 48271 % 2147483647
        position = x % n
        x = x * 48271 % 2147483647
        if x % 2 == 0:
            delta = x // 2 % 1000
            fenwick_add(tree, n, position, delta)
        else:
            h = (h * 31 + fenwick_prefix(tree, position)) % 1000000007
            queries += 1
    print(h)
    print(queries)
    print(fenwick_prefix(tree, n - 1))
