"""Task "triton": latency of perfhint's own Triton kernels on NVIDIA H100 SXM and H200.

Data: the committed records `records/*.jsonl.gz` beside this module (see README.md here:
how they were measured, the ceilings, the command that re-measures them). Only records whose
outcome is "ok" (correct against the PyTorch reference, then timed) become Examples.

One Example per (sample, GPU): kind "triton", language "python", text = the sample's text
(launch summary, kernel source, launch code), profile = the record's profile
("nvidia-h100-sxm" | "nvidia-h200"), mode "default", targets ("latency_s",) = do_bench median.
`Example.group` is the kernel *task* (one kernel source, every problem, dtype and launch
configuration): splits are by task, stratified by family, so test kernels are unseen code.
`variant_groups()` names the finer groups that top-1 recall ranks within: one task, problem
and dtype, differing only in launch configuration.
"""

from __future__ import annotations

import gzip
import json
import math
import random
from collections import defaultdict
from functools import cache
from pathlib import Path

import numpy as np

from perfhint.models.core import DEFAULT_MODE, Example, Query
from perfhint.models.tasks import Splits

TARGET = "latency_s"
KIND = "triton"
PROFILES = ("nvidia-h100-sxm", "nvidia-h200")
TEST_FRACTION = 0.2
VALID_FRACTION = 0.1


def records_dir() -> Path:
    return Path(__file__).resolve().parent / "records"


@cache
def _records(root: Path) -> tuple[dict, ...]:
    files = sorted(root.glob("*.jsonl.gz"))
    if not files:
        raise FileNotFoundError(f"no Triton records (*.jsonl.gz) under {root}")
    out = []
    for path in files:
        with gzip.open(path, "rt") as f:
            out.extend(json.loads(line) for line in f if line.strip())
    return tuple(out)


def load_records(root: Path | None = None, ok_only: bool = True) -> list[dict]:
    recs = _records((root or records_dir()).resolve())
    return [r for r in recs if r["outcome"] == "ok"] if ok_only else list(recs)


def task_group(task: str) -> str:
    return f"triton/{task}"


def to_example(rec: dict) -> Example:
    query = Query(
        text=rec["text"],
        kind=KIND,
        language="python",
        profile=rec["profile"],
        targets=(TARGET,),
        mode=DEFAULT_MODE,
    )
    return Example(query=query, values=(float(rec["latency_s"]),), group=task_group(rec["task"]))


def load_examples(root: Path | None = None) -> list[Example]:
    return [to_example(r) for r in load_records(root)]


@cache
def _by_text(root: Path) -> dict[str, dict]:
    return {r["text"]: r for r in _records(root)}


def record_of(example: Example, root: Path | None = None) -> dict:
    """The record (shapes, FLOPs, bytes, variant group) behind an example's text."""
    return _by_text((root or records_dir()).resolve())[example.query.text]


def variant_groups(examples: list[Example], root: Path | None = None) -> list[str]:
    """Per example: profile + task/problem/dtype; members differ only in launch config."""
    return [f"{e.query.profile}|{record_of(e, root)['group']}" for e in examples]


def split_tasks(families: dict[str, str], seed: int) -> dict[str, str]:
    """Task group -> "train" | "valid" | "test": within each family a seeded shuffle, then
    about 20% of its tasks to test (at least one where it has two or more) and 10% to valid."""
    by_family: dict[str, list[str]] = defaultdict(list)
    for task, family in sorted(families.items()):
        by_family[family].append(task)
    rng = random.Random(seed)
    side = {}
    for family in sorted(by_family):
        tasks = by_family[family]
        rng.shuffle(tasks)
        n = len(tasks)
        n_test = max(1, round(TEST_FRACTION * n)) if n >= 2 else 0
        n_valid = round(VALID_FRACTION * n)
        for i, t in enumerate(tasks):
            side[t] = "test" if i < n_test else "valid" if i < n_test + n_valid else "train"
    return side


def load_splits(seed: int = 0, root: Path | None = None) -> Splits:
    """Split by kernel task (both GPUs of a task on the same side)."""
    recs = load_records(root)
    side = split_tasks({task_group(r["task"]): r["family"] for r in recs}, seed)
    parts: dict[str, list[Example]] = {"train": [], "valid": [], "test": []}
    for r in recs:
        parts[side[task_group(r["task"])]].append(to_example(r))
    return Splits(train=parts["train"], valid=parts["valid"], test=parts["test"])


# ---- baselines -------------------------------------------------------------------------------


def _features(examples: list[Example]) -> np.ndarray:
    rows = []
    for e in examples:
        r = record_of(e)
        rows.append([math.log10(r["bytes"] + 1.0), math.log10(r["flops"] + 1.0)])
    return np.array(rows, dtype=float)


def flop_byte_baseline(train: list[Example], test: list[Example]) -> list[float]:
    """log10 latency ~ a + b log10(bytes) + c log10(FLOPs), least squares per GPU profile."""
    x_tr, x_te = _features(train), _features(test)
    y_tr = np.log10([e.values[0] for e in train])
    prof_tr = np.array([e.query.profile for e in train])
    out = np.full(len(test), np.nan)
    fits: dict[str, np.ndarray] = {}
    for i, e in enumerate(test):
        p = e.query.profile
        if p not in fits:
            mask = prof_tr == p
            if mask.sum() < 3:
                mask = np.ones(len(train), dtype=bool)
            a = np.hstack([np.ones((mask.sum(), 1)), x_tr[mask]])
            fits[p] = np.linalg.lstsq(a, y_tr[mask], rcond=None)[0]
        out[i] = fits[p][0] + x_te[i] @ fits[p][1:]
    return list(10.0**out)


@cache
def ceilings(root: Path | None = None) -> dict[str, dict[str, float]]:
    """Per profile: the first run's measured copy bandwidth (B/s) and bf16 matmul rate."""
    out = {}
    for side in sorted((root or records_dir()).glob("*.runs.json")):
        runs = json.loads(side.read_text())
        profile = {"h100": PROFILES[0], "h200": PROFILES[1]}.get(side.name.split(".")[0])
        if profile and runs:
            c = runs[0]["ceilings"]
            out[profile] = {
                "copy_bandwidth_bytes_per_s": c["copy_bandwidth_bytes_per_s"],
                "matmul_bf16_flops_per_s": c["matmul_bf16_flops_per_s"],
            }
    return out


def roofline_baseline(test: list[Example]) -> list[float]:
    """No fit: max(bytes / copy bandwidth, FLOPs / bf16 matmul rate) on the measured ceilings."""
    ceil = ceilings()
    out = []
    for e in test:
        r, c = record_of(e), ceil[e.query.profile]
        out.append(
            max(
                r["bytes"] / c["copy_bandwidth_bytes_per_s"],
                r["flops"] / c["matmul_bf16_flops_per_s"],
            )
        )
    return out


def baselines(train: list[Example], test: list[Example]) -> dict[str, list[tuple[float, ...]]]:
    """Task-specific baselines aligned with test: FLOP/byte log-linear fit and the roofline."""
    return {
        "flops_bytes_loglinear": [(v,) for v in flop_byte_baseline(train, test)],
        "roofline": [(v,) for v in roofline_baseline(test)],
    }
