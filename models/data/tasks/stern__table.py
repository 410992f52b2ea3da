# ruff: noqa
"""family=sequences cost=n*7 sizes=1000,10000,100000,1000000,3000000,10000000"""


def main() -> None:
    n = N
    fusc = new_array(n + 2)
    fusc[1] = 1
    for i in range(2, n):
        half = i // 2
        if i % 2 == 0:
            fusc[i] = fusc[half]
        else:
            fusc[i] = fusc[half] + fusc[half + 1]
    total = 0
    highest = 0
    odd = 0
    for i in range(n):
        total = (total + fusc[i]) % 1000000007
        highest = max(highest, fusc[i])
        if fusc[i] % 2 == 1:
            odd += 1
    print(total)
    print(highest)
    print(odd)
