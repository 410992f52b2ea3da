# ruff: noqa
"""family=scheduling cost=n*100 sizes=1000,3000,10000,30000,60000,300000,1000000,3000000"""


def first_fit(tree: list[int], leaves: int, item: int) -> int:
    node = 1
    while node < leaves:
        if tree[2 * node] >= item:
            node = 2 * node
        else:
            node = 2 * node + 1
    return node - leaves


def update(tree: list[int], leaves: int, slot: int, value: int) -> None:
    node = slot + leaves
    tree[node] = value
    node = node // 2
    while node >= 1:
        tree[node] = max(tree[2 * node], tree[2 * node + 1])
        node = node // 2


def main() -> None:
    n = N
    capacity = 1000
    leaves = 1
    while leaves < n:
        leaves *= 2
    tree = new_array(2 * leaves)
    for node in range(1, 2 * leaves):
        tree[node] = capacity
    bins = 0
    x = 1729
    for i in range(n):
        x = x * 48271 % 2147483647
        item = 1 + x % 600
        b = first_fit(tree, leaves, item)
        bins = max(bins, b + 1)
        remaining = tree[b + leaves] - item
        update(tree, leaves, b, remaining)
    waste = 0
    for slot in range(bins):
        waste = (waste + tree[slot + leaves] * tree[slot + leaves]) % 1000000007
    print(bins)
    print(waste)
