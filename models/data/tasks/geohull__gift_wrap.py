# ruff: noqa
"""family=geometry cost=n**1.333*8 sizes=100,1000,10000,30000,100000,300000,600000"""


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


def turn(xs: list[int], ys: list[int], o: int, a: int, b: int) -> int:
    return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o])


def distance2(xs: list[int], ys: list[int], a: int, b: int) -> int:
    dx = xs[a] - xs[b]
    dy = ys[a] - ys[b]
    return dx * dx + dy * dy


def main() -> None:
    n = N
    xs = new_array(n)
    ys = new_array(n)
    fill_disk(xs, ys, n, 2718)
    start = 0
    for i in range(1, n):
        if xs[i] < xs[start] or (xs[i] == xs[start] and ys[i] < ys[start]):
            start = i
    vertices = 0
    area2 = 0
    h = 0
    current = start
    finished = 0
    while finished == 0:
        vertices += 1
        h = (h * 31 + xs[current] * 1048576 + ys[current]) % 1000000007
        candidate = (current + 1) % n
        for j in range(n):
            side = turn(xs, ys, current, candidate, j)
            if side < 0:
                candidate = j
            elif side == 0 and distance2(xs, ys, current, j) > distance2(
                xs, ys, current, candidate
            ):
                candidate = j
        area2 += xs[current] * ys[candidate] - xs[candidate] * ys[current]
        current = candidate
        if xs[current] == xs[start] and ys[current] == ys[start]:
            finished = 1
    print(vertices)
    print(area2 % 1000000007)
    print(h)
