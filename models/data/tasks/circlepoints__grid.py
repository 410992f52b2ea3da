# ruff: noqa
"""family=geometry cost=n*n sizes=100,300,1000,3000,6000,12000,20000"""


def main() -> None:
    radius = N
    limit = radius * radius
    count = 0
    moment = 0
    for x in range(radius + 1):
        for y in range(radius + 1):
            if x * x + y * y <= limit:
                count += 1
                moment += x + y
        moment = moment % 1000000007
    print(count)
    print(moment)
