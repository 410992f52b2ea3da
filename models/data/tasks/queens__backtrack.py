# ruff: noqa
"""family=recursion cost=3**n sizes=6,8,9,10,11,12"""


def place(row: int, n: int, cols: list[int], diag1: list[int], diag2: list[int]) -> int:
    count = 0
    if row == n:
        count = 1
    else:
        for c in range(n):
            if cols[c] == 0 and diag1[row + c] == 0 and diag2[row - c + n - 1] == 0:
                cols[c] = 1
                diag1[row + c] = 1
                diag2[row - c + n - 1] = 1
                count += place(row + 1, n, cols, diag1, diag2)
                cols[c] = 0
                diag1[row + c] = 0
                diag2[row - c + n - 1] = 0
    return count


def main() -> None:
    n = N
    cols = new_array(n)
    diag1 = new_array(2 * n)
    diag2 = new_array(2 * n)
    print(place(0, n, cols, diag1, diag2))
