# ruff: noqa
"""family=combinatorics cost=n*12 sizes=100,1000,10000,100000,1000000,3000000"""


def power_mod(base: int, exponent: int, modulus: int) -> int:
    result = 1
    b = base % modulus
    e = exponent
    while e > 0:
        if e % 2 == 1:
            result = result * b % modulus
        b = b * b % modulus
        e = e // 2
    return result


def main() -> None:
    n = N
    prime = 90000049
    top = 2 * n + 1
    factorial = new_array(top + 1)
    inverse = new_array(top + 1)
    factorial[0] = 1
    for k in range(1, top + 1):
        factorial[k] = factorial[k - 1] * k % prime
    inverse[top] = power_mod(factorial[top], prime - 2, prime)
    down = top
    while down > 0:
        inverse[down - 1] = inverse[down] * down % prime
        down -= 1
    total = 0
    weighted = 0
    for i in range(n + 1):
        catalan = factorial[2 * i] * inverse[i] % prime * inverse[i + 1] % prime
        total = (total + catalan) % prime
        weighted = (weighted + catalan * (i % 7 + 1)) % prime
    print(total)
    print(weighted)
