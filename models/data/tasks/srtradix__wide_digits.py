# ruff: noqa
"""family=sorting cost=n*40 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_random(values: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x


def counting_pass(src: list[int], dst: list[int], n: int, divisor: int) -> None:
    radix = 65536
    count = new_array(radix + 1)
    for i in range(n):
        count[src[i] // divisor % radix + 1] += 1
    for d in range(radix):
        count[d + 1] += count[d]
    for i in range(n):
        digit = src[i] // divisor % radix
        dst[count[digit]] = src[i]
        count[digit] += 1
    free(count)


def checksum(values: list[int], n: int) -> int:
    h = 0
    for i in range(n):
        h = (h * 31 + values[i]) % 1000000007
    return h


def main() -> None:
    n = N
    values = new_array(n)
    buffer = new_array(n)
    fill_random(values, n, 27182)
    counting_pass(values, buffer, n, 1)
    counting_pass(buffer, values, n, 65536)
    print(checksum(values, n))
    print(values[n // 2])
    print(values[n - 1] - values[0])
