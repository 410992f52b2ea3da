# ruff: noqa
"""family=dynamic-programming cost=n*20 sizes=1000,10000,100000,1000000,3000000"""


def main() -> None:
    n = N
    tails = new_array(n)
    size = 0
    x = 71
    for i in range(n):
        x = x * 48271 % 2147483647
        v = x % 100000
        lo = 0
        hi = size
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < v:
                lo = mid + 1
            else:
                hi = mid
        tails[lo] = v
        if lo == size:
            size += 1
    print(size)
