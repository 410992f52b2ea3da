# ruff: noqa
"""family=games cost=n*15 sizes=1000,10000,100000,300000,1000000,3000000"""


def fill_moves(moves: list[int], count: int) -> None:
    x = 1234567
    for k in range(count):
        x = x * 48271 % 2147483647
        moves[k] = 1 + x % 60


def smallest_missing(reach: list[int], size: int) -> int:
    candidate = 0
    found = 1
    while found == 1:
        found = 0
        for k in range(size):
            if reach[k] == candidate:
                found = 1
        if found == 1:
            candidate += 1
    return candidate


def main() -> None:
    n = N
    move_count = 20
    moves = new_array(move_count)
    fill_moves(moves, move_count)
    grundy = new_array(n)
    reach = new_array(move_count)
    losing = 0
    highest = 0
    h = 0
    for i in range(n):
        size = 0
        for k in range(move_count):
            if moves[k] <= i:
                reach[size] = grundy[i - moves[k]]
                size += 1
        grundy[i] = smallest_missing(reach, size)
        if grundy[i] == 0:
            losing += 1
        highest = max(highest, grundy[i])
        h = (h * 31 + grundy[i]) % 1000000007
    print(losing)
    print(highest)
    print(h)
