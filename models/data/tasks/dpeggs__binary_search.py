# ruff: noqa
"""family=dynamic-programming cost=n*70 sizes=100,1000,10000,100000,300000,1000000,2000000"""


def main() -> None:
    n = N
    eggs = 4
    width = n + 1
    drops = new_array((eggs + 1) * width)
    for f in range(width):
        drops[width + f] = f
    for e in range(2, eggs + 1):
        below = (e - 1) * width
        here = e * width
        for f in range(1, width):
            low = 1
            high = f
            while low < high:
                middle = (low + high) // 2
                if drops[below + middle - 1] >= drops[here + f - middle]:
                    high = middle
                else:
                    low = middle + 1
            best = 1 + max(drops[below + low - 1], drops[here + f - low])
            if low > 1:
                best = min(best, 1 + max(drops[below + low - 2], drops[here + f - low + 1]))
            drops[here + f] = best
    two = 0
    last = 0
    for f in range(width):
        two = (two + drops[2 * width + f]) % 1000000007
        last = (last + drops[eggs * width + f] * (f % 100 + 1)) % 1000000007
    print(drops[eggs * width + n])
    print(two)
    print(last)
