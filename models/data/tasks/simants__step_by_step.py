# ruff: noqa
"""family=simulation cost=n*500*5 sizes=100,300,1000,3000,10000,30000,100000"""


def main() -> None:
    n = N
    length = 4 * n
    ring = 2 * length
    ticks = 500
    position = new_array(n)
    heading = new_array(n)
    ants = 0
    x = 9999
    for cell in range(length):
        x = x * 48271 % 2147483647
        if x % 4 == 0 and ants < n:
            position[ants] = 2 * cell
            heading[ants] = x // 4 % 2
            ants += 1
    occupant = new_array(ring)
    for t in range(ticks):
        for a in range(ants):
            if heading[a] == 1:
                position[a] = (position[a] + 1) % ring
            else:
                position[a] = (position[a] + ring - 1) % ring
        for a in range(ants):
            other = occupant[position[a]]
            if other == 0:
                occupant[position[a]] = a + 1
            else:
                heading[a] = 1 - heading[a]
                heading[other - 1] = 1 - heading[other - 1]
        for a in range(ants):
            occupant[position[a]] = 0
    total = 0
    squares = 0
    first_half = 0
    rightward = 0
    for a in range(ants):
        total = (total + position[a]) % 1000000007
        squares = (squares + position[a] * position[a]) % 1000000007
        if position[a] < length:
            first_half += 1
        rightward += heading[a]
    print(ants)
    print(total)
    print(squares)
    print(first_half)
    print(rightward)
