# ruff: noqa
"""family=io cost=n*20 sizes=1000,10000,100000,300000,1000000,3000000"""


def main() -> None:
    n = N
    buckets = n // 10
    counts = new_array(buckets)
    x = 5051
    for i in range(n):
        x = x * 48271 % 2147483647
        counts[x % buckets] += 1
    busiest = 0
    for b in range(buckets):
        print(counts[b])
        busiest = max(busiest, counts[b])
    print(busiest)
