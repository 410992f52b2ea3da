# ruff: noqa
"""family=arrays cost=n*n sizes=1000,2000,4000,8000,16000,30000"""


def fill_histograms(bars: list[int], skyline: list[int], n: int) -> None:
    x = 60221
    level = 500
    for i in range(n):
        x = x * 48271 % 2147483647
        bars[i] = x % 1000
        x = x * 48271 % 2147483647
        level = max(0, level + x % 21 - 10)
        skyline[i] = level


def largest_rectangle(heights: list[int], n: int) -> int:
    best = 0
    for left in range(n):
        low = heights[left]
        for right in range(left, n):
            low = min(low, heights[right])
            best = max(best, low * (right - left + 1))
    return best


def main() -> None:
    n = N
    bars = new_array(n)
    skyline = new_array(n)
    fill_histograms(bars, skyline, n)
    print(largest_rectangle(bars, n))
    print(largest_rectangle(skyline, n))
