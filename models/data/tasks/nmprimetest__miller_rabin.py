# ruff: noqa
"""family=numerics cost=n*130 sizes=100,1000,10000,100000,1000000,3000000"""


def power_mod(base: int, exponent: int, modulus: int) -> int:
    result = 1
    square = base % modulus
    e = exponent
    while e > 0:
        if e % 2 == 1:
            result = result * square % modulus
        square = square * square % modulus
        e = e // 2
    return result


def passes_round(base: int, odd_part: int, twos: int, value: int) -> int:
    y = power_mod(base, odd_part, value)
    passed = 0
    if y == 1 or y == value - 1:
        passed = 1
    r = 1
    while r < twos and passed == 0:
        y = y * y % value
        if y == value - 1:
            passed = 1
        r += 1
    return passed


def is_prime(value: int) -> int:
    prime = 1
    if value < 2:
        prime = 0
    elif value == 2 or value == 3 or value == 5 or value == 7:
        prime = 1
    elif value % 2 == 0 or value % 3 == 0 or value % 5 == 0 or value % 7 == 0:
        prime = 0
    else:
        odd_part = value - 1
        twos = 0
        while odd_part % 2 == 0:
            odd_part = odd_part // 2
            twos += 1
        if passes_round(2, odd_part, twos, value) == 0:
            prime = 0
        elif passes_round(3, odd_part, twos, value) == 0:
            prime = 0
        elif passes_round(5, odd_part, twos, value) == 0:
            prime = 0
        elif passes_round(7, odd_part, twos, value) == 0:
            prime = 0
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
