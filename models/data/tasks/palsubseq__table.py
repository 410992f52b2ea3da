# ruff: noqa
"""family=dynamic-programming cost=n*n/2*2 sizes=100,300,1000,2000,3000"""


def fill_text(text: list[int], n: int) -> None:
    x = 19
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = x % 4


def main() -> None:
    n = N
    text = new_array(n)
    fill_text(text, n)
    length = new_array(n * n)
    i = n - 1
    while i >= 0:
        length[i * n + i] = 1
        for j in range(i + 1, n):
            if text[i] == text[j]:
                length[i * n + j] = length[(i + 1) * n + j - 1] + 2
            else:
                length[i * n + j] = max(length[(i + 1) * n + j], length[i * n + j - 1])
        i -= 1
    total = 0
    for j in range(n):
        total = (total + length[j] * (j + 1)) % 1000000007
    print(length[n - 1])
    print(total)
