# ruff: noqa
"""family=graphs cost=n*n*6 sizes=30,100,300,1000,2000"""


def main() -> None:
    side = N
    cells = side * side
    wall = new_array(cells)
    x = 17
    for i in range(cells):
        x = x * 48271 % 2147483647
        if x % 100 < 25:
            wall[i] = 1
    wall[0] = 0
    dist = new_array(cells)
    for i in range(cells):
        dist[i] = -1
    queue = new_array(cells)
    head = 0
    tail = 0
    queue[tail] = 0
    tail += 1
    dist[0] = 0
    reached = 0
    far = 0
    while head < tail:
        cell = queue[head]
        head += 1
        reached += 1
        far = max(far, dist[cell])
        row = cell // side
        col = cell % side
        if row > 0 and wall[cell - side] == 0 and dist[cell - side] < 0:
            dist[cell - side] = dist[cell] + 1
            queue[tail] = cell - side
            tail += 1
        if row < side - 1 and wall[cell + side] == 0 and dist[cell + side] < 0:
            dist[cell + side] = dist[cell] + 1
            queue[tail] = cell + side
            tail += 1
        if col > 0 and wall[cell - 1] == 0 and dist[cell - 1] < 0:
            dist[cell - 1] = dist[cell] + 1
            queue[tail] = cell - 1
            tail += 1
        if col < side - 1 and wall[cell + 1] == 0 and dist[cell + 1] < 0:
            dist[cell + 1] = dist[cell] + 1
            queue[tail] = cell + 1
            tail += 1
    print(reached)
    print(far)
