# ruff: noqa
"""family=numerics cost=n*50 sizes=1000,10000,100000,300000,1000000,3000000"""


def digit_square_sum(value: int) -> int:
    total = 0
    rest = value
    while rest > 0:
        digit = rest % 10
        total += digit * digit
        rest = rest // 10
    return total


def is_happy(start: int) -> int:
    slow = start
    fast = digit_square_sum(start)
    while fast != 1 and slow != fast:
        slow = digit_square_sum(slow)
        fast = digit_square_sum(digit_square_sum(fast))
    result = 0
    if fast == 1:
        result = 1
    return result


def main() -> None:
    n = N
    count = 0
    total = 0
    largest_gap = 0
    previous = 0
    for i in range(1, n + 1):
        if is_happy(i) == 1:
            count += 1
            total = (total + i) % 1000000007
            largest_gap = max(largest_gap, i - previous)
            previous = i
    print(count)
    print(total)
    print(largest_gap)
