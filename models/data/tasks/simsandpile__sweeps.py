# ruff: noqa
"""family=simulation cost=n*8000 sizes=30,100,300,1000,3000,10000,30000"""


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
    total_topples = 0
    biggest = 0
    avalanches = 0
    for drop in range(n):
        x = x * 48271 % 2147483647
        row = 1 + x % side
        x = x * 48271 % 2147483647
        col = 1 + x % side
        height[row * width + col] += 1
        topples = 0
        unstable = 1
        while unstable > 0:
            unstable = 0
            for r in range(1, side + 1):
                for c in range(1, side + 1):
                    at = r * width + c
                    if height[at] >= 4:
                        times = height[at] // 4
                        height[at] -= 4 * times
                        height[at - 1] += times
                        height[at + 1] += times
                        height[at - width] += times
                        height[at + width] += times
                        topples += times
                        unstable += 1
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
