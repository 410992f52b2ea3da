"""The Triton kernel corpus: samples = kernel source + launch, as the text the model reads.

`generate()` expands every Task (kernels_elementwise, kernels_rows,
kernels_dense, kernels_fused) over its problems, dtypes and
configurations into Samples, in a fixed order (variant groups shuffled, members together, so
a time-boxed measurement still yields whole groups). A *group* is one task on one problem and
dtype: its members differ only in launch configuration, which is what top-1 recall scores.

Standard library only at import; the helpers that build inputs and check outputs take the
`torch` module as an argument (measure_gpu.py on the GPU, the tests under the interpreter).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

try:
    from . import kernels_dense, kernels_elementwise, kernels_fused, kernels_rows
    from .spec import FLOAT_DTYPES, Launch, Task
except ImportError:  # run as a top-level module by measure_gpu.py
    import kernels_dense
    import kernels_elementwise
    import kernels_fused
    import kernels_rows
    from spec import FLOAT_DTYPES, Launch, Task

MODULE_HEADER = "import triton\nimport triton.language as tl\n"
# relative L2 error allowed against the float64 reference, by input dtype (tf32 for fp32 dots)
TOLERANCE = {"float32": 1e-4, "float16": 1e-2, "bfloat16": 3e-2, "int32": 1e-6, "int8": 1e-6}
TOLERANCE_DOT_F32 = 5e-3


def tasks() -> tuple[Task, ...]:
    return (
        kernels_elementwise.TASKS + kernels_rows.TASKS + kernels_dense.TASKS + kernels_fused.TASKS
    )


def task_by_name() -> dict[str, Task]:
    return {t.name: t for t in tasks()}


@dataclass(frozen=True)
class Sample:
    id: str
    task: str
    family: str
    group: str
    dtype: str
    problem: dict
    config: dict
    launch: Launch
    text: str
    flops: float
    bytes: float

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "task": self.task,
            "family": self.family,
            "group": self.group,
            "dtype": self.dtype,
            "problem": self.problem,
            "config": self.config,
            "grid": list(self.launch.grid),
            "flops": self.flops,
            "bytes": self.bytes,
            "text": self.text,
        }


def _fmt_problem(p: dict) -> str:
    return "_".join(f"{k}{v}" for k, v in p.items())


def _fmt_config(c: dict) -> str:
    return "_".join(f"{k}{v}" for k, v in c.items())


def render(task: Task, launch: Launch) -> str:
    """The text the model reads: a launch summary first (it survives truncation), the kernel
    source, then the launch as code."""
    meta = ", ".join(f"{k}={v}" for k, v in launch.meta)
    shapes = "; ".join(
        f"{t.name}: {t.dtype}[{', '.join(map(str, t.shape))}]" + (" out" if t.output else "")
        for t in launch.tensors
    )
    lines = [
        f"# launch {launch.kernel}: grid={launch.grid} num_warps={launch.num_warps} "
        f"num_stages={launch.num_stages}" + (f" {meta}" if meta else ""),
        f"# tensors: {shapes}",
        "import torch",
        MODULE_HEADER,
        task.source.strip("\n"),
        "",
    ]
    for t in launch.tensors:
        shape = "(" + ", ".join(map(str, t.shape)) + ("," if len(t.shape) == 1 else "") + ")"
        init = t.init.split(":")[0]
        if init == "randint":
            lo, hi = (["0"] + t.init.split(":")[1:])[-2:]
            lines.append(
                f'{t.name} = torch.randint({lo}, {hi}, {shape}, device="cuda", dtype=torch.{t.dtype})'
            )
        else:
            fn = {"uniform": "rand"}.get(init, init)
            lines.append(f'{t.name} = torch.{fn}({shape}, device="cuda", dtype=torch.{t.dtype})')
    args = [a if isinstance(a, str) else repr(a) for a in launch.args]
    args += [f"{k}={v}" for k, v in launch.meta]
    args += [f"num_warps={launch.num_warps}", f"num_stages={launch.num_stages}"]
    lines.append(f"{launch.kernel}[{launch.grid}]({', '.join(args)})")
    return "\n".join(lines) + "\n"


def module_source(task: Task) -> str:
    """The importable module holding the task's kernel (Triton reads source from a file)."""
    return MODULE_HEADER + task.source


def make_sample(task: Task, problem: dict, dtype: str, config: dict) -> Sample:
    launch = task.launch(problem, dtype, config)
    key = f"{task.name}/{_fmt_problem(problem)}/{dtype}"
    digest = hashlib.sha1(f"{key}/{_fmt_config(config)}".encode()).hexdigest()[:10]
    return Sample(
        id=f"{task.name}-{digest}",
        task=task.name,
        family=task.family,
        group=key,
        dtype=dtype,
        problem=dict(problem),
        config=dict(config),
        launch=launch,
        text=render(task, launch),
        flops=float(task.flops(problem)),
        bytes=float(sum(t.nbytes for t in launch.tensors)),
    )


def generate(
    seed: int = 0, tiny: bool = False, names: tuple[str, ...] | None = None
) -> list[Sample]:
    """Every valid (task, problem, dtype, config), variant groups shuffled with `seed`.

    tiny=True uses each task's tiny problem (for the CPU interpreter), one dtype per task.
    """
    groups: list[list[Sample]] = []
    for task in tasks():
        if names is not None and task.name not in names:
            continue
        problems = (task.tiny,) if tiny else task.problems
        dtypes = task.dtypes[:1] if tiny else task.dtypes
        for problem in problems:
            for dtype in dtypes:
                members = [
                    make_sample(task, problem, dtype, c)
                    for c in task.configs
                    if tiny or task.fits(problem, dtype, c)
                ]
                if members:
                    groups.append(members)
    random.Random(seed).shuffle(groups)
    return [s for g in groups for s in g]


# ---------------------------------------------------------------- inputs and checks (torch passed in)


def torch_dtype(torch, name: str):
    return getattr(torch, name)


def make_tensors(torch, launch: Launch, device: str, generator) -> dict:
    """Fresh random inputs; outputs poisoned (NaN, or -1 for integers) unless zero-initialised."""
    out = {}
    for t in launch.tensors:
        dt = torch_dtype(torch, t.dtype)
        kind, *params = t.init.split(":")
        if kind == "randint":
            lo, hi = (0, int(params[0])) if len(params) == 1 else (int(params[0]), int(params[1]))
            x = torch.randint(lo, hi, t.shape, generator=generator, device=device, dtype=dt)
        elif kind == "zeros":
            x = torch.zeros(t.shape, device=device, dtype=dt)
        elif kind == "empty":
            fill = float("nan") if t.dtype in FLOAT_DTYPES else -1
            x = torch.full(t.shape, fill, device=device, dtype=dt)
        elif kind == "uniform":
            lo, hi = float(params[0]), float(params[1])
            r = torch.rand(t.shape, generator=generator, device=device, dtype=torch.float32)
            x = (lo + (hi - lo) * r).to(dt)
        elif kind == "rand":
            x = torch.rand(t.shape, generator=generator, device=device, dtype=torch.float32).to(dt)
        else:
            x = torch.randn(t.shape, generator=generator, device=device, dtype=torch.float32).to(dt)
        out[t.name] = x
    return out


def launch_args(launch: Launch, tensors: dict) -> list:
    return [tensors[a] if isinstance(a, str) else a for a in launch.args]


def run_kernel(fn, launch: Launch, tensors: dict) -> None:
    fn[launch.grid](
        *launch_args(launch, tensors),
        **dict(launch.meta),
        num_warps=launch.num_warps,
        num_stages=launch.num_stages,
    )


def relative_errors(torch, task: Task, sample: Sample, tensors: dict) -> dict[str, float]:
    """||out - ref|| / ||ref|| per output, reference in float64 (float32 without tf32 for dots)."""
    ref_dtype = torch.float32 if task.uses_dot else torch.float64
    inputs = {}
    for t in sample.launch.tensors:
        x = tensors[t.name]
        inputs[t.name] = x.to(ref_dtype) if t.dtype in FLOAT_DTYPES else x.long()
    expected = task.reference(torch, inputs, sample.problem)
    errors = {}
    for name, ref in expected.items():
        got = tensors[name].to(ref_dtype)
        ref = ref.to(ref_dtype)
        if not bool(torch.isfinite(got).all()):
            errors[name] = float("inf")
            continue
        denom = float(torch.linalg.vector_norm(ref)) or 1.0
        errors[name] = float(torch.linalg.vector_norm(got - ref)) / denom
    return errors


def tolerance(task: Task, dtype: str) -> float:
    if task.uses_dot and dtype == "float32":
        return TOLERANCE_DOT_F32
    return TOLERANCE[dtype]
