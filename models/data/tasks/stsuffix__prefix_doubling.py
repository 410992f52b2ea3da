# ruff: noqa
"""family=strings cost=n**1.1*40 sizes=1000,3000,10000,30000,100000,300000,1000000"""


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


def second_key(rank: list[int], n: int, i: int, step: int) -> int:
    key = 0
    if i + step < n:
        key = rank[i + step]
    return key


def sort_suffixes(text: list[int], order: list[int], n: int) -> None:
    rank = new_array(n)
    by_second = new_array(n)
    count = new_array(n + 2)
    renamed = new_array(n)
    for i in range(n):
        rank[i] = text[i] + 1
    step = 1
    classes = 0
    while classes < n:
        for r in range(n + 2):
            count[r] = 0
        for i in range(n):
            count[second_key(rank, n, i, step) + 1] += 1
        for r in range(1, n + 2):
            count[r] += count[r - 1]
        for i in range(n):
            key = second_key(rank, n, i, step)
            by_second[count[key]] = i
            count[key] += 1
        for r in range(n + 2):
            count[r] = 0
        for i in range(n):
            count[rank[i] + 1] += 1
        for r in range(1, n + 2):
            count[r] += count[r - 1]
        for t in range(n):
            i = by_second[t]
            order[count[rank[i]]] = i
            count[rank[i]] += 1
        renamed[order[0]] = 1
        for t in range(1, n):
            a = order[t - 1]
            b = order[t]
            if rank[a] == rank[b] and second_key(rank, n, a, step) == second_key(rank, n, b, step):
                renamed[b] = renamed[a]
            else:
                renamed[b] = renamed[a] + 1
        for i in range(n):
            rank[i] = renamed[i]
        classes = rank[order[n - 1]]
        step *= 2
    free(rank)
    free(by_second)
    free(count)
    free(renamed)


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
