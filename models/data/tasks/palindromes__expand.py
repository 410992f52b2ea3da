# ruff: noqa
"""family=strings cost=n*6 sizes=1000,10000,100000,1000000"""


def main() -> None:
    n = N
    text = new_array(n)
    x = 9
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = x % 2
    count = 0
    for center in range(2 * n - 1):
        left = center // 2
        right = left + center % 2
        while left >= 0 and right < n and text[left] == text[right]:
            count += 1
            left -= 1
            right += 1
    print(count)
