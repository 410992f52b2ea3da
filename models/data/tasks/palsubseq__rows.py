# ruff: noqa
"""family=dynamic-programming cost=n*n sizes=100,300,1000,3000,10000,20000"""


def fill_text(text: list[int], n: int) -> None:
    x = 19
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = x % 4


def main() -> None:
    n = N
    text = new_array(n)
    fill_text(text, n)
    below = new_array(n)
    row = new_array(n)
    i = n - 1
    while i >= 0:
        row[i] = 1
        for j in range(i + 1, n):
            if text[i] == text[j]:
                row[j] = below[j - 1] + 2
            else:
                row[j] = max(below[j], row[j - 1])
        for j in range(i, n):
            below[j] = row[j]
        i -= 1
    total = 0
    for j in range(n):
        total = (total + row[j] * (j + 1)) % 1000000007
    print(row[n - 1])
    print(total)
