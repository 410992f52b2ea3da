# ruff: noqa
"""family=simulation cost=n*n*n/2*9 sizes=20,50,100,200,300"""


def main() -> None:
    side = N
    steps = N // 2
    cells = new_array(side * side)
    nxt = new_array(side * side)
    x = 2
    for i in range(side * side):
        x = x * 48271 % 2147483647
        if x % 3 == 0:
            cells[i] = 1
    for step in range(steps):
        for r in range(side):
            for c in range(side):
                alive = 0
                for dr in range(3):
                    for dc in range(3):
                        if dr != 1 or dc != 1:
                            rr = (r + dr + side - 1) % side
                            cc = (c + dc + side - 1) % side
                            alive += cells[rr * side + cc]
                me = cells[r * side + c]
                if alive == 3 or (me == 1 and alive == 2):
                    nxt[r * side + c] = 1
                else:
                    nxt[r * side + c] = 0
        for i in range(side * side):
            cells[i] = nxt[i]
    population = 0
    for i in range(side * side):
        population += cells[i]
    print(population)
