# ruff: noqa
"""family=objects cost=n*10 sizes=1000,10000,100000,1000000,3000000,10000000"""


def main() -> None:
    n = N
    capacity = n
    buffer = new_array(capacity)
    head = 0
    size = 0
    pops = 0
    empty_pops = 0
    h = 0
    x = 2024
    for step in range(n):
        x = x * 48271 % 2147483647
        op = x % 4
        value = x // 4 % 1000000
        if op == 0:
            buffer[(head + size) % capacity] = value
            size += 1
        elif op == 1:
            head = (head + capacity - 1) % capacity
            buffer[head] = value
            size += 1
        elif size == 0:
            empty_pops += 1
        elif op == 2:
            h = (h * 31 + buffer[(head + size - 1) % capacity]) % 1000000007
            size -= 1
            pops += 1
        else:
            h = (h * 31 + buffer[head]) % 1000000007
            head = (head + 1) % capacity
            size -= 1
            pops += 1
    print(h)
    print(pops)
    print(empty_pops)
    print(size)
