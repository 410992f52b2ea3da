# ruff: noqa
"""family=combinatorics cost=n*n*7 sizes=10,18,22,300,1000,3000,8000"""


def main() -> None:
    n = N
    values = new_array(n)
    x = 23
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 7
    pick = n // 2
    ways = new_array((pick + 1) * 7)
    ways[0] = 1
    for i in range(n):
        j = min(i + 1, pick)
        while j >= 1:
            for r in range(7):
                target = j * 7 + (r + values[i]) % 7
                ways[target] = (ways[target] + ways[(j - 1) * 7 + r]) % 1000000007
            j -= 1
    print(ways[(n // 3) * 7])
    print(ways[pick * 7])
