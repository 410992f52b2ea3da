import torch.nn as nn
import triton


def square(x):
    return x * x


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        def helper(y):
            return y + 1

        return helper(self.fc(x))


@triton.jit
def add_kernel(x_ptr, n):
    pass


add = lambda a, b: a + b

if __name__ == "__main__":
    print(square(3))
