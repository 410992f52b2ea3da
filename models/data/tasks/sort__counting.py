# ruff: noqa
"""family=sorting cost=n*4 sizes=1000,10000,100000,1000000,3000000"""


def main() -> None:
    n = N
    limit = 65536
    counts = new_array(limit)
    x = 31337
    for i in range(n):
        x = x * 48271 % 2147483647
        counts[x % limit] += 1
    h = 0
    pos = 0
    for v in range(limit):
        c = counts[v]
        while c > 0:
            h = (h * 31 + v) % 1000000007
            pos += 1
            c -= 1
    print(h)
    print(pos)
