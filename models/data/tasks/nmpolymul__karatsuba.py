# ruff: noqa
"""family=numerics cost=n**1.585*3 sizes=64,256,1024,4096,16384,32768,65536,131072"""


def fill_coefficients(coefficients: list[int], n: int, seed: int) -> None:
    x = seed
    for i in range(n):
        x = x * 48271 % 2147483647
        coefficients[i] = x % 1000003


def multiply(memory: list[int], a: int, b: int, n: int, result: int, scratch: int) -> None:
    # memory[result .. result + 2n) = memory[a .. a + n) * memory[b .. b + n), mod 1000003;
    # memory from scratch on is free working space (4n cells are enough)
    modulus = 1000003
    if n <= 32:
        for k in range(2 * n):
            memory[result + k] = 0
        for i in range(n):
            ai = memory[a + i]
            for j in range(n):
                memory[result + i + j] = (memory[result + i + j] + ai * memory[b + j]) % modulus
    else:
        half = n // 2
        multiply(memory, a, b, half, result, scratch)
        multiply(memory, a + half, b + half, half, result + n, scratch)
        sum_a = scratch
        sum_b = scratch + half
        middle = scratch + n
        for i in range(half):
            memory[sum_a + i] = (memory[a + i] + memory[a + half + i]) % modulus
            memory[sum_b + i] = (memory[b + i] + memory[b + half + i]) % modulus
        multiply(memory, sum_a, sum_b, half, middle, scratch + 2 * n)
        for k in range(n):
            cross = memory[middle + k] + 2 * modulus - memory[result + k] - memory[result + n + k]
            memory[middle + k] = cross % modulus
        for k in range(n):
            memory[result + half + k] = (memory[result + half + k] + memory[middle + k]) % modulus


def main() -> None:
    n = N
    size = 1
    while size < n:
        size = size * 2
    a = new_array(n)
    b = new_array(n)
    fill_coefficients(a, n, 17)
    fill_coefficients(b, n, 23)
    memory = new_array(8 * size)
    for i in range(n):
        memory[i] = a[i]
        memory[size + i] = b[i]
    multiply(memory, 0, size, size, 2 * size, 4 * size)
    h = 0
    for k in range(2 * n - 1):
        h = (h * 31 + memory[2 * size + k]) % 1000000007
    print(h)
    print(memory[2 * size + n - 1])
    print(memory[2 * size + 2 * n - 2])
