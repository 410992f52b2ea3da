# ruff: noqa
"""family=arrays cost=n*64 sizes=1000,10000,100000,1000000,3000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def main() -> None:
    n = N
    width = 64
    values = new_array(n)
    fill_random(values, n, 4711)
    total = 0
    changes = 0
    previous = -1
    for end in range(width, n + 1):
        best = values[end - width]
        for j in range(end - width + 1, end):
            best = max(best, values[j])
        total = (total + best) % 1000000007
        if best != previous:
            changes += 1
        previous = best
    print(total)
    print(changes)
