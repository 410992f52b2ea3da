# ruff: noqa
"""family=strings cost=n*85 sizes=1000,3000,10000,30000,100000,300000,1000000"""


def merge_sort(keys: list[int], n: int) -> None:
    spare = new_array(n)
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            a = lo
            b = mid
            for t in range(lo, hi):
                if b >= hi or (a < mid and keys[a] <= keys[b]):
                    spare[t] = keys[a]
                    a += 1
                else:
                    spare[t] = keys[b]
                    b += 1
            lo = hi
        for t in range(n):
            keys[t] = spare[t]
        width *= 2
    free(spare)


def unpack(key: int, digits: list[int], longest: int, base: int) -> int:
    rest = key
    length = 0
    for k in range(longest):
        digits[longest - 1 - k] = rest % base
        rest = rest // base
    for k in range(longest):
        if digits[k] > 0:
            length += 1
    return length


def main() -> None:
    n = N
    alphabet = 4
    longest = 10
    base = alphabet + 1
    keys = new_array(n)
    x = 55555
    for i in range(n):
        x = x * 48271 % 2147483647
        length = 3 + x % (longest - 2)
        key = 0
        for k in range(longest):
            key *= base
            if k < length:
                x = x * 48271 % 2147483647
                key += 1 + x // 16 % alphabet
        keys[i] = key
    merge_sort(keys, n)
    current = new_array(longest)
    previous = new_array(longest)
    distinct = 0
    prefixes = 0
    for i in range(n):
        if i == 0 or keys[i] != keys[i - 1]:
            length = unpack(keys[i], current, longest, base)
            common = 0
            while common < length and current[common] == previous[common]:
                common += 1
            distinct += 1
            prefixes += length - common
            for k in range(longest):
                previous[k] = current[k]
    print(distinct)
    print(prefixes)
