# ruff: noqa
"""family=strings cost=n*53 sizes=1000,3000,10000,30000,100000,300000"""


def main() -> None:
    n = N
    alphabet = 4
    longest = 10
    children = new_array((n * longest + 1) * alphabet)
    is_word = new_array(n * longest + 1)
    word = new_array(longest)
    nodes = 1
    distinct = 0
    x = 55555
    for i in range(n):
        x = x * 48271 % 2147483647
        length = 3 + x % (longest - 2)
        for k in range(length):
            x = x * 48271 % 2147483647
            word[k] = x // 16 % alphabet
        node = 0
        for k in range(length):
            slot = node * alphabet + word[k]
            if children[slot] == 0:
                children[slot] = nodes
                nodes += 1
            node = children[slot]
        if is_word[node] == 0:
            is_word[node] = 1
            distinct += 1
    print(distinct)
    print(nodes - 1)
