# ruff: noqa
"""family=graphs cost=n*n/8 sizes=300,1000,3000,10000,20000"""


def main() -> None:
    n = N
    label = new_array(n)
    for i in range(n):
        label[i] = i
    components = n
    x = 13
    for e in range(n):
        x = x * 48271 % 2147483647
        a_node = x % n
        x = x * 48271 % 2147483647
        b_node = x % n
        la = label[a_node]
        lb = label[b_node]
        if la != lb:
            for i in range(n):
                if label[i] == la:
                    label[i] = lb
            components -= 1
    print(components)
