# ruff: noqa
"""family=dynamic-programming cost=n*n*30 sizes=30,100,300,1000,2000,3000"""


def main() -> None:
    n = N
    modulus = 1000000007
    blocked = new_array(n * n)
    x = 8675309
    for cell in range(n * n):
        x = x * 48271 % 2147483647
        if x % 100 < 12:
            blocked[cell] = 1
    blocked[0] = 0
    blocked[n * n - 1] = 0
    paths = new_array(n * n)
    paths[0] = 1
    for r in range(n):
        for c in range(n):
            cell = r * n + c
            if blocked[cell] == 0 and cell > 0:
                ways = 0
                if r > 0:
                    ways = paths[cell - n]
                if c > 0:
                    ways = (ways + paths[cell - 1]) % modulus
                paths[cell] = ways
    reachable = 0
    bottom = 0
    for cell in range(n * n):
        if paths[cell] > 0:
            reachable += 1
    for c in range(n):
        bottom = (bottom + paths[(n - 1) * n + c]) % modulus
    print(paths[n * n - 1])
    print(reachable)
    print(bottom)
