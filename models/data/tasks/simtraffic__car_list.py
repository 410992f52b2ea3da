# ruff: noqa
"""family=simulation cost=n*15000 sizes=10,100,300,1000,3000,10000,20000"""


def main() -> None:
    n = N
    length = 10000
    top_speed = 5
    position = new_array(length)
    speed = new_array(length)
    cars = 0
    x = 2024
    for i in range(length):
        x = x * 48271 % 2147483647
        if x % 8 == 0:
            position[cars] = i
            cars += 1
    first = 0
    travelled = 0
    stopped = 0
    for step in range(n):
        for j in range(cars):
            car = (first + j) % cars
            ahead = (car + 1) % cars
            gap = (position[ahead] - position[car] - 1 + length) % length
            if cars == 1:
                gap = length - 1
            v = min(speed[car] + 1, top_speed)
            v = min(v, gap)
            x = x * 48271 % 2147483647
            if x % 100 < 30 and v > 0:
                v -= 1
            travelled += v
            if v == 0:
                stopped += 1
            speed[car] = v
        for car in range(cars):
            position[car] = (position[car] + speed[car]) % length
        first = 0
        for car in range(1, cars):
            if position[car] < position[first]:
                first = car
    h = 0
    for j in range(cars):
        car = (first + j) % cars
        h = (h * 31 + position[car] * 8 + speed[car] + 1) % 1000000007
    print(cars)
    print(travelled)
    print(stopped)
    print(h)
