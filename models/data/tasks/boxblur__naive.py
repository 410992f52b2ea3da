# ruff: noqa
"""family=image cost=n*n*49 sizes=30,100,300,600,1000,2000"""


def fill_image(image: list[int], n: int) -> None:
    x = 1618
    for i in range(n * n):
        x = x * 48271 % 2147483647
        image[i] = x % 256


def main() -> None:
    n = N
    radius = 3
    image = new_array(n * n)
    fill_image(image, n)
    blurred = new_array(n * n)
    for r in range(n):
        for c in range(n):
            total = 0
            for dr in range(0 - radius, radius + 1):
                rr = min(max(r + dr, 0), n - 1)
                for dc in range(0 - radius, radius + 1):
                    cc = min(max(c + dc, 0), n - 1)
                    total += image[rr * n + cc]
            blurred[r * n + c] = total // 49
    h = 0
    for i in range(n * n):
        h = (h * 31 + blurred[i]) % 1000000007
    print(blurred[(n // 2) * n + n // 2])
    print(h)
