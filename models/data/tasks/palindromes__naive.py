# ruff: noqa
"""family=strings cost=n*n*3 sizes=100,300,1000,2000,3000"""


def is_palindrome(text: list[int], lo: int, hi: int) -> int:
    ok = 1
    i = lo
    j = hi
    while i < j and ok == 1:
        if text[i] != text[j]:
            ok = 0
        i += 1
        j -= 1
    return ok


def main() -> None:
    n = N
    text = new_array(n)
    x = 9
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = x % 2
    count = 0
    for lo in range(n):
        for hi in range(lo, n):
            count += is_palindrome(text, lo, hi)
    print(count)
