# ruff: noqa
"""family=objects cost=n*12 sizes=1000,10000,100000,1000000,3000000,10000000"""


def move_bottom_half(source: list[int], target: list[int], count: int) -> None:
    moved = (count + 1) // 2
    for j in range(moved):
        target[j] = source[moved - 1 - j]
    for i in range(count - moved):
        source[i] = source[i + moved]


def main() -> None:
    n = N
    front = new_array(n)
    back = new_array(n)
    front_size = 0
    back_size = 0
    pops = 0
    empty_pops = 0
    h = 0
    x = 2024
    for step in range(n):
        x = x * 48271 % 2147483647
        op = x % 4
        value = x // 4 % 1000000
        if op == 0:
            back[back_size] = value
            back_size += 1
        elif op == 1:
            front[front_size] = value
            front_size += 1
        elif front_size + back_size == 0:
            empty_pops += 1
        elif op == 2:
            if back_size == 0:
                move_bottom_half(front, back, front_size)
                back_size = (front_size + 1) // 2
                front_size -= back_size
            back_size -= 1
            h = (h * 31 + back[back_size]) % 1000000007
            pops += 1
        else:
            if front_size == 0:
                move_bottom_half(back, front, back_size)
                front_size = (back_size + 1) // 2
                back_size -= front_size
            front_size -= 1
            h = (h * 31 + front[front_size]) % 1000000007
            pops += 1
    print(h)
    print(pops)
    print(empty_pops)
    print(front_size + back_size)
