# ruff: noqa
"""family=objects cost=n*n/4 sizes=1000,2000,5000,10000,20000,40000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def main() -> None:
    n = N
    values = new_array(n)
    fill_random(values, n, 2718)
    x = 31337
    h = 0
    updates = 0
    for step in range(n):
        x = x * 48271 % 2147483647
        a = x % n
        x = x * 48271 % 2147483647
        b = x % n
        if x % 4 == 0:
            x = x * 48271 % 2147483647
            values[a] = x % 1000000
            updates += 1
        else:
            lo = min(a, b)
            hi = max(a, b)
            best = values[lo]
            for i in range(lo + 1, hi + 1):
                best = min(best, values[i])
            h = (h * 31 + best) % 1000000007
    overall = values[0]
    for i in range(1, n):
        overall = min(overall, values[i])
    print(h)
    print(updates)
    print(overall)
