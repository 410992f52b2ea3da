# ruff: noqa
"""family=searching cost=n*n/10 sizes=300,1000,3000,10000,20000"""


def main() -> None:
    n = N
    values = new_array(n)
    for i in range(n):
        values[i] = i * 7 % 1000
    shift = n // 10
    for s in range(shift):
        first = values[0]
        for i in range(n - 1):
            values[i] = values[i + 1]
        values[n - 1] = first
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    print(h)
