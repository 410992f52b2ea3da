# ruff: noqa
"""family=objects cost=n*n/100 sizes=1000,3000,10000,30000,100000,200000"""


def insert_sorted(items: list[int], size: int, value: int) -> int:
    i = size
    while i > 0 and items[i - 1] < value:
        items[i] = items[i - 1]
        i -= 1
    items[i] = value
    return size + 1


def main() -> None:
    n = N
    items = new_array(n)
    size = 0
    popped = 0
    h = 0
    x = 777
    for i in range(n):
        x = x * 48271 % 2147483647
        if x % 5 < 3 or size == 0:
            size = insert_sorted(items, size, x % 1000000)
        else:
            size -= 1
            smallest = items[size]
            popped += 1
            h = (h * 31 + smallest) % 1000000007
    print(h)
    print(popped)
    print(size)
