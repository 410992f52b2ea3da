# ruff: noqa
"""family=arrays cost=n*230 sizes=100,300,1000,2000,3000,10000,100000,1000000"""


def main() -> None:
    n = N
    p = 1000003
    per_row = 8
    rounds = 10
    row_start = new_array(n + 1)
    cols = new_array(n * per_row)
    weights = new_array(n * per_row)
    x = 4321
    for r in range(n):
        for k in range(per_row):
            x = x * 48271 % 2147483647
            cols[r * per_row + k] = x % n
            x = x * 48271 % 2147483647
            weights[r * per_row + k] = 1 + x % 1000
        row_start[r + 1] = (r + 1) * per_row
    vector = new_array(n)
    product = new_array(n)
    for i in range(n):
        vector[i] = i % 97 + 1
    for round in range(rounds):
        for r in range(n):
            acc = 0
            for e in range(row_start[r], row_start[r + 1]):
                acc += weights[e] * vector[cols[e]]
            product[r] = acc % p
        for i in range(n):
            vector[i] = product[i]
    h = 0
    for i in range(n):
        h = (h * 31 + vector[i]) % p
    print(vector[0])
    print(h)
