# ruff: noqa
"""family=sequences cost=n*9 sizes=1000,3000,10000,30000,100000,300000,1000000"""


def main() -> None:
    n = N
    seen = new_array(10 * n + 100)
    terms = new_array(n)
    seen[0] = 1
    current = 0
    backward = 0
    highest = 0
    for k in range(1, n):
        candidate = current - k
        if candidate < 0 or seen[candidate] == 1:
            candidate = current + k
        else:
            backward += 1
        seen[candidate] = 1
        terms[k] = candidate
        current = candidate
        highest = max(highest, current)
    h = 0
    for k in range(n):
        h = (h * 31 + terms[k]) % 1000000007
    print(current)
    print(backward)
    print(highest)
    print(h)
