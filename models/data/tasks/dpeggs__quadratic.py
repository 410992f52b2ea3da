# ruff: noqa
"""family=dynamic-programming cost=n*n*3/2 sizes=100,300,1000,3000,10000,15000"""


def main() -> None:
    n = N
    eggs = 4
    width = n + 1
    drops = new_array((eggs + 1) * width)
    for f in range(width):
        drops[width + f] = f
    for e in range(2, eggs + 1):
        for f in range(1, width):
            best = f
            for k in range(1, f + 1):
                worst = 1 + max(drops[(e - 1) * width + k - 1], drops[e * width + f - k])
                best = min(best, worst)
            drops[e * width + f] = best
    two = 0
    last = 0
    for f in range(width):
        two = (two + drops[2 * width + f]) % 1000000007
        last = (last + drops[eggs * width + f] * (f % 100 + 1)) % 1000000007
    print(drops[eggs * width + n])
    print(two)
    print(last)
