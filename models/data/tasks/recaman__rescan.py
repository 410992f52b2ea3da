# ruff: noqa
"""family=sequences cost=n*n/25 sizes=1000,3000,10000,30000,100000"""


def already_used(terms: list[int], count: int, value: int) -> int:
    found = 0
    k = count - 1
    while k >= 0 and found == 0:
        if terms[k] == value:
            found = 1
        k -= 1
    return found


def main() -> None:
    n = N
    terms = new_array(n)
    current = 0
    backward = 0
    highest = 0
    for k in range(1, n):
        candidate = current - k
        if candidate < 0 or already_used(terms, k, candidate) == 1:
            candidate = current + k
        else:
            backward += 1
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
