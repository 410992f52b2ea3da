# ruff: noqa
"""family=arrays cost=n*20 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_histograms(bars: list[int], skyline: list[int], n: int) -> None:
    x = 60221
    level = 500
    for i in range(n):
        x = x * 48271 % 2147483647
        bars[i] = x % 1000
        x = x * 48271 % 2147483647
        level = max(0, level + x % 21 - 10)
        skyline[i] = level


def largest_rectangle(heights: list[int], stack: list[int], n: int) -> int:
    best = 0
    top = 0
    for i in range(n + 1):
        current = 0
        if i < n:
            current = heights[i]
        while top > 0 and heights[stack[top - 1]] >= current:
            height = heights[stack[top - 1]]
            top -= 1
            left = 0
            if top > 0:
                left = stack[top - 1] + 1
            best = max(best, height * (i - left))
        stack[top] = i
        top += 1
    return best


def main() -> None:
    n = N
    bars = new_array(n)
    skyline = new_array(n)
    fill_histograms(bars, skyline, n)
    stack = new_array(n + 1)
    print(largest_rectangle(bars, stack, n))
    print(largest_rectangle(skyline, stack, n))
