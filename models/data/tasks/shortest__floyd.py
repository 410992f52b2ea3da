# ruff: noqa
"""family=graphs cost=n*n*n sizes=30,60,100,200,400"""


def main() -> None:
    n = N
    dist = new_array(n * n)
    x = 41
    for i in range(n):
        for j in range(n):
            x = x * 48271 % 2147483647
            if i == j:
                dist[i * n + j] = 0
            elif x % 4 == 0:
                dist[i * n + j] = 1 + x % 100
            else:
                dist[i * n + j] = 1000000000
    for k in range(n):
        for i in range(n):
            for j in range(n):
                through = dist[i * n + k] + dist[k * n + j]
                if through < dist[i * n + j]:
                    dist[i * n + j] = through
    total = 0
    for i in range(n * n):
        if dist[i] < 1000000000:
            total = (total + dist[i]) % 1000000007
    print(total)
