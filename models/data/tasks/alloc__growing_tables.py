# ruff: noqa
"""family=allocation cost=n*n/2 sizes=100,300,1000,3000,6000"""


def main() -> None:
    n = N
    total = 0
    for size in range(1, n + 1):
        table = new_array(size)
        for i in range(size):
            table[i] = i * size % 1009
        total = (total + table[size // 2]) % 1000000007
        free(table)
    print(total)
