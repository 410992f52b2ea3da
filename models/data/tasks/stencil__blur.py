# ruff: noqa
"""family=simulation cost=n*n*10 sizes=30,100,300,1000,2000"""


def main() -> None:
    side = N
    image = new_array(side * side)
    out = new_array(side * side)
    x = 3
    for i in range(side * side):
        x = x * 48271 % 2147483647
        image[i] = x % 256
    for r in range(1, side - 1):
        for c in range(1, side - 1):
            s = 0
            for dr in range(3):
                for dc in range(3):
                    s += image[(r + dr - 1) * side + c + dc - 1]
            out[r * side + c] = s // 9
    h = 0
    for i in range(side * side):
        h = (h * 31 + out[i]) % 1000000007
    print(h)
