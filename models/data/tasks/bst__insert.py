# ruff: noqa
"""family=objects cost=n*40 sizes=1000,10000,100000,300000,1000000"""


def insert(keys: list[int], left: list[int], right: list[int], size: int, key: int) -> int:
    keys[size] = key
    left[size] = -1
    right[size] = -1
    depth = 0
    if size > 0:
        node = 0
        placed = 0
        while placed == 0:
            depth += 1
            if key < keys[node]:
                if left[node] < 0:
                    left[node] = size
                    placed = 1
                else:
                    node = left[node]
            else:
                if right[node] < 0:
                    right[node] = size
                    placed = 1
                else:
                    node = right[node]
    return depth


def main() -> None:
    n = N
    keys = new_array(n)
    left = new_array(n)
    right = new_array(n)
    x = 55
    deepest = 0
    total_depth = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        depth = insert(keys, left, right, i, x % 1000000000)
        deepest = max(deepest, depth)
        total_depth += depth
    print(deepest)
    print(total_depth)
