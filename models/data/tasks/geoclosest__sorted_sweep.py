# ruff: noqa
"""family=geometry cost=n*200 sizes=100,1000,10000,100000,300000,1000000,2000000"""


def fill_square(xs: list[int], ys: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        xs[i] = x % 131072
        x = x * 48271 % 2147483647
        ys[i] = x % 131072


def sift_down(keys: list[int], root: int, size: int) -> None:
    parent = root
    child = 2 * parent + 1
    while child < size:
        if child + 1 < size and keys[child + 1] > keys[child]:
            child += 1
        if keys[child] > keys[parent]:
            tmp = keys[child]
            keys[child] = keys[parent]
            keys[parent] = tmp
            parent = child
            child = 2 * parent + 1
        else:
            child = size


def heap_sort(keys: list[int], n: int) -> None:
    root = n // 2
    while root > 0:
        root -= 1
        sift_down(keys, root, n)
    end = n - 1
    while end > 0:
        tmp = keys[0]
        keys[0] = keys[end]
        keys[end] = tmp
        sift_down(keys, 0, end)
        end -= 1


def main() -> None:
    n = N
    xs = new_array(n)
    ys = new_array(n)
    fill_square(xs, ys, n, 1618)
    keys = new_array(n)
    for i in range(n):
        keys[i] = xs[i] * 131072 + ys[i]
    heap_sort(keys, n)
    for i in range(n):
        xs[i] = keys[i] // 131072
        ys[i] = keys[i] % 131072
    best = 4398046511104
    ties = 0
    pair_code = 0
    for i in range(1, n):
        j = i - 1
        while j >= 0 and (xs[i] - xs[j]) * (xs[i] - xs[j]) <= best:
            dy = ys[i] - ys[j]
            d = (xs[i] - xs[j]) * (xs[i] - xs[j]) + dy * dy
            if d <= best:
                low = min(xs[i] * 131072 + ys[i], xs[j] * 131072 + ys[j])
                high = max(xs[i] * 131072 + ys[i], xs[j] * 131072 + ys[j])
                code = (low % 1000000007 * 1000003 + high) % 1000000007
                if d < best:
                    best = d
                    ties = 1
                    pair_code = code
                else:
                    ties += 1
                    pair_code = min(pair_code, code)
            j -= 1
    print(best)
    print(ties)
    print(pair_code)
