# ruff: noqa
"""family=numerics cost=n*60 sizes=1000,10000,100000,1000000,5000000"""


def main() -> None:
    n = N
    counts = new_array(n + 1)
    sums = new_array(n + 1)
    for d in range(1, n + 1):
        multiple = d
        while multiple <= n:
            counts[multiple] += 1
            sums[multiple] += d
            multiple += d
    divisor_count = 0
    divisor_sum = 0
    for k in range(1, n + 1):
        divisor_count += counts[k]
        divisor_sum = (divisor_sum + sums[k]) % 1000000007
    print(divisor_count)
    print(divisor_sum)
