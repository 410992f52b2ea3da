# ruff: noqa
"""family=image cost=n*n*10 sizes=30,100,300,1000,2000,3000"""


def fill_colors(colors: list[int], n: int) -> None:
    x = 8675309
    for i in range(n * n):
        x = x * 48271 % 2147483647
        colors[i] = x % 3
        if i >= n and x % 5 < 2:
            colors[i] = colors[i - n]


def find_root(parent: list[int], cell: int) -> int:
    root = cell
    while parent[root] != root:
        parent[root] = parent[parent[root]]
        root = parent[root]
    return root


def merge_cells(parent: list[int], a: int, b: int) -> None:
    ra = find_root(parent, a)
    rb = find_root(parent, b)
    if ra < rb:
        parent[rb] = ra
    elif rb < ra:
        parent[ra] = rb


def main() -> None:
    n = N
    colors = new_array(n * n)
    fill_colors(colors, n)
    parent = new_array(n * n)
    for i in range(n * n):
        parent[i] = i
    for r in range(n):
        for c in range(n):
            cell = r * n + c
            if c > 0 and colors[cell - 1] == colors[cell]:
                merge_cells(parent, cell - 1, cell)
            if r > 0 and colors[cell - n] == colors[cell]:
                merge_cells(parent, cell - n, cell)
    size = new_array(n * n)
    regions = 0
    largest = 0
    for i in range(n * n):
        root = find_root(parent, i)
        if root == i:
            regions += 1
        size[root] += 1
        largest = max(largest, size[root])
    print(regions)
    print(largest)
