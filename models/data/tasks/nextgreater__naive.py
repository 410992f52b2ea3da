# ruff: noqa
"""family=arrays cost=n*n/16 sizes=300,1000,3000,10000,30000,100000"""


def fill_falling(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = (n - i) * 8 + x % 1000


def next_greater(values: list[int], n: int, answer: list[int]) -> None:
    for i in range(n):
        j = i + 1
        while j < n and values[j] <= values[i]:
            j += 1
        answer[i] = j


def main() -> None:
    n = N
    values = new_array(n)
    fill_falling(values, n, 1234567)
    answer = new_array(n)
    next_greater(values, n, answer)
    total = 0
    without = 0
    for i in range(n):
        if answer[i] == n:
            without += 1
        total = (total + (answer[i] - i) * (i % 1000 + 1)) % 1000000007
    print(total)
    print(without)
