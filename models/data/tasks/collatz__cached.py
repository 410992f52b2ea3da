# ruff: noqa
"""family=numerics cost=n*15 sizes=1000,10000,100000,1000000,3000000"""


def main() -> None:
    n = N
    cache = new_array(n + 1)
    best = 0
    best_start = 1
    for k in range(2, n + 1):
        v = k
        steps = 0
        while v >= k:
            if v % 2 == 0:
                v = v // 2
            else:
                v = 3 * v + 1
            steps += 1
        total = steps + cache[v]
        cache[k] = total
        if total > best:
            best = total
            best_start = k
    print(best_start)
    print(best)
