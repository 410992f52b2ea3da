# ruff: noqa
"""family=sorting cost=n*16 sizes=1000,10000,100000,1000000,3000000,10000000"""


def fill_runs(values: list[int], runs: int, run_length: int, seed: int) -> None:
    x = seed
    for r in range(runs):
        current = 0
        for k in range(run_length):
            x = x * 48271 % 2147483647
            current += x % 1000
            values[r * run_length + k] = current


def sift_down(keys: list[int], owners: list[int], size: int) -> None:
    i = 0
    child = 1
    while child < size:
        if child + 1 < size and keys[child + 1] < keys[child]:
            child += 1
        if keys[child] < keys[i]:
            tmp_key = keys[child]
            keys[child] = keys[i]
            keys[i] = tmp_key
            tmp_owner = owners[child]
            owners[child] = owners[i]
            owners[i] = tmp_owner
            i = child
            child = 2 * i + 1
        else:
            child = size


def merge_runs(values: list[int], runs: int, run_length: int, out: list[int]) -> None:
    heads = new_array(runs)
    keys = new_array(runs)
    owners = new_array(runs)
    size = 0
    if run_length > 0:
        size = runs
        for r in range(runs):
            keys[r] = values[r * run_length]
            owners[r] = r
        for start in range(runs):
            for r in range(runs - 1):
                if keys[r + 1] < keys[r]:
                    tmp_key = keys[r]
                    keys[r] = keys[r + 1]
                    keys[r + 1] = tmp_key
                    tmp_owner = owners[r]
                    owners[r] = owners[r + 1]
                    owners[r + 1] = tmp_owner
    t = 0
    while size > 0:
        r = owners[0]
        out[t] = keys[0]
        t += 1
        heads[r] += 1
        if heads[r] < run_length:
            keys[0] = values[r * run_length + heads[r]]
        else:
            size -= 1
            keys[0] = keys[size]
            owners[0] = owners[size]
        sift_down(keys, owners, size)
    free(heads)
    free(keys)
    free(owners)


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
