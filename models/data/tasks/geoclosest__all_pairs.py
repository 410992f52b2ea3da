# ruff: noqa
"""family=geometry cost=n*n/3 sizes=100,300,1000,3000,10000,20000"""


def fill_square(xs: list[int], ys: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        xs[i] = x % 131072
        x = x * 48271 % 2147483647
        ys[i] = x % 131072


def main() -> None:
    n = N
    xs = new_array(n)
    ys = new_array(n)
    fill_square(xs, ys, n, 1618)
    best = 4398046511104
    ties = 0
    pair_code = 0
    for i in range(n):
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            d = dx * dx + dy * dy
            if d <= best:
                low = min(xs[i] * 131072 + ys[i], xs[j] * 131072 + ys[j])
                high = max(xs[i] * 131072 + ys[i], xs[j] * 131072 + ys[j])
                code = (low % 1000000007 * 1000003 + high) % 1000000007
                if d < best:
                    best = d
                    ties = 1
                    pair_code = code
                else:
                    ties += 1
                    pair_code = min(pair_code, code)
    print(best)
    print(ties)
    print(pair_code)
