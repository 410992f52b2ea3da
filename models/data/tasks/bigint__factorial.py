# ruff: noqa
"""family=numerics cost=n*n*0.6 sizes=100,300,1000,2000,4000"""


def main() -> None:
    n = N
    capacity = n * 4 + 10
    digits = new_array(capacity)
    digits[0] = 1
    length = 1
    for k in range(2, n + 1):
        carry = 0
        for i in range(length):
            product = digits[i] * k + carry
            digits[i] = product % 10
            carry = product // 10
        while carry > 0:
            digits[length] = carry % 10
            carry = carry // 10
            length += 1
    total = 0
    for i in range(length):
        total += digits[i]
    print(length)
    print(total)
