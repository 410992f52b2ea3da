# ruff: noqa
"""family=graphs cost=n**3/800 sizes=250,400,700,1200,2500,6000"""


def counting_sort(
    keys: list[int], source: list[int], target: list[int], count: list[int], m: int, n: int
) -> None:
    for k in range(n + 1):
        count[k] = 0
    for e in range(m):
        count[keys[source[e]] + 1] += 1
    for k in range(n):
        count[k + 1] += count[k]
    for e in range(m):
        key = keys[source[e]]
        target[count[key]] = source[e]
        count[key] += 1


def main() -> None:
    n = N
    m = n * n // 64
    lower = new_array(m)
    higher = new_array(m)
    x = 1729
    for e in range(m):
        x = x * 48271 % 2147483647
        a = x % n
        x = x * 48271 % 2147483647
        b = x % n
        lower[e] = min(a, b)
        higher[e] = max(a, b)
    identity = new_array(m)
    for e in range(m):
        identity[e] = e
    by_higher = new_array(m)
    by_pair = new_array(m)
    count = new_array(n + 1)
    counting_sort(higher, identity, by_higher, count, m, n)
    counting_sort(lower, by_higher, by_pair, count, m, n)
    offsets = new_array(n + 1)
    neighbours = new_array(m)
    edges = 0
    previous = m
    for k in range(m):
        e = by_pair[k]
        fresh = 1
        if lower[e] == higher[e]:
            fresh = 0
        elif previous < m and lower[previous] == lower[e] and higher[previous] == higher[e]:
            fresh = 0
        if fresh == 1:
            neighbours[edges] = higher[e]
            offsets[lower[e] + 1] += 1
            edges += 1
        previous = e
    for v in range(n):
        offsets[v + 1] += offsets[v]
    in_triangle = new_array(n)
    triangles = 0
    for u in range(n):
        for at in range(offsets[u], offsets[u + 1]):
            v = neighbours[at]
            i = at + 1
            j = offsets[v]
            while i < offsets[u + 1] and j < offsets[v + 1]:
                if neighbours[i] < neighbours[j]:
                    i += 1
                elif neighbours[i] > neighbours[j]:
                    j += 1
                else:
                    triangles += 1
                    in_triangle[u] = 1
                    in_triangle[v] = 1
                    in_triangle[neighbours[i]] = 1
                    i += 1
                    j += 1
    covered = 0
    for v in range(n):
        covered += in_triangle[v]
    print(edges)
    print(triangles)
    print(covered)
