"""The records of the Triton corpus: tensors, launches, tasks. Standard library only.

This module, `kernels_*.py` and `corpus.py` are imported both as `perfhint.models.triton.*`
and, by `measure_gpu.py` on a bare GPU machine, as top-level modules from this folder; so
they import nothing from perfhint and import each other through `_sibling`.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field

DTYPE_BYTES = {"float32": 4, "float16": 2, "bfloat16": 2, "int32": 4, "int64": 8, "int8": 1}
FLOAT_DTYPES = ("float32", "float16", "bfloat16")


def _sibling(name: str):
    """Import a module of this folder whether we run inside the package or as a script."""
    if __package__:
        return importlib.import_module(f"{__package__}.{name}")
    return importlib.import_module(name)


@dataclass(frozen=True)
class Tensor:
    """A tensor argument: contiguous, created on the device before the launch.

    `init`: randn | rand | zeros | empty | randint:HIGH | randint:LO:HIGH | uniform:LO:HI. Outputs are poisoned
    (NaN / -1) before the correctness run unless their init is `zeros` (atomic accumulators).
    """

    name: str
    shape: tuple[int, ...]
    dtype: str
    init: str = "randn"
    output: bool = False

    @property
    def numel(self) -> int:
        return math.prod(self.shape)

    @property
    def nbytes(self) -> int:
        return self.numel * DTYPE_BYTES[self.dtype]


@dataclass(frozen=True)
class Launch:
    """One launch of a kernel: `kernel[grid](*args, **meta, num_warps=, num_stages=)`.

    `args` are tensor names (str) or Python scalars, in the kernel's parameter order.
    """

    kernel: str
    grid: tuple[int, ...]
    tensors: tuple[Tensor, ...]
    args: tuple[str | int | float, ...]
    meta: tuple[tuple[str, int], ...]
    num_warps: int
    num_stages: int

    def tensor(self, name: str) -> Tensor:
        return next(t for t in self.tensors if t.name == name)


@dataclass(frozen=True)
class Built:
    """What a task's `build` returns for one (problem, dtype, config)."""

    tensors: tuple[Tensor, ...]
    grid: tuple[int, ...]
    args: tuple[str | int | float, ...]
    meta: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Task:
    """One kernel (its source never changes) with its problems, dtypes and configurations.

    build(problem, dtype, config) -> Built; the config's upper-case keys other than
    `host_keys` are passed as constexpr meta-parameters, `num_warps`/`num_stages` as such.
    reference(torch, tensors, problem) -> {output name: expected}; inputs arrive in float64
    (integer tensors as int64). flops(problem) -> floating-point operations of one launch.
    fits(problem, dtype, config) -> False for configurations that cannot run (too big a block).
    """

    name: str
    family: str
    source: str
    kernel: str
    problems: tuple[dict, ...]
    tiny: dict
    dtypes: tuple[str, ...]
    configs: tuple[dict, ...]
    build: Callable[[dict, str, dict], Built]
    reference: Callable
    flops: Callable[[dict], float]
    uses_dot: bool = False
    host_keys: tuple[str, ...] = ()
    fits: Callable[[dict, str, dict], bool] = lambda p, d, c: True

    def launch(self, problem: dict, dtype: str, config: dict) -> Launch:
        b = self.build(problem, dtype, config)
        meta = {k: v for k, v in config.items() if k.isupper() and k not in self.host_keys}
        meta.update(b.meta)
        return Launch(
            kernel=self.kernel,
            grid=tuple(int(g) for g in b.grid),
            tensors=b.tensors,
            args=b.args,
            meta=tuple(meta.items()),
            num_warps=int(config.get("num_warps", 4)),
            num_stages=int(config.get("num_stages", 2)),
        )


def cdiv(a: int, b: int) -> int:
    return -(-a // b)


def next_pow2(n: int) -> int:
    return 1 << max(0, (n - 1).bit_length())


def configs(keys: str, rows: list[tuple]) -> tuple[dict, ...]:
    """configs("BLOCK num_warps num_stages", [(128, 4, 1), ...]) -> tuple of dicts."""
    names = keys.split()
    return tuple(dict(zip(names, r, strict=True)) for r in rows)
