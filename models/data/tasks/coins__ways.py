# ruff: noqa
"""family=dynamic-programming cost=n*8 sizes=1000,10000,100000,1000000,5000000"""


def main() -> None:
    target = N
    coins = new_array(8)
    coins[0] = 1
    coins[1] = 2
    coins[2] = 5
    coins[3] = 10
    coins[4] = 20
    coins[5] = 50
    coins[6] = 100
    coins[7] = 200
    ways = new_array(target + 1)
    ways[0] = 1
    for c in range(8):
        for amount in range(coins[c], target + 1):
            ways[amount] = (ways[amount] + ways[amount - coins[c]]) % 1000000007
    print(ways[target])
