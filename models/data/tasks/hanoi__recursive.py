# ruff: noqa
"""family=recursion cost=2**n*2 sizes=10,14,17,20,22,24"""


def hanoi(disks: int, source: int, target: int, spare: int, towers: list[int]) -> int:
    moves = 0
    if disks > 0:
        moves += hanoi(disks - 1, source, spare, target, towers)
        towers[source] -= 1
        towers[target] += 1
        moves += 1
        moves += hanoi(disks - 1, spare, target, source, towers)
    return moves


def main() -> None:
    towers = new_array(3)
    towers[0] = N
    print(hanoi(N, 0, 2, 1, towers))
    print(towers[2])
