# ruff: noqa
"""family=simulation cost=n*n*0.8 sizes=100,300,1000,3000,6000,10000,20000"""


def advance(generations: list[int], rule: list[int], source: int, target: int, width: int) -> None:
    last = width - 1
    generations[target] = rule[
        generations[source + last] * 4 + generations[source] * 2 + generations[source + 1]
    ]
    for i in range(1, last):
        pattern = (
            generations[source + i - 1] * 4
            + generations[source + i] * 2
            + generations[source + i + 1]
        )
        generations[target + i] = rule[pattern]
    generations[target + last] = rule[
        generations[source + last - 1] * 4 + generations[source + last] * 2 + generations[source]
    ]


def main() -> None:
    width = N
    steps = N
    rule = new_array(8)
    code = 110
    for k in range(8):
        rule[k] = code % 2
        code = code // 2
    generations = new_array(2 * width)
    x = 3
    for i in range(width):
        x = x * 48271 % 2147483647
        generations[i] = x % 2
    for step in range(steps):
        source = (step % 2) * width
        advance(generations, rule, source, width - source, width)
    newest = (steps % 2) * width
    population = 0
    signature = 0
    for i in range(width):
        population += generations[newest + i]
        signature = (signature * 2 + generations[newest + i]) % 1000000007
    print(population)
    print(signature)
