# ruff: noqa
"""family=searching cost=n*40 sizes=1000,10000,100000,1000000,3000000,10000000"""


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
    lo = heaviest
    hi = total
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(weights, n, mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    capacity = lo
    print(capacity)
    print(days_needed(weights, n, capacity))
    print(total)
