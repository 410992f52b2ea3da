"""Analytic cost of a KernelBench program: FLOPs, bytes moved and operator count, on `meta`.

The program is executed with every tensor on PyTorch's `meta` device (shapes and dtypes, no
data, no GPU), its forward pass under `torch.utils.flop_counter.FlopCounterMode` and a
dispatch mode that adds up the bytes of every ATen operator's tensor inputs and outputs (an
unfused upper bound on memory traffic) and counts the operators (a proxy for kernel launches).

Trusted dataset code only: this *executes* the program. The server never calls it; the counts
for the KernelBench programs are cached in `flops.json` beside this module, and regenerated
with `python -m perfhint.models.kernelbench.analytic` (one process, a time limit per program).

Programs that cannot run on `meta` (Hugging Face models loaded with `from_pretrained`,
data-dependent shapes, `.item()`) are recorded as null.
"""

from __future__ import annotations

import json
import math
import signal
import sys
from importlib import resources
from pathlib import Path

CACHE_NAME = "flops.json"
TIME_LIMIT_S = 60
# Text that means the program needs more than its own text (weights from the hub).
_UNRUNNABLE = ("from_pretrained", "import transformers", "from transformers")


def _meta_source(source: str) -> str:
    # Explicit CUDA placement would escape the `meta` default device.
    return (
        source.replace("device='cuda'", "device='meta'")
        .replace('device="cuda"', 'device="meta"')
        .replace(".cuda()", "")
    )


def _tensor_bytes(x) -> int:
    import torch

    if isinstance(x, torch.Tensor):
        return x.numel() * x.element_size()
    if isinstance(x, (list, tuple)):
        return sum(_tensor_bytes(y) for y in x)
    if isinstance(x, dict):
        return sum(_tensor_bytes(y) for y in x.values())
    return 0


def count(source: str) -> dict[str, float] | None:
    """{"flops", "bytes", "ops"} of one forward call of the program's `Model`, or None."""
    if any(s in source for s in _UNRUNNABLE):
        return None
    import torch
    from torch.utils._python_dispatch import TorchDispatchMode
    from torch.utils.flop_counter import FlopCounterMode

    class _Traffic(TorchDispatchMode):
        def __init__(self) -> None:
            super().__init__()
            self.bytes = 0
            self.ops = 0

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            out = func(*args, **(kwargs or {}))
            # views and other aliasing ops move no data
            if not any(r.alias_info is not None for r in func._schema.returns):
                self.ops += 1
                self.bytes += _tensor_bytes(args) + _tensor_bytes(kwargs or {})
                self.bytes += _tensor_bytes(out)
            return out

    namespace: dict = {"__name__": "kernelbench_program"}
    try:
        with torch.device("meta"), torch.no_grad():
            exec(compile(_meta_source(source), "<kernelbench>", "exec"), namespace)
            model = namespace["Model"](*namespace["get_init_inputs"]())
            inputs = namespace["get_inputs"]()
            flop_mode = FlopCounterMode(display=False)
            traffic = _Traffic()
            with flop_mode, traffic:
                model(*inputs)
    except Exception:  # noqa: BLE001 - any failure on meta is recorded as null
        return None
    return {
        "flops": float(flop_mode.get_total_flops()),
        "bytes": float(traffic.bytes),
        "ops": float(traffic.ops),
    }


def load_cache() -> dict[str, dict[str, float] | None]:
    """The committed counts: program sha12 -> {"flops", "bytes", "ops"} or None."""
    text = resources.files("perfhint.models.kernelbench").joinpath(CACHE_NAME).read_text()
    return json.loads(text)


def features(counts: dict[str, float] | None) -> tuple[float, float, float]:
    """log10 of (flops, bytes, ops), each +1; NaN when the program could not be counted."""
    if counts is None:
        return (math.nan, math.nan, math.nan)
    return tuple(math.log10(counts[k] + 1.0) for k in ("flops", "bytes", "ops"))


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout


def build_cache(programs_dir: Path, out: Path) -> dict[str, dict[str, float] | None]:
    """Count every `programs/<sha12>.py`, one program at a time, TIME_LIMIT_S each."""
    signal.signal(signal.SIGALRM, _on_alarm)
    result: dict[str, dict[str, float] | None] = {}
    paths = sorted(programs_dir.glob("*.py"))
    for i, path in enumerate(paths):
        signal.alarm(TIME_LIMIT_S)
        try:
            result[path.stem] = count(path.read_text())
        except _Timeout:
            result[path.stem] = None
        finally:
            signal.alarm(0)
        status = "null" if result[path.stem] is None else "ok"
        print(f"[{i + 1}/{len(paths)}] {path.stem} {status}", file=sys.stderr, flush=True)
    out.write_text(json.dumps(result, indent=0, sort_keys=True) + "\n")
    return result


def main(argv: list[str] | None = None) -> int:
    from perfhint.models.kernelbench.dataset import data_dir

    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path(__file__).with_name(CACHE_NAME)
    result = build_cache(data_dir() / "programs", out)
    nulls = sum(v is None for v in result.values())
    print(f"{len(result)} programs, {nulls} null -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
