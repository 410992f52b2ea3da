# ruff: noqa
"""family=scheduling cost=n*n/50 sizes=1000,3000,10000,30000,60000,100000"""


def main() -> None:
    n = N
    capacity = 1000
    room = new_array(n)
    bins = 0
    x = 1729
    for i in range(n):
        x = x * 48271 % 2147483647
        item = 1 + x % 600
        b = 0
        while b < bins and room[b] < item:
            b += 1
        if b == bins:
            room[b] = capacity
            bins += 1
        room[b] -= item
    waste = 0
    for k in range(bins):
        waste = (waste + room[k] * room[k]) % 1000000007
    print(bins)
    print(waste)
