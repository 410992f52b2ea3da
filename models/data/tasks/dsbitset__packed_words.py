# ruff: noqa
"""family=searching cost=n*20 sizes=1000,10000,100000,1000000,3000000,10000000"""


def main() -> None:
    n = N
    universe = 4 * n
    bit = new_array(32)
    bit[0] = 1
    for k in range(1, 32):
        bit[k] = bit[k - 1] * 2
    words = new_array(universe // 32 + 1)
    distinct = 0
    x = 1618
    for i in range(n):
        x = x * 48271 % 2147483647
        value = x % universe
        mask = bit[value % 32]
        if (words[value // 32] & mask) == 0:
            distinct += 1
            words[value // 32] = words[value // 32] | mask
    hits = 0
    h = 0
    for q in range(n):
        x = x * 48271 % 2147483647
        target = x % universe
        if (words[target // 32] & bit[target % 32]) != 0:
            hits += 1
            h = (h * 31 + target) % 1000000007
    print(distinct)
    print(hits)
    print(h)
