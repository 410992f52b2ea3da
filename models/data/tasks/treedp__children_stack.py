# ruff: noqa
"""family=graphs cost=n*30 sizes=1000,10000,100000,1000000,3000000"""


def build_tree(parent: list[int], weight: list[int], n: int) -> None:
    x = 37
    weight[0] = 50
    for v in range(1, n):
        x = x * 48271 % 2147483647
        parent[v] = v - 1 - x % min(v, 10)
        x = x * 48271 % 2147483647
        weight[v] = 1 + x % 100


def build_children(parent: list[int], first_child: list[int], children: list[int], n: int) -> None:
    for v in range(1, n):
        first_child[parent[v] + 1] += 1
    for v in range(n):
        first_child[v + 1] += first_child[v]
    fill_at = new_array(n)
    for v in range(n):
        fill_at[v] = first_child[v]
    for v in range(1, n):
        children[fill_at[parent[v]]] = v
        fill_at[parent[v]] += 1
    free(fill_at)


def fold_subtrees(
    parent: list[int],
    weight: list[int],
    first_child: list[int],
    children: list[int],
    take: list[int],
    skip: list[int],
    size: list[int],
    n: int,
) -> int:
    depth = new_array(n)
    cursor = new_array(n)
    stack = new_array(n)
    height = 0
    stack[0] = 0
    top = 1
    cursor[0] = first_child[0]
    while top > 0:
        u = stack[top - 1]
        if cursor[u] < first_child[u + 1]:
            c = children[cursor[u]]
            cursor[u] += 1
            depth[c] = depth[u] + 1
            height = max(height, depth[c])
            cursor[c] = first_child[c]
            stack[top] = c
            top += 1
        else:
            top -= 1
            take[u] += weight[u]
            size[u] += 1
            if u > 0:
                p = parent[u]
                take[p] += skip[u]
                skip[p] += max(take[u], skip[u])
                size[p] += size[u]
    free(depth)
    free(cursor)
    free(stack)
    return height


def main() -> None:
    n = N
    parent = new_array(n)
    weight = new_array(n)
    build_tree(parent, weight, n)
    first_child = new_array(n + 1)
    children = new_array(n)
    build_children(parent, first_child, children, n)
    take = new_array(n)
    skip = new_array(n)
    size = new_array(n)
    height = fold_subtrees(parent, weight, first_child, children, take, skip, size, n)
    size_sum = 0
    for u in range(n):
        size_sum = (size_sum + size[u]) % 1000000007
    best = max(take[0], skip[0])
    print(best)
    print(size_sum)
    print(height)
