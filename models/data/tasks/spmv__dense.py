# ruff: noqa
"""family=arrays cost=n*n*5 sizes=100,300,1000,2000,3000"""


def main() -> None:
    n = N
    p = 1000003
    per_row = 8
    rounds = 10
    matrix = new_array(n * n)
    x = 4321
    for r in range(n):
        for k in range(per_row):
            x = x * 48271 % 2147483647
            c = x % n
            x = x * 48271 % 2147483647
            matrix[r * n + c] = (matrix[r * n + c] + 1 + x % 1000) % p
    vector = new_array(n)
    product = new_array(n)
    for i in range(n):
        vector[i] = i % 97 + 1
    for round in range(rounds):
        for r in range(n):
            acc = 0
            for c in range(n):
                acc += matrix[r * n + c] * vector[c]
            product[r] = acc % p
        for i in range(n):
            vector[i] = product[i]
    h = 0
    for i in range(n):
        h = (h * 31 + vector[i]) % p
    print(vector[0])
    print(h)
