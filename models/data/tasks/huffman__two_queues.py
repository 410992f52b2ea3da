# ruff: noqa
"""family=encoding cost=n*8 sizes=100,300,1000,3000,10000,20000,100000,1000000,3000000"""


def fill_weights(weights: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        weights[i] = 1 + x % 1000


def pick_front(
    leaves: list[int],
    leaf_at: int,
    leaf_count: int,
    merged: list[int],
    merged_at: int,
    merged_count: int,
) -> int:
    from_leaves = 0
    if merged_at >= merged_count:
        from_leaves = 1
    elif leaf_at < leaf_count and leaves[leaf_at] <= merged[merged_at]:
        from_leaves = 1
    return from_leaves


def main() -> None:
    n = N
    weights = new_array(n)
    fill_weights(weights, n, 31337)
    counts = new_array(1001)
    for i in range(n):
        counts[weights[i]] += 1
    leaves = new_array(n)
    filled = 0
    for w in range(1001):
        for k in range(counts[w]):
            leaves[filled] = w
            filled += 1
    merged = new_array(n)
    leaf_at = 0
    merged_at = 0
    merged_count = 0
    total = 0
    for step in range(n - 1):
        pair = 0
        for k in range(2):
            if pick_front(leaves, leaf_at, n, merged, merged_at, merged_count) == 1:
                pair += leaves[leaf_at]
                leaf_at += 1
            else:
                pair += merged[merged_at]
                merged_at += 1
        merged[merged_count] = pair
        merged_count += 1
        total += pair
    print(total)
    print(merged[merged_count - 1])
