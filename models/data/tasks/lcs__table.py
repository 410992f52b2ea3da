# ruff: noqa
"""family=dynamic-programming cost=n*n sizes=100,300,1000,2000,3000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = x % 4


def main() -> None:
    n = N
    first = new_array(n)
    second = new_array(n)
    fill_text(first, n, 11)
    fill_text(second, n, 23)
    width = n + 1
    table = new_array(width * width)
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if first[i - 1] == second[j - 1]:
                table[i * width + j] = table[(i - 1) * width + j - 1] + 1
            else:
                table[i * width + j] = max(table[(i - 1) * width + j], table[i * width + j - 1])
    print(table[n * width + n])
