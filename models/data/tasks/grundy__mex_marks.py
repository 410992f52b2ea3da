# ruff: noqa
"""family=games cost=n*5 sizes=1000,10000,100000,300000,1000000,3000000,10000000"""


def fill_moves(moves: list[int], count: int) -> None:
    x = 1234567
    for k in range(count):
        x = x * 48271 % 2147483647
        moves[k] = 1 + x % 60


def main() -> None:
    n = N
    move_count = 20
    moves = new_array(move_count)
    fill_moves(moves, move_count)
    grundy = new_array(n)
    seen_at = new_array(move_count + 2)
    losing = 0
    highest = 0
    h = 0
    for i in range(n):
        for k in range(move_count):
            if moves[k] <= i:
                seen_at[grundy[i - moves[k]]] = i + 1
        candidate = 0
        while seen_at[candidate] == i + 1:
            candidate += 1
        grundy[i] = candidate
        if candidate == 0:
            losing += 1
        highest = max(highest, candidate)
        h = (h * 31 + candidate) % 1000000007
    print(losing)
    print(highest)
    print(h)
