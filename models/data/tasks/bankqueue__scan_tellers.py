# ruff: noqa
"""family=simulation cost=n*25 sizes=1000,10000,100000,300000,1000000,3000000"""


def main() -> None:
    n = N
    tellers = 64
    free_at = new_array(tellers)
    served = new_array(tellers)
    x = 8128
    clock = 0
    total_wait = 0
    longest_wait = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        clock += x % 22
        x = x * 48271 % 2147483647
        service = 100 + x % 1200
        best = 0
        for t in range(1, tellers):
            if free_at[t] < free_at[best]:
                best = t
        start = max(clock, free_at[best])
        wait = start - clock
        total_wait += wait
        longest_wait = max(longest_wait, wait)
        free_at[best] = start + service
        served[best] += 1
    h = 0
    for t in range(tellers):
        h = (h * 1000003 + served[t]) % 1000000007
    print(total_wait % 1000000007)
    print(longest_wait)
    print(h)
