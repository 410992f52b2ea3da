# ruff: noqa
"""family=dynamic-programming cost=n*n sizes=100,300,1000,2000,3000,5000"""


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
    prev = new_array(n + 1)
    cur = new_array(n + 1)
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if first[i - 1] == second[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        for j in range(n + 1):
            prev[j] = cur[j]
    print(prev[n])
