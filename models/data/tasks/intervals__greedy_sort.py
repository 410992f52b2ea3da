# ruff: noqa
"""family=scheduling cost=n*40 sizes=1000,3000,10000,30000,100000,1000000,3000000"""


def fill_intervals(starts: list[int], ends: list[int], n: int) -> None:
    x = 31415
    for i in range(n):
        x = x * 48271 % 2147483647
        starts[i] = x % (20 * n)
        x = x * 48271 % 2147483647
        ends[i] = starts[i] + 1 + x % 300


def merge_sort(keys: list[int], n: int) -> None:
    spare = new_array(n)
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            a = lo
            b = mid
            for t in range(lo, hi):
                if b >= hi or (a < mid and keys[a] <= keys[b]):
                    spare[t] = keys[a]
                    a += 1
                else:
                    spare[t] = keys[b]
                    b += 1
            lo = hi
        for t in range(n):
            keys[t] = spare[t]
        width *= 2
    free(spare)


def main() -> None:
    n = N
    starts = new_array(n)
    ends = new_array(n)
    fill_intervals(starts, ends, n)
    scale = 32 * n
    keys = new_array(n)
    for i in range(n):
        keys[i] = ends[i] * scale + starts[i]
    merge_sort(keys, n)
    chosen = 0
    last_end = 0
    h = 0
    for t in range(n):
        stop = keys[t] // scale
        begin = keys[t] % scale
        if begin >= last_end:
            chosen += 1
            last_end = stop
            h = (h * 31 + stop) % 1000000007
    print(chosen)
    print(last_end)
    print(h)
