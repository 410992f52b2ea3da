# ruff: noqa
"""family=games cost=n*n/2 sizes=100,300,1000,2000,3000,10000,20000"""


def fill_coins(coins: list[int], n: int) -> None:
    x = 606
    for i in range(n):
        x = x * 48271 % 2147483647
        coins[i] = 1 + x % 500


def main() -> None:
    n = N
    coins = new_array(n)
    fill_coins(coins, n)
    prefix = new_array(n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + coins[i]
    shorter = new_array(n)
    for i in range(n):
        shorter[i] = coins[i]
    for width in range(2, n + 1):
        for i in range(0, n - width + 1):
            shorter[i] = prefix[i + width] - prefix[i] - min(shorter[i + 1], shorter[i])
    first = shorter[0]
    print(first)
    print(prefix[n] - first)
