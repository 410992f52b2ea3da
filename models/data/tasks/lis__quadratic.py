# ruff: noqa
"""family=dynamic-programming cost=n*n/2 sizes=100,300,1000,3000,10000"""


def main() -> None:
    n = N
    values = new_array(n)
    best = new_array(n)
    x = 71
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 100000
    longest = 0
    for i in range(n):
        best[i] = 1
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
        longest = max(longest, best[i])
    print(longest)
