# ruff: noqa
"""family=simulation cost=n*n*40 sizes=30,100,200,400,800,1500,2500,3500"""


def fixed_mul(a: int, b: int) -> int:
    product = abs(a) * abs(b) // 65536
    negative = 0
    if a < 0:
        negative = 1 - negative
    if b < 0:
        negative = 1 - negative
    if negative == 1:
        product = 0 - product
    return product


def escape_time(cr: int, ci: int, limit: int) -> int:
    zr = 0
    zi = 0
    rr = 0
    ii = 0
    steps = 0
    while steps < limit and rr + ii <= 262144:
        zi = 2 * fixed_mul(zr, zi) + ci
        zr = rr - ii + cr
        rr = fixed_mul(zr, zr)
        ii = fixed_mul(zi, zi)
        steps += 1
    return steps


def row_imaginary(r: int, side: int) -> int:
    offset = 2 * r + 1 - side
    magnitude = abs(offset) * 81920 // side
    value = magnitude
    if offset < 0:
        value = 0 - magnitude
    return value


def main() -> None:
    side = N
    limit = 64
    iterations = 0
    inside = 0
    rows = (side + 1) // 2
    for r in range(rows):
        ci = row_imaginary(r, side)
        weight = 2
        if 2 * r + 1 == side:
            weight = 1
        for c in range(side):
            cr = c * 163840 // side - 131072
            steps = escape_time(cr, ci, limit)
            iterations += weight * steps
            if steps == limit:
                inside += weight
    print(iterations)
    print(inside)
