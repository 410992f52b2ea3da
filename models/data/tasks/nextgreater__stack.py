# ruff: noqa
"""family=arrays cost=n*5 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_falling(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = (n - i) * 8 + x % 1000


def next_greater(values: list[int], n: int, answer: list[int]) -> None:
    stack = new_array(n)
    depth = 0
    for i in range(n):
        while depth > 0 and values[stack[depth - 1]] < values[i]:
            depth -= 1
            answer[stack[depth]] = i
        stack[depth] = i
        depth += 1
    while depth > 0:
        depth -= 1
        answer[stack[depth]] = n
    free(stack)


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
