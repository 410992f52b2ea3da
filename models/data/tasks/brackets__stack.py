# ruff: noqa
"""family=parsing cost=n*6 sizes=1000,10000,100000,1000000,3000000"""


def main() -> None:
    n = N
    text = new_array(n)
    x = 19
    depth = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        if depth > 0 and (x % 2 == 0 or n - i <= depth):
            text[i] = 41
            depth -= 1
        else:
            text[i] = 40
            depth += 1
    stack = new_array(n)
    top = 0
    pairs = 0
    deepest = 0
    for i in range(n):
        if text[i] == 40:
            stack[top] = i
            top += 1
            deepest = max(deepest, top)
        elif top > 0:
            top -= 1
            pairs += i - stack[top]
    print(pairs % 1000000007)
    print(deepest)
