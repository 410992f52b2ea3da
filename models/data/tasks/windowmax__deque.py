# ruff: noqa
"""family=arrays cost=n*5 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 1000000


def main() -> None:
    n = N
    width = 64
    values = new_array(n)
    fill_random(values, n, 4711)
    window = new_array(n)
    head = 0
    tail = 0
    total = 0
    changes = 0
    previous = -1
    for i in range(n):
        while tail > head and values[window[tail - 1]] <= values[i]:
            tail -= 1
        window[tail] = i
        tail += 1
        if window[head] <= i - width:
            head += 1
        if i >= width - 1:
            best = values[window[head]]
            total = (total + best) % 1000000007
            if best != previous:
                changes += 1
            previous = best
    print(total)
    print(changes)
