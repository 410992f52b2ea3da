# ruff: noqa
"""family=numerics cost=n*3 sizes=1000,10000,100000,300000,1000000,3000000,10000000"""


def digit_square_sum(value: int) -> int:
    total = 0
    rest = value
    while rest > 0:
        digit = rest % 10
        total += digit * digit
        rest = rest // 10
    return total


def fill_small(happy: list[int], limit: int) -> None:
    stamp = new_array(limit + 1)
    for v in range(1, limit + 1):
        current = v
        while current != 1 and stamp[current] != v:
            stamp[current] = v
            current = digit_square_sum(current)
        if current == 1:
            happy[v] = 1
    free(stamp)


def main() -> None:
    n = N
    limit = 810
    happy = new_array(limit + 1)
    fill_small(happy, limit)
    count = 0
    total = 0
    largest_gap = 0
    previous = 0
    for i in range(1, n + 1):
        if happy[digit_square_sum(i)] == 1:
            count += 1
            total = (total + i) % 1000000007
            largest_gap = max(largest_gap, i - previous)
            previous = i
    print(count)
    print(total)
    print(largest_gap)
