# ruff: noqa
"""family=parsing cost=n*6 sizes=1000,10000,100000,1000000,3000000"""


def main() -> None:
    n = N
    text = new_array(n)
    x = 4
    for i in range(n):
        x = x * 48271 % 2147483647
        if x % 7 == 0:
            text[i] = 32
        elif x % 11 == 0:
            text[i] = 44
        else:
            text[i] = 48 + x % 10
    count = 0
    total = 0
    current = 0
    inside = 0
    for i in range(n):
        ch = text[i]
        if ch >= 48 and ch <= 57:
            current = (current * 10 + ch - 48) % 1000000007
            inside = 1
        elif inside == 1:
            total = (total + current) % 1000000007
            count += 1
            current = 0
            inside = 0
    if inside == 1:
        total = (total + current) % 1000000007
        count += 1
    print(count)
    print(total)
