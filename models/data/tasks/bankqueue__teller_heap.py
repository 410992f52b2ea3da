# ruff: noqa
"""family=simulation cost=n*10 sizes=1000,10000,100000,300000,1000000,3000000,10000000"""


def sift_down(keys: list[int], size: int) -> None:
    i = 0
    child = 1
    while child < size:
        if child + 1 < size and keys[child + 1] < keys[child]:
            child += 1
        if keys[child] < keys[i]:
            tmp = keys[child]
            keys[child] = keys[i]
            keys[i] = tmp
            i = child
            child = 2 * i + 1
        else:
            child = size


def main() -> None:
    n = N
    tellers = 64
    heap = new_array(tellers)
    served = new_array(tellers)
    for t in range(tellers):
        heap[t] = t
    x = 8128
    clock = 0
    total_wait = 0
    longest_wait = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        clock += x % 22
        x = x * 48271 % 2147483647
        service = 100 + x % 1200
        best = heap[0] % 128
        start = max(clock, heap[0] // 128)
        wait = start - clock
        total_wait += wait
        longest_wait = max(longest_wait, wait)
        heap[0] = (start + service) * 128 + best
        sift_down(heap, tellers)
        served[best] += 1
    h = 0
    for t in range(tellers):
        h = (h * 1000003 + served[t]) % 1000000007
    print(total_wait % 1000000007)
    print(longest_wait)
    print(h)
