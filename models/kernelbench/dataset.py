"""Task "kernelbench": latency of PyTorch programs on 14 GPUs, eager and `torch.compile` modes.

Data: `../shared/data/kernelbench` (override with PERFHINT_KERNELBENCH_DIR): KernelBench's
reference programs and the baseline timings its authors committed (see that folder's README).

One Example per (program, gpu, mode): kind "program", language "python", text = the program
as `render.model_text` rewrites it (sizes first, no prose), profile = the CSV `gpu`, mode = the
CSV `mode`, targets ("latency_s",) = mean_ms / 1000 (the geometric mean where several setups
timed the same program on the same GPU). A compiled mode's example whose program was also timed
eager on that GPU asks for ("eager_latency_s", "compile_speedup_x"): the decoder writes the
eager latency first and then the speed-up (eager / compiled latency), in one sequence, so it
learns the speed-up as a number of its own rather than as the difference of two latencies it
would have to write within a few percent of each other; a model trained so answers such a
mode's `latency_s` as their ratio (`core.DERIVED_TARGETS`). Examples are listed eager first,
then the compiled modes, per program and GPU.

Splits are by *problem* (level + problem number, so a problem renamed between KernelBench
versions stays on one side). The `nvidia-l4` rows are the few-shot calibration set of an
unseen GPU: they are in no split; their problems are always in test (on the other GPUs), and
`l4_examples()` returns them for `bench/kernelbench.py`'s calibration before/after.
"""

from __future__ import annotations

import csv
import math
import os
import random
from collections import defaultdict
from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy as np

from perfhint.models.core import COMPILE_SPEEDUP, EAGER_LATENCY, Example, Query
from perfhint.models.tasks import Splits

TARGET = "latency_s"
EAGER_TARGET = EAGER_LATENCY  # a compiled mode's example: the same program's eager latency
SPEEDUP_TARGET = COMPILE_SPEEDUP  # ... then eager / its own latency
EAGER = "eager"
FEW_SHOT_GPU = "nvidia-l4"
# Order in which an example's modes are listed: eager first, then the compiled modes.
MODES = (
    "eager",
    "compile-inductor-default",
    "compile-max-autotune",
    "compile-reduce-overhead",
    "compile-max-autotune-no-cudagraphs",
    "compile-cudagraphs",
)
VALID_FRACTION = 0.1
TEST_FRACTION = 0.2


def data_dir() -> Path:
    env = os.environ.get("PERFHINT_KERNELBENCH_DIR")
    if env:
        return Path(env)
    repo_root = Path(__file__).resolve().parents[2]
    return repo_root.parent / "shared" / "data" / "kernelbench"


def problem_group(level: str, problem: str) -> str:
    """What must not be split: KernelBench renamed some problems but kept their number."""
    return f"kernelbench/level{level}/{problem.split('_', 1)[0]}"


@cache
def _read(root: Path) -> tuple[tuple[Example, ...], dict[str, str]]:
    """The examples, and the program sha12 of each example text."""
    from perfhint.models.kernelbench.render import model_text

    timings = root / "timings.csv"
    if not timings.exists():
        raise FileNotFoundError(f"{timings} not found; set PERFHINT_KERNELBENCH_DIR")
    log_ms: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    group_of: dict[str, str] = {}
    with timings.open(newline="") as f:
        for row in csv.DictReader(f):
            key = (row["program"], row["gpu"], row["mode"])
            log_ms[key].append(math.log(float(row["mean_ms"])))
            group_of[row["program"]] = problem_group(row["level"], row["problem"])
    texts = {p: model_text((root / "programs" / f"{p}.py").read_text()) for p in group_of}
    mode_rank = {m: i for i, m in enumerate(MODES)}
    keys = sorted(log_ms, key=lambda k: (group_of[k[0]], k[0], k[1], mode_rank.get(k[2], 99)))
    seconds = {k: math.exp(sum(v) / len(v)) / 1000.0 for k, v in log_ms.items()}
    examples = []
    for program, gpu, mode in keys:
        eager = seconds.get((program, gpu, EAGER)) if mode != EAGER else None
        targets, values = (TARGET,), (seconds[program, gpu, mode],)
        if eager is not None:
            targets, values = (EAGER_TARGET, SPEEDUP_TARGET), (eager, eager / values[0])
        query = Query(
            text=texts[program],
            kind="program",
            language="python",
            profile=gpu,
            targets=targets,
            mode=mode,
        )
        examples.append(Example(query=query, values=values, group=group_of[program]))
    return tuple(examples), {text: p for p, text in sorted(texts.items())}


def latency(example: Example) -> float:
    """The example's own latency (in its mode), whichever targets it asks for."""
    full = example.with_derived()  # a compiled row's: eager latency / speed-up
    return full.values[full.query.targets.index(TARGET)]


def latency_only(example: Example) -> Example:
    """The example asking for its own latency alone."""
    return example.asking((TARGET,))


def load_examples(root: Path | None = None) -> list[Example]:
    """Every (program, gpu, mode) example, nvidia-l4 included."""
    return list(_read((root or data_dir()).resolve())[0])


def program_id(example: Example, root: Path | None = None) -> str | None:
    """The sha12 (file name under programs/) of the program an example reads, if known."""
    return _read((root or data_dir()).resolve())[1].get(example.query.text)


def l4_examples(root: Path | None = None) -> list[Example]:
    """The few-shot GPU's rows: calibration data, never training data."""
    return [e for e in load_examples(root) if e.query.profile == FEW_SHOT_GPU]


def split_groups(groups: list[str], forced_test: set[str], seed: int) -> dict[str, str]:
    """Group -> "train" | "valid" | "test", by a seeded shuffle of the distinct groups."""
    rest = sorted(set(groups) - forced_test)
    random.Random(seed).shuffle(rest)
    n_test = max(0, round(TEST_FRACTION * (len(rest) + len(forced_test))) - len(forced_test))
    n_valid = round(VALID_FRACTION * len(rest))
    side = {g: "test" for g in forced_test}
    side.update({g: "test" for g in rest[:n_test]})
    side.update({g: "valid" for g in rest[n_test : n_test + n_valid]})
    side.update({g: "train" for g in rest[n_test + n_valid :]})
    return side


def load_splits(seed: int = 0, root: Path | None = None) -> Splits:
    """Split by problem. nvidia-l4 rows are in no split (see `l4_examples`): a model trained
    on the splits does not know that profile, so `perfhint eval` could not ask for it; the
    L4 problems are forced into test, so calibration is scored on problems never trained on.
    """
    examples = load_examples(root)
    l4_groups = {e.group for e in examples if e.query.profile == FEW_SHOT_GPU}
    side = split_groups([e.group for e in examples], l4_groups, seed)
    parts: dict[str, list[Example]] = {"train": [], "valid": [], "test": []}
    for e in examples:
        if e.query.profile != FEW_SHOT_GPU:
            parts[side[e.group]].append(e)
    return Splits(train=parts["train"], valid=parts["valid"], test=parts["test"])


# ---- baselines -------------------------------------------------------------------------------


def _analytic_features(examples: list[Example]) -> np.ndarray:
    from perfhint.models.kernelbench.analytic import features, load_cache

    counts = load_cache()
    return np.array([features(counts.get(program_id(e) or "")) for e in examples], dtype=float)


def _fit_predict(x_train, y_train, x_test, ridge: float = 1e-3) -> np.ndarray:
    """Least squares of y on [1, x] with a small ridge; x_test rows with NaN get NaN."""
    a = np.hstack([np.ones((len(x_train), 1)), x_train])
    reg = ridge * np.eye(a.shape[1])
    reg[0, 0] = 0.0
    w = np.linalg.solve(a.T @ a + reg, a.T @ y_train)
    b = np.hstack([np.ones((len(x_test), 1)), x_test])
    return b @ w


def flop_baseline(train: list[Example], test: list[Example]) -> list[float]:
    """log-linear fit of latency on log FLOPs, bytes and operator count, per (GPU, mode).

    Falls back to a fit over all GPUs in that mode, then over everything, where a (GPU, mode)
    has fewer than 10 countable train programs (nvidia-l4 has none). Programs without counts
    (level 4, timeouts) get the median train latency of the same fit, so every method is
    scored on the same rows.
    """
    x_tr, x_te = _analytic_features(train), _analytic_features(test)
    y_tr = np.log10([latency(e) for e in train])
    ok_tr = np.isfinite(x_tr).all(axis=1)
    ok_te = np.isfinite(x_te).all(axis=1)

    gpus = np.array([e.query.profile for e in train])
    modes = np.array([e.query.mode for e in train])
    masks: dict[tuple[str, str], np.ndarray] = {}
    out = np.full(len(test), np.nan)
    for i, e in enumerate(test):
        key = (e.query.profile, e.query.mode)
        if key not in masks:
            candidates = [(gpus == key[0]) & (modes == key[1]), modes == key[1], ok_tr]
            masks[key] = next(m & ok_tr for m in candidates if (m & ok_tr).sum() >= 10)
        mask = masks[key]
        if ok_te[i]:
            out[i] = _fit_predict(x_tr[mask], y_tr[mask], x_te[i : i + 1])[0]
        else:
            out[i] = np.median(y_tr[mask])
    return list(10.0**out)


def baselines(train: list[Example], test: list[Example]) -> dict[str, list[tuple[float, ...]]]:
    """Task-specific baselines aligned with test: the FLOP/bytes/ops log-linear fit (a
    compiled example's eager latency from the eager fit of its GPU, its speed-up the ratio of
    the two fits)."""
    own = flop_baseline(train, test)
    as_eager = [replace(e, query=replace(e.query, mode=EAGER)) for e in test]
    eager = flop_baseline(train, as_eager)

    def value(target: str, i: int) -> float:
        if target == EAGER_TARGET:
            return eager[i]
        return eager[i] / own[i] if target == SPEEDUP_TARGET else own[i]

    return {
        "flops_bytes_loglinear": [
            tuple(value(t, i) for t in e.query.targets) for i, e in enumerate(test)
        ]
    }
