# ruff: noqa
"""family=objects cost=n*100 sizes=1000,10000,100000,300000,1000000,3000000"""


def fill_leaves(tree: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        tree[n + i] = x % 1000000


def build(tree: list[int], n: int) -> None:
    i = n - 1
    while i >= 1:
        tree[i] = min(tree[2 * i], tree[2 * i + 1])
        i -= 1


def assign(tree: list[int], n: int, position: int, value: int) -> None:
    i = position + n
    tree[i] = value
    i = i // 2
    while i >= 1:
        tree[i] = min(tree[2 * i], tree[2 * i + 1])
        i = i // 2


def range_min(tree: list[int], n: int, first: int, last: int) -> int:
    lo = first + n
    hi = last + n + 1
    best = tree[lo]
    while lo < hi:
        if lo % 2 == 1:
            best = min(best, tree[lo])
            lo += 1
        if hi % 2 == 1:
            hi -= 1
            best = min(best, tree[hi])
        lo = lo // 2
        hi = hi // 2
    return best


def main() -> None:
    n = N
    tree = new_array(2 * n)
    fill_leaves(tree, n, 2718)
    build(tree, n)
    x = 31337
    h = 0
    updates = 0
    for step in range(n):
        x = x * 48271 % 2147483647
        a = x % n
        x = x * 48271 % 2147483647
        b = x % n
        if x % 4 == 0:
            x = x * 48271 % 2147483647
            assign(tree, n, a, x % 1000000)
            updates += 1
        else:
            h = (h * 31 + range_min(tree, n, min(a, b), max(a, b))) % 1000000007
    print(h)
    print(updates)
    print(tree[1])
