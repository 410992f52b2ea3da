# ruff: noqa
"""family=graphs cost=n**3/60 sizes=150,250,400,700,1200,2500"""


def main() -> None:
    n = N
    m = n * n // 64
    adjacent = new_array(n * n)
    edges = 0
    x = 1729
    for e in range(m):
        x = x * 48271 % 2147483647
        a = x % n
        x = x * 48271 % 2147483647
        b = x % n
        if a != b and adjacent[a * n + b] == 0:
            adjacent[a * n + b] = 1
            adjacent[b * n + a] = 1
            edges += 1
    in_triangle = new_array(n)
    triangles = 0
    for u in range(n):
        for v in range(u + 1, n):
            if adjacent[u * n + v] == 1:
                for w in range(v + 1, n):
                    if adjacent[u * n + w] == 1 and adjacent[v * n + w] == 1:
                        triangles += 1
                        in_triangle[u] = 1
                        in_triangle[v] = 1
                        in_triangle[w] = 1
    covered = 0
    for v in range(n):
        covered += in_triangle[v]
    print(edges)
    print(triangles)
    print(covered)
