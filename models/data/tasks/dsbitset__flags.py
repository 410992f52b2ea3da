# ruff: noqa
"""family=searching cost=n*20 sizes=1000,10000,100000,300000,1000000,3000000"""


def main() -> None:
    n = N
    universe = 4 * n
    present = new_array(universe)
    distinct = 0
    x = 1618
    for i in range(n):
        x = x * 48271 % 2147483647
        value = x % universe
        if present[value] == 0:
            distinct += 1
            present[value] = 1
    hits = 0
    h = 0
    for q in range(n):
        x = x * 48271 % 2147483647
        target = x % universe
        if present[target] == 1:
            hits += 1
            h = (h * 31 + target) % 1000000007
    print(distinct)
    print(hits)
    print(h)
