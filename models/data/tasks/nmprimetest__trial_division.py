# ruff: noqa
"""family=numerics cost=n*400 sizes=100,1000,10000,30000,100000,300000,1000000"""


def is_prime(value: int) -> int:
    prime = 1
    if value < 2:
        prime = 0
    elif value % 2 == 0:
        if value > 2:
            prime = 0
    else:
        divisor = 3
        while divisor * divisor <= value and prime == 1:
            if value % divisor == 0:
                prime = 0
            divisor += 2
    return prime


def main() -> None:
    n = N
    x = 31337
    count = 0
    total = 0
    h = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        value = 2 * (x % 33554432) + 1
        if i % 16 == 0:
            value = x % 1000
        if is_prime(value) == 1:
            count += 1
            total = (total + value) % 1000000007
            h = (h * 31 + i) % 1000000007
    print(count)
    print(total)
    print(h)
