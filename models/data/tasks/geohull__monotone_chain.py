# ruff: noqa
"""family=geometry cost=n*250 sizes=100,1000,10000,100000,300000,1000000,2000000"""


def fill_disk(xs: list[int], ys: list[int], n: int, seed: int) -> None:
    radius = 524288
    x = seed
    i = 0
    while i < n:
        x = x * 48271 % 2147483647
        px = x % (2 * radius)
        x = x * 48271 % 2147483647
        py = x % (2 * radius)
        dx = px - radius
        dy = py - radius
        if dx * dx + dy * dy <= radius * radius:
            xs[i] = px
            ys[i] = py
            i += 1


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


def turn(xs: list[int], ys: list[int], o: int, a: int, b: int) -> int:
    return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o])


def main() -> None:
    n = N
    xs = new_array(n)
    ys = new_array(n)
    fill_disk(xs, ys, n, 2718)
    keys = new_array(n)
    for i in range(n):
        keys[i] = xs[i] * 1048576 + ys[i]
    heap_sort(keys, n)
    for i in range(n):
        xs[i] = keys[i] // 1048576
        ys[i] = keys[i] % 1048576
    hull = new_array(2 * n + 1)
    k = 0
    for i in range(n):
        while k >= 2 and turn(xs, ys, hull[k - 2], hull[k - 1], i) <= 0:
            k -= 1
        hull[k] = i
        k += 1
    lower = k + 1
    back = n - 2
    while back >= 0:
        while k >= lower and turn(xs, ys, hull[k - 2], hull[k - 1], back) <= 0:
            k -= 1
        hull[k] = back
        k += 1
        back -= 1
    vertices = k - 1
    area2 = 0
    h = 0
    for v in range(vertices):
        a = hull[v]
        b = hull[v + 1]
        h = (h * 31 + xs[a] * 1048576 + ys[a]) % 1000000007
        area2 += xs[a] * ys[b] - xs[b] * ys[a]
    print(vertices)
    print(area2 % 1000000007)
    print(h)
