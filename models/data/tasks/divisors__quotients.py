# ruff: noqa
"""family=numerics cost=n*2 sizes=1000,10000,100000,1000000,10000000,50000000"""


def main() -> None:
    n = N
    divisor_count = 0
    divisor_sum = 0
    for d in range(1, n + 1):
        multiples = n // d
        divisor_count += multiples
        divisor_sum = (divisor_sum + d * multiples) % 1000000007
    print(divisor_count)
    print(divisor_sum)
