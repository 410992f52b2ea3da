# ruff: noqa
"""family=dynamic-programming cost=n*n*n/6*2 sizes=20,50,100,200,400,600,800"""


def main() -> None:
    n = N
    dims = new_array(n + 1)
    x = 7
    for i in range(n + 1):
        x = x * 48271 % 2147483647
        dims[i] = 5 + x % 95
    cost = new_array(n * n)
    for span in range(1, n):
        for i in range(n - span):
            j = i + span
            cheapest = 1000000000000000
            for k in range(i, j):
                c = cost[i * n + k] + cost[(k + 1) * n + j] + dims[i] * dims[k + 1] * dims[j + 1]
                cheapest = min(cheapest, c)
            cost[i * n + j] = cheapest
    print(cost[n - 1])
