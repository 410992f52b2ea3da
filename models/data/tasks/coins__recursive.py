# ruff: noqa
"""family=recursion cost=n**3/20 sizes=20,50,100,200,300"""


def count_ways(amount: int, kind: int, coins: list[int]) -> int:
    result = 0
    if amount == 0:
        result = 1
    elif kind >= 0 and amount > 0:
        result = count_ways(amount - coins[kind], kind, coins) + count_ways(amount, kind - 1, coins)
    return result


def main() -> None:
    coins = new_array(4)
    coins[0] = 1
    coins[1] = 2
    coins[2] = 5
    coins[3] = 10
    print(count_ways(N, 3, coins))
