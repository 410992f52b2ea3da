# ruff: noqa
"""family=numerics cost=n*3 sizes=10000,100000,1000000,5000000,20000000"""


def main() -> None:
    n = N
    composite = new_array(n + 1)
    count = 0
    for k in range(2, n + 1):
        if composite[k] == 0:
            count += 1
            m = k * k
            while m <= n:
                composite[m] = 1
                m += k
    print(count)
