# ruff: noqa
"""family=dynamic-programming cost=n*n*6 sizes=30,100,300,1000,3000,7000"""


def main() -> None:
    n = N
    modulus = 1000000007
    paths = new_array(n)
    x = 8675309
    reachable = 0
    for r in range(n):
        for c in range(n):
            x = x * 48271 % 2147483647
            blocked = 0
            if x % 100 < 12:
                blocked = 1
            if r == n - 1 and c == n - 1:
                blocked = 0
            if r == 0 and c == 0:
                paths[c] = 1
            elif blocked == 1:
                paths[c] = 0
            elif c > 0:
                paths[c] = (paths[c] + paths[c - 1]) % modulus
            if paths[c] > 0:
                reachable += 1
    bottom = 0
    for c in range(n):
        bottom = (bottom + paths[c]) % modulus
    print(paths[n - 1])
    print(reachable)
    print(bottom)
