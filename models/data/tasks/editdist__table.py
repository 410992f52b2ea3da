# ruff: noqa
"""family=dynamic-programming cost=n*n sizes=100,300,1000,2000,3000"""


def fill_text(text: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        text[i] = 97 + x % 6


def main() -> None:
    n = N
    source = new_array(n)
    target = new_array(n)
    fill_text(source, n, 3)
    fill_text(target, n, 8)
    width = n + 1
    dist = new_array(width * width)
    for i in range(width):
        dist[i * width] = i
        dist[i] = i
    for i in range(1, width):
        for j in range(1, width):
            cost = 1
            if source[i - 1] == target[j - 1]:
                cost = 0
            best = dist[(i - 1) * width + j - 1] + cost
            best = min(best, dist[(i - 1) * width + j] + 1)
            best = min(best, dist[i * width + j - 1] + 1)
            dist[i * width + j] = best
    print(dist[n * width + n])
