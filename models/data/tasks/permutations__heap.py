# ruff: noqa
"""family=recursion cost=2.718*factorial(n) sizes=6,7,8,9,10"""


def permute(items: list[int], k: int, n: int) -> int:
    total = 0
    if k == 1:
        value = 0
        for i in range(n):
            value = value * 10 + items[i]
        total = value % 1000
    else:
        total += permute(items, k - 1, n)
        for i in range(k - 1):
            if k % 2 == 0:
                tmp = items[i]
                items[i] = items[k - 1]
                items[k - 1] = tmp
            else:
                tmp = items[0]
                items[0] = items[k - 1]
                items[k - 1] = tmp
            total += permute(items, k - 1, n)
    return total


def main() -> None:
    n = N
    items = new_array(n)
    for i in range(n):
        items[i] = i
    print(permute(items, n, n))
