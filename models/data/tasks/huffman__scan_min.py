# ruff: noqa
"""family=encoding cost=n*n*2/3 sizes=100,300,1000,3000,10000,20000"""


def fill_weights(weights: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        weights[i] = 1 + x % 1000


def take_smallest(pool: list[int], alive: list[int], size: int) -> int:
    best = 0 - 1
    for i in range(size):
        if alive[i] == 1 and (best < 0 or pool[i] < pool[best]):
            best = i
    alive[best] = 0
    return best


def main() -> None:
    n = N
    pool = new_array(2 * n)
    alive = new_array(2 * n)
    fill_weights(pool, n, 31337)
    for i in range(n):
        alive[i] = 1
    size = n
    total = 0
    for step in range(n - 1):
        a = take_smallest(pool, alive, size)
        b = take_smallest(pool, alive, size)
        pool[size] = pool[a] + pool[b]
        alive[size] = 1
        total += pool[size]
        size += 1
    print(total)
    print(pool[size - 1])
