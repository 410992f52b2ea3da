# ruff: noqa
"""family=objects cost=n*400 sizes=1000,3000,10000,30000,100000,300000,600000"""


def level_for(coin: int, levels: int) -> int:
    height = 1
    bits = coin
    while height < levels and bits % 4 == 0:
        height += 1
        bits = bits // 4
    return height


def predecessor(keys: list[int], forward: list[int], levels: int, target: int) -> int:
    node = 0
    level = levels - 1
    while level >= 0:
        following = forward[node * levels + level]
        while following != 0 and keys[following] <= target:
            node = following
            following = forward[node * levels + level]
        level -= 1
    return node


def insert(
    keys: list[int],
    forward: list[int],
    update: list[int],
    levels: int,
    nodes: int,
    value: int,
    height: int,
) -> int:
    node = 0
    level = levels - 1
    while level >= 0:
        following = forward[node * levels + level]
        while following != 0 and keys[following] < value:
            node = following
            following = forward[node * levels + level]
        update[level] = node
        level -= 1
    candidate = forward[node * levels]
    total = nodes
    if candidate == 0 or keys[candidate] != value:
        fresh = nodes
        keys[fresh] = value
        for k in range(height):
            forward[fresh * levels + k] = forward[update[k] * levels + k]
            forward[update[k] * levels + k] = fresh
        total = nodes + 1
    return total


def main() -> None:
    n = N
    levels = 10
    keys = new_array(n + 1)
    forward = new_array((n + 1) * levels)
    update = new_array(levels)
    nodes = 1
    coin = 99991
    found = 0
    h = 0
    x = 1337
    for step in range(n):
        x = x * 48271 % 2147483647
        value = x // 3 % (8 * n)
        if x % 3 != 0:
            coin = coin * 48271 % 2147483647
            nodes = insert(keys, forward, update, levels, nodes, value, level_for(coin, levels))
        else:
            node = predecessor(keys, forward, levels, value)
            if node != 0:
                found += 1
                h = (h * 31 + keys[node]) % 1000000007
    print(h)
    print(found)
    print(nodes - 1)
