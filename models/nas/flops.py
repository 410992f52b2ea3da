"""Parameter and FLOP counts of NAS-Bench-201 and FBNet networks, computed analytically.

The counts follow the modules that `perfhint.models.nas.render` writes (tests check them
against the instantiated modules and torch's FLOP counter). FLOPs count 2 per
multiply-accumulate of convolutions and linear layers, as `torch.utils.flop_counter` does;
pooling, batch norm and activations are not counted. Pure Python, no torch.
"""

from __future__ import annotations

from dataclasses import dataclass

from perfhint.models.nas.render import (
    FBNET_HEAD_CHANNELS,
    FBNET_STEM_CHANNELS,
    NB201_CELLS_PER_STAGE,
    NB201_CHANNELS,
    NB201_EDGES,
    fbnet_layers,
    parse_fbnet,
    parse_nasbench201,
)

NB201_INPUT_SIZE = 32  # CIFAR images, (3, 32, 32)
NB201_NUM_CLASSES = 10
FBNET_INPUT_SIZE = 224  # ImageNet images, (3, 224, 224)
FBNET_NUM_CLASSES = 1000


@dataclass(frozen=True)
class Cost:
    params: int
    flops: int  # per image


def _conv(c_in: int, c_out: int, k: int, out_size: int, groups: int = 1, bn: bool = True) -> Cost:
    weights = k * k * (c_in // groups) * c_out
    return Cost(weights + (2 * c_out if bn else 0), 2 * weights * out_size * out_size)


def _linear(c_in: int, c_out: int) -> Cost:
    return Cost(c_in * c_out + c_out, 2 * c_in * c_out)


def _sum(costs: list[Cost]) -> Cost:
    return Cost(sum(c.params for c in costs), sum(c.flops for c in costs))


def nasbench201_cost(arch: str, num_classes: int = NB201_NUM_CLASSES) -> Cost:
    """Params and FLOPs of the NAS-Bench-201 network with cell `arch` on 32x32 inputs."""
    ops = parse_nasbench201(arch)
    assert len(ops) == len(NB201_EDGES)
    size = NB201_INPUT_SIZE
    costs = [_conv(3, NB201_CHANNELS[0], 3, size)]
    for stage, c in enumerate(NB201_CHANNELS):
        if stage > 0:
            c_in, size = c // 2, size // 2
            costs += [_conv(c_in, c, 3, size), _conv(c, c, 3, size)]
            costs.append(_conv(c_in, c, 1, size, bn=False))  # shortcut after 2x2 pooling
        for op in ops:
            if op in ("nor_conv_1x1", "nor_conv_3x3"):
                k = 1 if op == "nor_conv_1x1" else 3
                costs += [_conv(c, c, k, size)] * NB201_CELLS_PER_STAGE
    last = NB201_CHANNELS[-1]
    costs += [Cost(2 * last, 0), _linear(last, num_classes)]
    return _sum(costs)


def fbnet_cost(arch: str, num_classes: int = FBNET_NUM_CLASSES) -> Cost:
    """Params and FLOPs of the FBNet network with block choices `arch` on 224x224 inputs."""
    size = FBNET_INPUT_SIZE // 2
    costs = [_conv(3, FBNET_STEM_CHANNELS, 3, size)]
    c_last = FBNET_STEM_CHANNELS
    for c_in, c_out, stride, block in fbnet_layers(parse_fbnet(arch)):
        size_out = size // stride
        if block.is_skip:
            if stride != 1 or c_in != c_out:
                costs.append(_conv(c_in, c_out, 1, size_out))
        else:
            mid = c_in * block.expansion
            costs += [
                _conv(c_in, mid, 1, size, groups=block.groups),
                _conv(mid, mid, block.kernel, size_out, groups=mid),
                _conv(mid, c_out, 1, size_out, groups=block.groups),
            ]
        size, c_last = size_out, c_out
    costs += [
        _conv(c_last, FBNET_HEAD_CHANNELS, 1, size),
        _linear(FBNET_HEAD_CHANNELS, num_classes),
    ]
    return _sum(costs)


def cost(space: str, arch: str) -> Cost:
    if space == "nasbench201":
        return nasbench201_cost(arch)
    if space == "fbnet":
        return fbnet_cost(arch)
    raise ValueError(f"unknown space {space!r}")
