# ruff: noqa
"""family=sorting cost=n*70 sizes=1000,10000,100000,1000000,3000000"""


def fill_runs(values: list[int], runs: int, run_length: int, seed: int) -> None:
    x = seed
    for r in range(runs):
        current = 0
        for k in range(run_length):
            x = x * 48271 % 2147483647
            current += x % 1000
            values[r * run_length + k] = current


def merge_runs(values: list[int], runs: int, run_length: int, out: list[int]) -> None:
    heads = new_array(runs)
    total = runs * run_length
    for t in range(total):
        best = -1
        for r in range(runs):
            if heads[r] < run_length:
                if (
                    best == -1
                    or values[r * run_length + heads[r]] < values[best * run_length + heads[best]]
                ):
                    best = r
        out[t] = values[best * run_length + heads[best]]
        heads[best] += 1
    free(heads)


def main() -> None:
    n = N
    runs = 64
    run_length = n // runs
    values = new_array(runs * run_length)
    out = new_array(runs * run_length)
    fill_runs(values, runs, run_length, 8080)
    merge_runs(values, runs, run_length, out)
    h = 0
    for t in range(runs * run_length):
        h = (h * 31 + out[t]) % 1000000007
    print(h)
    print(out[runs * run_length // 2])
