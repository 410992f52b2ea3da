# ruff: noqa
"""family=strings cost=n*6 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_periodic(text: list[int], n: int, seed: int) -> None:
    period = 7
    block = new_array(period)
    x = seed
    for i in range(period):
        x = x * 48271 % 2147483647
        block[i] = 97 + x % 4
    for i in range(n):
        x = x * 48271 % 2147483647
        if x % 500 == 0:
            text[i] = 97 + x // 500 % 4
        else:
            text[i] = block[i % period]
    free(block)


def z_values(text: list[int], n: int, z: list[int]) -> None:
    z[0] = n
    left = 0
    right = 0
    for i in range(1, n):
        k = 0
        if i < right:
            k = min(right - i, z[i - left])
        while i + k < n and text[k] == text[i + k]:
            k += 1
        z[i] = k
        if i + k > right:
            left = i
            right = i + k


def main() -> None:
    n = N
    text = new_array(n)
    fill_periodic(text, n, 8675309)
    z = new_array(n)
    z_values(text, n, z)
    total = 0
    longest = 0
    for i in range(1, n):
        total = (total + z[i]) % 1000000007
        longest = max(longest, z[i])
    print(total)
    print(longest)
