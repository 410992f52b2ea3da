# ruff: noqa
"""family=numerics cost=n*6 sizes=1000,10000,100000,1000000,10000000"""


def main() -> None:
    n = N
    phi = new_array(n + 1)
    for k in range(n + 1):
        phi[k] = k
    for p in range(2, n + 1):
        if phi[p] == p:
            multiple = p
            while multiple <= n:
                phi[multiple] -= phi[multiple] // p
                multiple += p
    total = 0
    weighted = 0
    for k in range(1, n + 1):
        total += phi[k]
        weighted = (weighted + phi[k] * (k % 10 + 1)) % 1000000007
    print(total)
    print(weighted)
