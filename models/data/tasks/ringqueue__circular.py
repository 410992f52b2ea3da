# ruff: noqa
"""family=objects cost=n*4 sizes=1000,10000,100000,1000000,3000000,10000000"""


def main() -> None:
    n = N
    capacity = 256
    queue = new_array(capacity)
    front = 0
    size = 0
    dropped = 0
    served = 0
    h = 0
    x = 4242
    for i in range(n):
        x = x * 48271 % 2147483647
        if x % 20 < 11 or size == 0:
            if size < capacity:
                queue[(front + size) % capacity] = x % 100000
                size += 1
            else:
                dropped += 1
        else:
            item = queue[front]
            front = (front + 1) % capacity
            size -= 1
            served += 1
            h = (h * 31 + item) % 1000000007
    print(h)
    print(served)
    print(dropped)
