"""Sample program for `make demo`: naive and memoised Fibonacci."""


def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


def fib_table(n):
    table = [0, 1] + [0] * n
    for i in range(2, n + 1):
        table[i] = table[i - 1] + table[i - 2]
    return table[n]


if __name__ == "__main__":
    print(fib_naive(27), fib_table(100000) % 1000)
