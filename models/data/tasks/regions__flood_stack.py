# ruff: noqa
"""family=image cost=n*n*12 sizes=30,100,300,1000,2000,3000"""


def fill_colors(colors: list[int], n: int) -> None:
    x = 8675309
    for i in range(n * n):
        x = x * 48271 % 2147483647
        colors[i] = x % 3
        if i >= n and x % 5 < 2:
            colors[i] = colors[i - n]


def main() -> None:
    n = N
    colors = new_array(n * n)
    fill_colors(colors, n)
    label = new_array(n * n)
    stack = new_array(n * n)
    regions = 0
    largest = 0
    for start in range(n * n):
        if label[start] == 0:
            regions += 1
            label[start] = regions
            stack[0] = start
            top = 1
            size = 0
            while top > 0:
                top -= 1
                cell = stack[top]
                size += 1
                r = cell // n
                c = cell % n
                if r > 0 and label[cell - n] == 0 and colors[cell - n] == colors[cell]:
                    label[cell - n] = regions
                    stack[top] = cell - n
                    top += 1
                if r < n - 1 and label[cell + n] == 0 and colors[cell + n] == colors[cell]:
                    label[cell + n] = regions
                    stack[top] = cell + n
                    top += 1
                if c > 0 and label[cell - 1] == 0 and colors[cell - 1] == colors[cell]:
                    label[cell - 1] = regions
                    stack[top] = cell - 1
                    top += 1
                if c < n - 1 and label[cell + 1] == 0 and colors[cell + 1] == colors[cell]:
                    label[cell + 1] = regions
                    stack[top] = cell + 1
                    top += 1
            largest = max(largest, size)
    print(regions)
    print(largest)
