# ruff: noqa
"""family=searching cost=n*n*32 sizes=100,200,500,1000,2000,3000"""


def fill_weights(weights: list[int], n: int) -> None:
    x = 8191
    for i in range(n):
        x = x * 48271 % 2147483647
        weights[i] = 1 + x % 1000


def days_needed(weights: list[int], n: int, capacity: int) -> int:
    days = 1
    load = 0
    for i in range(n):
        if load + weights[i] > capacity:
            days += 1
            load = 0
        load += weights[i]
    return days


def main() -> None:
    n = N
    days = 16
    weights = new_array(n)
    fill_weights(weights, n)
    heaviest = 0
    total = 0
    for i in range(n):
        heaviest = max(heaviest, weights[i])
        total += weights[i]
    capacity = heaviest
    while days_needed(weights, n, capacity) > days:
        capacity += 1
    print(capacity)
    print(days_needed(weights, n, capacity))
    print(total)
