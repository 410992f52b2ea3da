# ruff: noqa
"""family=allocation cost=n*256*3 sizes=100,1000,10000,30000,100000"""


def main() -> None:
    n = N
    width = 256
    total = 0
    buffer = new_array(width)
    for round in range(n):
        for i in range(width):
            buffer[i] = (round + i) % 97
        for i in range(1, width):
            buffer[i] += buffer[i - 1]
        total = (total + buffer[width - 1]) % 1000000007
    print(total)
