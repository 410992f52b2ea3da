# ruff: noqa
"""family=graphs cost=n*60 sizes=100,1000,10000,100000,300000"""


def build_graph(
    offsets: list[int], targets: list[int], weights: list[int], n: int, degree: int
) -> None:
    x = 3
    for v in range(n):
        offsets[v] = v * degree
        for k in range(degree):
            x = x * 48271 % 2147483647
            targets[v * degree + k] = x % n
            x = x * 48271 % 2147483647
            weights[v * degree + k] = 1 + x % 1000
    offsets[n] = n * degree


def heap_push(keys: list[int], nodes: list[int], size: int, key: int, node: int) -> int:
    i = size
    keys[i] = key
    nodes[i] = node
    moving = 1
    while i > 0 and moving == 1:
        parent = (i - 1) // 2
        if keys[parent] > keys[i]:
            tk = keys[parent]
            keys[parent] = keys[i]
            keys[i] = tk
            tn = nodes[parent]
            nodes[parent] = nodes[i]
            nodes[i] = tn
            i = parent
        else:
            moving = 0
    return size + 1


def heap_pop(keys: list[int], nodes: list[int], size: int) -> int:
    last = size - 1
    keys[0] = keys[last]
    nodes[0] = nodes[last]
    i = 0
    child = 1
    while child < last:
        if child + 1 < last and keys[child + 1] < keys[child]:
            child += 1
        if keys[child] < keys[i]:
            tk = keys[child]
            keys[child] = keys[i]
            keys[i] = tk
            tn = nodes[child]
            nodes[child] = nodes[i]
            nodes[i] = tn
            i = child
            child = 2 * i + 1
        else:
            child = last
    return last


def main() -> None:
    n = N
    degree = 6
    offsets = new_array(n + 1)
    targets = new_array(n * degree)
    weights = new_array(n * degree)
    build_graph(offsets, targets, weights, n, degree)
    dist = new_array(n)
    for v in range(n):
        dist[v] = 1000000000000
    keys = new_array(n * degree + 1)
    nodes = new_array(n * degree + 1)
    dist[0] = 0
    size = heap_push(keys, nodes, 0, 0, 0)
    while size > 0:
        d = keys[0]
        v = nodes[0]
        size = heap_pop(keys, nodes, size)
        if d == dist[v]:
            for e in range(offsets[v], offsets[v + 1]):
                if d + weights[e] < dist[targets[e]]:
                    dist[targets[e]] = d + weights[e]
                    size = heap_push(keys, nodes, size, dist[targets[e]], targets[e])
    total = 0
    for v in range(n):
        if dist[v] < 1000000000000:
            total = (total + dist[v]) % 1000000007
    print(total)
