# ruff: noqa
"""family=strings cost=n**1.1*60 sizes=1000,3000,10000,30000,100000,300000,1000000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    i = 0
    while i < n:
        x = x * 48271 % 2147483647
        if x % 4 == 0 and i > 8:
            x = x * 48271 % 2147483647
            back = 1 + x % min(i, 3000)
            x = x * 48271 % 2147483647
            copy_length = 4 + x % 20
            k = 0
            while k < copy_length and i < n:
                text[i] = text[i - back]
                i += 1
                k += 1
        else:
            text[i] = x // 11 % 4
            i += 1


def suffix_less(text: list[int], n: int, a: int, b: int) -> int:
    k = 0
    while a + k < n and b + k < n and text[a + k] == text[b + k]:
        k += 1
    less = 0
    if a + k == n:
        less = 1
    elif b + k < n and text[a + k] < text[b + k]:
        less = 1
    return less


def sort_suffixes(text: list[int], order: list[int], n: int) -> None:
    spare = new_array(n)
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            out = lo
            while i < mid and j < hi:
                if suffix_less(text, n, order[j], order[i]) == 1:
                    spare[out] = order[j]
                    j += 1
                else:
                    spare[out] = order[i]
                    i += 1
                out += 1
            while i < mid:
                spare[out] = order[i]
                i += 1
                out += 1
            while j < hi:
                spare[out] = order[j]
                j += 1
                out += 1
            lo += 2 * width
        for k in range(n):
            order[k] = spare[k]
        width *= 2
    free(spare)


def main() -> None:
    n = N
    text = new_array(n)
    fill_text(text, n, 31337)
    order = new_array(n)
    for i in range(n):
        order[i] = i
    sort_suffixes(text, order, n)
    h = 0
    for i in range(n):
        h = (h * 31 + order[i]) % 1000000007
    print(h)
    print(order[0])
    print(order[n // 2])
