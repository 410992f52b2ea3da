# ruff: noqa
"""family=objects cost=n*n/4 sizes=1000,2000,5000,10000,20000,40000"""


def main() -> None:
    n = N
    prefix = new_array(n)
    x = 4242
    h = 0
    queries = 0
    for step in range(n):
        x = x * 48271 % 2147483647
        position = x % n
        x = x * 48271 % 2147483647
        if x % 2 == 0:
            delta = x // 2 % 1000
            for i in range(position, n):
                prefix[i] += delta
        else:
            h = (h * 31 + prefix[position]) % 1000000007
            queries += 1
    print(h)
    print(queries)
    print(prefix[n - 1])
