# ruff: noqa
"""family=simulation cost=n*n*1.5 sizes=100,300,1000,3000,6000,10000,20000"""


def main() -> None:
    width = N
    steps = N
    rule = new_array(8)
    code = 110
    for k in range(8):
        rule[k] = code % 2
        code = code // 2
    cells = new_array(width)
    fresh = new_array(width)
    x = 3
    for i in range(width):
        x = x * 48271 % 2147483647
        cells[i] = x % 2
    for step in range(steps):
        for i in range(width):
            left = cells[(i + width - 1) % width]
            right = cells[(i + 1) % width]
            fresh[i] = rule[left * 4 + cells[i] * 2 + right]
        for i in range(width):
            cells[i] = fresh[i]
    population = 0
    signature = 0
    for i in range(width):
        population += cells[i]
        signature = (signature * 2 + cells[i]) % 1000000007
    print(population)
    print(signature)
