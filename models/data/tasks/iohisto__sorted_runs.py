# ruff: noqa
"""family=io cost=n*n**0.2*20 sizes=1000,10000,100000,300000,1000000"""


def sift_down(values: list[int], start: int, size: int) -> None:
    i = start
    child = 2 * i + 1
    while child < size:
        if child + 1 < size and values[child + 1] > values[child]:
            child += 1
        if values[child] > values[i]:
            tmp = values[child]
            values[child] = values[i]
            values[i] = tmp
            i = child
            child = 2 * i + 1
        else:
            child = size


def heap_sort(values: list[int], n: int) -> None:
    for k in range(n // 2):
        sift_down(values, n // 2 - 1 - k, n)
    for k in range(n - 1):
        last = n - 1 - k
        tmp = values[0]
        values[0] = values[last]
        values[last] = tmp
        sift_down(values, 0, last)


def main() -> None:
    n = N
    buckets = n // 10
    values = new_array(n)
    x = 5051
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % buckets
    heap_sort(values, n)
    busiest = 0
    next_bucket = 0
    i = 0
    while i < n:
        j = i
        while j < n and values[j] == values[i]:
            j += 1
        while next_bucket < values[i]:
            print(0)
            next_bucket += 1
        print(j - i)
        busiest = max(busiest, j - i)
        next_bucket += 1
        i = j
    while next_bucket < buckets:
        print(0)
        next_bucket += 1
    print(busiest)
