# ruff: noqa
"""family=geometry cost=n*5 sizes=100,1000,10000,100000,1000000,10000000,50000000"""


def main() -> None:
    radius = N
    limit = radius * radius
    count = 0
    moment = 0
    y = radius
    for x in range(radius + 1):
        while x * x + y * y > limit:
            y -= 1
        count += y + 1
        moment = (moment + (y + 1) * x % 1000000007 + y * (y + 1) // 2) % 1000000007
    print(count)
    print(moment)
