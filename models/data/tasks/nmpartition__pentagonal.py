# ruff: noqa
"""family=numerics cost=n*sqrt(n)*2 sizes=100,300,1000,3000,10000,30000,100000,300000"""


def main() -> None:
    n = N
    modulus = 1000000007
    ways = new_array(n + 1)
    ways[0] = 1
    for total in range(1, n + 1):
        value = 0
        k = 1
        pentagonal = 1
        while pentagonal <= total:
            term = ways[total - pentagonal]
            if pentagonal + k <= total:
                term = (term + ways[total - pentagonal - k]) % modulus
            if k % 2 == 1:
                value = (value + term) % modulus
            else:
                value = (value + modulus - term) % modulus
            k += 1
            pentagonal = k * (3 * k - 1) // 2
        ways[total] = value
    running = 0
    for size in range(n + 1):
        running = (running + ways[size] * (size % 1000 + 1)) % modulus
    print(ways[n])
    print(ways[n // 2])
    print(running)
