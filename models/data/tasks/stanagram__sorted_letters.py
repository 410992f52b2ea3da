# ruff: noqa
"""family=strings cost=n*n**0.2*6 sizes=1000,10000,100000,300000,1000000,3000000"""


def word_signature(letters: list[int], length: int) -> int:
    for i in range(1, length):
        current = letters[i]
        j = i
        while j > 0 and letters[j - 1] > current:
            letters[j] = letters[j - 1]
            j -= 1
        letters[j] = current
    signature = 0
    for i in range(length):
        signature = signature * 11 + letters[i] + 1
    return signature


def merge_sort(values: list[int], spare: list[int], n: int) -> None:
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            for out in range(lo, hi):
                if j >= hi or i < mid and values[i] <= values[j]:
                    spare[out] = values[i]
                    i += 1
                else:
                    spare[out] = values[j]
                    j += 1
            lo += 2 * width
        for k in range(n):
            values[k] = spare[k]
        width *= 2


def main() -> None:
    n = N
    signatures = new_array(n)
    letters = new_array(8)
    x = 6174
    for w in range(n):
        x = x * 48271 % 2147483647
        length = 3 + x % 5
        for i in range(length):
            x = x * 48271 % 2147483647
            letters[i] = x // 5 % 10
        signatures[w] = word_signature(letters, length)
    spare = new_array(n)
    merge_sort(signatures, spare, n)
    classes = 0
    largest = 0
    shared = 0
    i = 0
    while i < n:
        j = i
        while j < n and signatures[j] == signatures[i]:
            j += 1
        classes += 1
        largest = max(largest, j - i)
        if j - i > 1:
            shared += j - i
        i = j
    print(classes)
    print(largest)
    print(shared)
