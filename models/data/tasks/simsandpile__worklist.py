# ruff: noqa
"""family=simulation cost=n*900 sizes=30,100,1000,10000,100000,300000"""


def add_grains(
    height: list[int], pending: list[int], waiting: int, at: int, grains: int, side: int, width: int
) -> int:
    row = at // width
    col = at % width
    before = height[at]
    height[at] += grains
    added = waiting
    if row >= 1 and row <= side and col >= 1 and col <= side:
        if before < 4 and height[at] >= 4:
            pending[waiting] = at
            added = waiting + 1
    return added


def main() -> None:
    n = N
    side = 48
    width = side + 2
    cells = width * width
    height = new_array(cells)
    x = 4242
    for r in range(1, side + 1):
        for c in range(1, side + 1):
            x = x * 48271 % 2147483647
            height[r * width + c] = 1 + x % 3
    pending = new_array(cells)
    total_topples = 0
    biggest = 0
    avalanches = 0
    for drop in range(n):
        x = x * 48271 % 2147483647
        row = 1 + x % side
        x = x * 48271 % 2147483647
        col = 1 + x % side
        waiting = add_grains(height, pending, 0, row * width + col, 1, side, width)
        topples = 0
        while waiting > 0:
            waiting -= 1
            at = pending[waiting]
            times = height[at] // 4
            height[at] -= 4 * times
            topples += times
            waiting = add_grains(height, pending, waiting, at - 1, times, side, width)
            waiting = add_grains(height, pending, waiting, at + 1, times, side, width)
            waiting = add_grains(height, pending, waiting, at - width, times, side, width)
            waiting = add_grains(height, pending, waiting, at + width, times, side, width)
        total_topples += topples
        biggest = max(biggest, topples)
        if topples > 0:
            avalanches += 1
    h = 0
    for r in range(1, side + 1):
        for c in range(1, side + 1):
            h = (h * 7 + height[r * width + c]) % 1000000007
    print(total_topples)
    print(biggest)
    print(avalanches)
    print(h)
