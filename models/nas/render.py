"""Neural architectures as the PyTorch module source a person would write.

`render(space, arch)` turns a NAS-Bench-201 cell string or an FBNet layer-choice string into
a complete, runnable `nn.Module` file. It is the text the model reads for kind
"architecture", so two rules shape it:

- deterministic: the same architecture always renders to the same bytes;
- what varies comes first: the frozen encoder reads a few hundred tokens, so the cell (or the
  FBNet layer list) opens the file and the shared macro skeleton follows it.

Pure string work; no torch import (the rendered text imports torch when it is executed).
"""

from __future__ import annotations

from dataclasses import dataclass

SPACES = ("nasbench201", "fbnet")

# ---------------------------------------------------------------- NAS-Bench-201

NB201_OPS = ("none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3")
# Edges in the order the cell string lists them: (from node, to node).
NB201_EDGES = ((0, 1), (0, 2), (1, 2), (0, 3), (1, 3), (2, 3))
NB201_CHANNELS = (16, 32, 64)
NB201_CELLS_PER_STAGE = 5


def parse_nasbench201(arch: str) -> tuple[str, ...]:
    """The six edge operations of a NAS-Bench-201 cell string, in NB201_EDGES order.

    `|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|none~1|skip_connect~2|`
    """
    nodes = arch.strip().split("+")
    if len(nodes) != 3:
        raise ValueError(f"NAS-Bench-201 cell needs 3 nodes separated by '+': {arch!r}")
    ops: list[str] = []
    for j, node in enumerate(nodes, start=1):
        parts = [p for p in node.strip().split("|") if p]
        if len(parts) != j:
            raise ValueError(f"node {j} needs {j} inputs, got {len(parts)}: {arch!r}")
        for i, part in enumerate(parts):
            op, _, src = part.partition("~")
            if op not in NB201_OPS or src != str(i):
                raise ValueError(f"bad edge {part!r} into node {j} (expected op~{i}): {arch!r}")
            ops.append(op)
    return tuple(ops)


def format_nasbench201(ops: tuple[str, ...]) -> str:
    """Inverse of parse_nasbench201."""
    it = iter(ops)
    return "+".join("|" + "|".join(f"{next(it)}~{i}" for i in range(j)) + "|" for j in (1, 2, 3))


def _nb201_edge_module(op: str) -> str:
    return {
        "skip_connect": "nn.Identity()",
        "nor_conv_1x1": "relu_conv_bn(C, C, 1)",
        "nor_conv_3x3": "relu_conv_bn(C, C, 3)",
        "avg_pool_3x3": "nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)",
    }[op]


_NB201_SKELETON = '''

def relu_conv_bn(C_in, C_out, k, stride=1):
    return nn.Sequential(
        nn.ReLU(),
        nn.Conv2d(C_in, C_out, k, stride=stride, padding=k // 2, bias=False),
        nn.BatchNorm2d(C_out),
    )


class Reduction(nn.Module):
    """Residual block between stages: halves the resolution, doubles the channels."""

    def __init__(self, C_in, C_out):
        super().__init__()
        self.conv_a = relu_conv_bn(C_in, C_out, 3, stride=2)
        self.conv_b = relu_conv_bn(C_out, C_out, 3)
        self.shortcut = nn.Sequential(
            nn.AvgPool2d(2, stride=2), nn.Conv2d(C_in, C_out, 1, bias=False)
        )

    def forward(self, x):
        return self.shortcut(x) + self.conv_b(self.conv_a(x))


class Network(nn.Module):
    """NAS-Bench-201 skeleton: stem, 3 stages of 5 cells (C=16/32/64), residual reductions."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16))
        layers = []
        for stage, C in enumerate((16, 32, 64)):
            if stage > 0:
                layers.append(Reduction(C // 2, C))
            layers += [Cell(C) for _ in range(5)]
        self.cells = nn.Sequential(*layers)
        self.head = nn.Sequential(
            nn.BatchNorm2d(64),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
            nn.Linear(64, num_classes),
        )

    def forward(self, x):  # (B, 3, 32, 32) -> (B, num_classes)
        return self.head(self.cells(self.stem(x)))
'''


def render_nasbench201(arch: str) -> str:
    ops = parse_nasbench201(arch)
    op_of = dict(zip(NB201_EDGES, ops, strict=True))
    init, dropped = [], []
    for (i, j), op in op_of.items():
        if op == "none":
            dropped.append(f"{i}->{j}")
        else:
            init.append(f"        self.edge_{i}_{j} = {_nb201_edge_module(op)}")
    if dropped:
        init.append(f"        # zero edges (op none): {', '.join(dropped)}")
    forward = []
    for j in (1, 2, 3):
        terms = [f"self.edge_{i}_{j}(x{i})" for i in range(j) if op_of[(i, j)] != "none"]
        forward.append(f"        x{j} = {' + '.join(terms) if terms else 'torch.zeros_like(x0)'}")
    head = (
        "import torch\nfrom torch import nn\n\n\n"
        "class Cell(nn.Module):\n"
        "    def __init__(self, C):\n"
        "        super().__init__()\n" + "\n".join(init) + "\n\n"
        "    def forward(self, x0):\n" + "\n".join(forward) + "\n        return x3\n"
    )
    return head + _NB201_SKELETON


# ---------------------------------------------------------------- FBNet


@dataclass(frozen=True)
class FBNetBlock:
    """One of FBNet's 9 candidate blocks: depthwise kernel, expansion, 1x1 groups, or skip."""

    name: str
    kernel: int = 0
    expansion: int = 0
    groups: int = 1

    @property
    def is_skip(self) -> bool:
        return self.kernel == 0


FBNET_BLOCKS = (
    FBNetBlock("k3_e1", 3, 1),
    FBNetBlock("k3_e1_g2", 3, 1, 2),
    FBNetBlock("k3_e3", 3, 3),
    FBNetBlock("k3_e6", 3, 6),
    FBNetBlock("k5_e1", 5, 1),
    FBNetBlock("k5_e1_g2", 5, 1, 2),
    FBNetBlock("k5_e3", 5, 3),
    FBNetBlock("k5_e6", 5, 6),
    FBNetBlock("skip"),
)
FBNET_STEM_CHANNELS = 16
FBNET_STAGE_LAYERS = (1, 4, 4, 4, 4, 4, 1)
FBNET_STAGE_CHANNELS = (16, 24, 32, 64, 112, 184, 352)
FBNET_STAGE_STRIDES = (1, 2, 2, 2, 1, 2, 1)
FBNET_HEAD_CHANNELS = 1984
FBNET_NUM_LAYERS = sum(FBNET_STAGE_LAYERS)  # 22


def parse_fbnet(arch: str) -> tuple[int, ...]:
    """The 22 block choices (indices into FBNET_BLOCKS) of an FBNet string like `7-8-1-...`."""
    parts = arch.strip().split("-")
    if len(parts) != FBNET_NUM_LAYERS or not all(p.isdigit() for p in parts):
        raise ValueError(
            f"FBNet architecture needs {FBNET_NUM_LAYERS} digits joined by '-': {arch!r}"
        )
    choices = tuple(int(p) for p in parts)
    if max(choices) >= len(FBNET_BLOCKS):
        raise ValueError(f"FBNet block index out of range 0..{len(FBNET_BLOCKS) - 1}: {arch!r}")
    return choices


def fbnet_layers(choices: tuple[int, ...]) -> list[tuple[int, int, int, FBNetBlock]]:
    """(in channels, out channels, stride, block) for each searchable layer."""
    layers, c_in, it = [], FBNET_STEM_CHANNELS, iter(choices)
    for n, c_out, stride in zip(
        FBNET_STAGE_LAYERS, FBNET_STAGE_CHANNELS, FBNET_STAGE_STRIDES, strict=True
    ):
        for i in range(n):
            layers.append((c_in, c_out, stride if i == 0 else 1, FBNET_BLOCKS[next(it)]))
            c_in = c_out
    return layers


_FBNET_SKELETON = '''

def conv_bn(C_in, C_out, k, stride=1, groups=1, relu=True):
    layers = [
        nn.Conv2d(C_in, C_out, k, stride=stride, padding=k // 2, groups=groups, bias=False),
        nn.BatchNorm2d(C_out),
    ]
    return nn.Sequential(*layers, nn.ReLU()) if relu else nn.Sequential(*layers)


class MBConv(nn.Module):
    """Inverted residual: 1x1 expand (x e), depthwise k x k, 1x1 project; g = 1x1 groups."""

    def __init__(self, C_in, C_out, k, e, s=1, g=1):
        super().__init__()
        mid = C_in * e
        self.expand = conv_bn(C_in, mid, 1, groups=g)
        self.shuffle = nn.ChannelShuffle(g) if g > 1 else nn.Identity()
        self.depthwise = conv_bn(mid, mid, k, stride=s, groups=mid)
        self.project = conv_bn(mid, C_out, 1, groups=g, relu=False)
        self.residual = s == 1 and C_in == C_out

    def forward(self, x):
        y = self.project(self.depthwise(self.shuffle(self.expand(x))))
        return x + y if self.residual else y


class Skip(nn.Module):
    """The 'skip' choice: identity, or a strided 1x1 projection where the shape changes."""

    def __init__(self, C_in, C_out, s=1):
        super().__init__()
        same = s == 1 and C_in == C_out
        self.proj = nn.Identity() if same else conv_bn(C_in, C_out, 1, stride=s, relu=False)

    def forward(self, x):
        return self.proj(x)


def stem():
    return conv_bn(3, 16, 3, stride=2)


def head(num_classes):
    return nn.Sequential(
        conv_bn(352, 1984, 1),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(1984, num_classes),
    )
'''


def _fbnet_layer_call(c_in: int, c_out: int, stride: int, block: FBNetBlock) -> str:
    s = f", s={stride}" if stride != 1 else ""
    if block.is_skip:
        return f"Skip({c_in}, {c_out}{s})"
    g = f", g={block.groups}" if block.groups != 1 else ""
    return f"MBConv({c_in}, {c_out}, {block.kernel}, {block.expansion}{s}{g})"


def render_fbnet(arch: str) -> str:
    choices = parse_fbnet(arch)
    rows = [f"            {_fbnet_layer_call(*layer)}," for layer in fbnet_layers(choices)]
    head = (
        "from torch import nn\n\n\n"
        "class FBNet(nn.Module):\n"
        "    def __init__(self, num_classes=1000):\n"
        "        super().__init__()\n"
        "        self.stem = stem()\n"
        "        self.layers = nn.Sequential(\n" + "\n".join(rows) + "\n        )\n"
        "        self.head = head(num_classes)\n\n"
        "    def forward(self, x):  # (B, 3, 224, 224) -> (B, num_classes)\n"
        "        return self.head(self.layers(self.stem(x)))\n"
    )
    return head + _FBNET_SKELETON


# ---------------------------------------------------------------- entry point


def render(space: str, arch: str) -> str:
    """The PyTorch module source for `arch` in `space` ("nasbench201" or "fbnet")."""
    if space == "nasbench201":
        return render_nasbench201(arch)
    if space == "fbnet":
        return render_fbnet(arch)
    raise ValueError(f"unknown space {space!r}; known: {', '.join(SPACES)}")


def model_class_name(space: str) -> str:
    """The name of the top-level nn.Module class in `render(space, ...)`."""
    return {"nasbench201": "Network", "fbnet": "FBNet"}[space]
