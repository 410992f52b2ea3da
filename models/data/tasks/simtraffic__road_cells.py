# ruff: noqa
"""family=simulation cost=n*40000 sizes=10,30,100,300,1000,3000,10000"""


def main() -> None:
    n = N
    length = 10000
    top_speed = 5
    road = new_array(length)
    moved = new_array(length)
    x = 2024
    for i in range(length):
        x = x * 48271 % 2147483647
        if x % 8 == 0:
            road[i] = 1
    travelled = 0
    stopped = 0
    for step in range(n):
        for i in range(length):
            if road[i] > 0:
                speed = min(road[i], top_speed)
                gap = 0
                while gap < top_speed and road[(i + gap + 1) % length] == 0:
                    gap += 1
                speed = min(speed, gap)
                x = x * 48271 % 2147483647
                if x % 100 < 30 and speed > 0:
                    speed -= 1
                travelled += speed
                if speed == 0:
                    stopped += 1
                moved[(i + speed) % length] = speed + 1
        for i in range(length):
            road[i] = moved[i]
            moved[i] = 0
    h = 0
    cars = 0
    for i in range(length):
        if road[i] > 0:
            cars += 1
            h = (h * 31 + i * 8 + road[i]) % 1000000007
    print(cars)
    print(travelled)
    print(stopped)
    print(h)
