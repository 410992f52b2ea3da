# ruff: noqa
"""family=scheduling cost=n*n/6 sizes=1000,3000,10000,30000,50000"""


def fill_intervals(starts: list[int], ends: list[int], n: int) -> None:
    x = 31415
    for i in range(n):
        x = x * 48271 % 2147483647
        starts[i] = x % (20 * n)
        x = x * 48271 % 2147483647
        ends[i] = starts[i] + 1 + x % 300


def main() -> None:
    n = N
    starts = new_array(n)
    ends = new_array(n)
    fill_intervals(starts, ends, n)
    chosen = 0
    last_end = 0
    h = 0
    searching = 1
    while searching == 1:
        pick = 0 - 1
        for i in range(n):
            if starts[i] >= last_end and (pick < 0 or ends[i] < ends[pick]):
                pick = i
        if pick < 0:
            searching = 0
        else:
            chosen += 1
            last_end = ends[pick]
            h = (h * 31 + last_end) % 1000000007
    print(chosen)
    print(last_end)
    print(h)
