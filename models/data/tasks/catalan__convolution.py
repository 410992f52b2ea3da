# ruff: noqa
"""family=combinatorics cost=n*n sizes=100,300,1000,3000,10000,15000,25000"""


def main() -> None:
    n = N
    prime = 90000049
    catalan = new_array(n + 1)
    catalan[0] = 1
    for i in range(1, n + 1):
        acc = 0
        for j in range(i):
            acc = (acc + catalan[j] * catalan[i - 1 - j]) % prime
        catalan[i] = acc
    total = 0
    weighted = 0
    for i in range(n + 1):
        total = (total + catalan[i]) % prime
        weighted = (weighted + catalan[i] * (i % 7 + 1)) % prime
    print(total)
    print(weighted)
