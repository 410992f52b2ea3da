# ruff: noqa
"""family=searching cost=n*6 sizes=1000,10000,100000,1000000,5000000"""


def reverse(values: list[int], lo: int, hi: int) -> None:
    i = lo
    j = hi - 1
    while i < j:
        tmp = values[i]
        values[i] = values[j]
        values[j] = tmp
        i += 1
        j -= 1


def main() -> None:
    n = N
    values = new_array(n)
    for i in range(n):
        values[i] = i * 7 % 1000
    shift = n // 10
    reverse(values, 0, shift)
    reverse(values, shift, n)
    reverse(values, 0, n)
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    print(h)
