# ruff: noqa
"""family=simulation cost=n*5 sizes=10000,100000,1000000,5000000"""


def main() -> None:
    n = N
    side = 1000
    visits = new_array(side * side)
    row = side // 2
    col = side // 2
    x = 8
    farthest = 0
    for step in range(n):
        x = x * 48271 % 2147483647
        move = x % 4
        if move == 0:
            row = (row + 1) % side
        elif move == 1:
            row = (row + side - 1) % side
        elif move == 2:
            col = (col + 1) % side
        else:
            col = (col + side - 1) % side
        visits[row * side + col] += 1
        farthest = max(farthest, abs(row - side // 2) + abs(col - side // 2))
    seen = 0
    for i in range(side * side):
        if visits[i] > 0:
            seen += 1
    print(seen)
    print(farthest)
