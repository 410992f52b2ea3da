# ruff: noqa
"""family=objects cost=n*n/8 sizes=300,1000,3000,10000,20000"""


def main() -> None:
    n = N
    values = new_array(n)
    nxt = new_array(n)
    head = -1
    x = 6
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 100000
        prev = -1
        cur = head
        while cur >= 0 and values[cur] < values[i]:
            prev = cur
            cur = nxt[cur]
        nxt[i] = cur
        if prev < 0:
            head = i
        else:
            nxt[prev] = i
    h = 0
    node = head
    while node >= 0:
        h = (h * 31 + values[node]) % 1000000007
        node = nxt[node]
    print(h)
