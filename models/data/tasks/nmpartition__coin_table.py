# ruff: noqa
"""family=numerics cost=n*n/2 sizes=100,300,1000,3000,10000,30000"""


def main() -> None:
    n = N
    modulus = 1000000007
    ways = new_array(n + 1)
    ways[0] = 1
    for part in range(1, n + 1):
        for total in range(part, n + 1):
            ways[total] = (ways[total] + ways[total - part]) % modulus
    running = 0
    for size in range(n + 1):
        running = (running + ways[size] * (size % 1000 + 1)) % modulus
    print(ways[n])
    print(ways[n // 2])
    print(running)
