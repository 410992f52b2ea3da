# ruff: noqa
"""family=numerics cost=n*sqrt(n)*0.8 sizes=1000,10000,30000,100000,300000,600000"""


def main() -> None:
    n = N
    divisor_count = 0
    divisor_sum = 0
    for k in range(1, n + 1):
        d = 1
        while d * d <= k:
            if k % d == 0:
                if d * d == k:
                    divisor_count += 1
                    divisor_sum = (divisor_sum + d) % 1000000007
                else:
                    divisor_count += 2
                    divisor_sum = (divisor_sum + d + k // d) % 1000000007
            d += 1
    print(divisor_count)
    print(divisor_sum)
