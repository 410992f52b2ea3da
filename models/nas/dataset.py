"""Task "nas": accuracy and per-device latency of NAS-Bench-201 and FBNet networks.

Reads the CSVs in `../shared/data/nas` (or `$PERFHINT_NAS_DIR`); see its README for the
columns and their provenance. Every architecture is rendered once as PyTorch module source
(perfhint.models.nas.render) and paired with each measured device:

- NAS-Bench-201 row x device d -> targets (cifar10_accuracy_pct, cifar100_accuracy_pct,
  imagenet16_accuracy_pct, latency_s), profile d: accuracy first, then latency, as the
  Regression Language Model paper decodes them;
- FBNet row x device d -> targets (latency_s,), profile d (no accuracy was recorded).

Splits are by architecture (`Example.group` = "<space>:<arch string>"), so a test network is
never seen in training on any device. Knobs, as arguments or environment variables:
    train_archs  PERFHINT_NAS_TRAIN_ARCHS  training architectures per space (781 = 5 % and
                                           1563 = 10 % of NAS-Bench-201's 15,625); default all
    spaces       PERFHINT_NAS_SPACES       comma-separated subset of "nasbench201,fbnet"
    devices      PERFHINT_NAS_DEVICES      comma-separated device ids to keep (default all)
    exclude      PERFHINT_NAS_EXCLUDE      comma-separated device ids to hold out of train/valid
                                           (the few-shot new-device setting)
    devices_per_arch  PERFHINT_NAS_DEVICES_PER_ARCH  keep this many devices (seeded choice) per
                                           training network, to bound the epoch (default all)
"""

from __future__ import annotations

import csv
import math
import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from perfhint.models.core import Example, Query
from perfhint.models.nas.render import SPACES, render
from perfhint.models.tasks import Splits

DIR_ENV_VAR = "PERFHINT_NAS_DIR"
KIND = "architecture"
LANGUAGE = "python"
LATENCY = "latency_s"
# CSV column -> target name, in decoding order (accuracy before latency).
NB201_ACCURACY_COLUMNS = {
    "cifar10_test_acc": "cifar10_accuracy_pct",
    "cifar100_test_acc": "cifar100_accuracy_pct",
    "imagenet16_120_test_acc": "imagenet16_accuracy_pct",
}
NB201_TARGETS = (*NB201_ACCURACY_COLUMNS.values(), LATENCY)
FBNET_TARGETS = (LATENCY,)
ARCH_COLUMN = {"nasbench201": "arch", "fbnet": "ops"}
FILES = {"nasbench201": "nasbench201.csv", "fbnet": "fbnet.csv"}
TEST_FRACTION = 0.16
VALID_FRACTION = 0.04
TRAIN_SIZES = {"5%": 781, "10%": 1563, "all": None}  # NAS-Bench-201 rows, as in the paper


@dataclass(frozen=True)
class ArchRow:
    """One architecture's measurements: accuracies (%) and latency (ms) per device."""

    space: str
    arch: str
    accuracy_pct: dict[str, float]  # target name -> value; empty for FBNet
    latency_ms: dict[str, float]  # device id -> value

    @property
    def group(self) -> str:
        return f"{self.space}:{self.arch}"


def data_dir() -> Path:
    """`$PERFHINT_NAS_DIR`, else `../shared/data/nas` beside the repository root."""
    env = os.environ.get(DIR_ENV_VAR)
    if env:
        return Path(env)
    repo_root = Path(__file__).resolve().parents[2]
    return (repo_root / ".." / "shared" / "data" / "nas").resolve()


def read_rows(space: str, directory: Path | None = None) -> list[ArchRow]:
    """The rows of one space's CSV, in file order."""
    path = (directory or data_dir()) / FILES[space]
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found (set {DIR_ENV_VAR} to the nas data folder)")
    out = []
    with path.open(newline="") as f:
        for rec in csv.DictReader(f):
            acc = (
                {t: float(rec[c]) for c, t in NB201_ACCURACY_COLUMNS.items()}
                if space == "nasbench201"
                else {}
            )
            lat = {
                k.removeprefix("latency_ms_"): float(v)
                for k, v in rec.items()
                if k.startswith("latency_ms_")
            }
            out.append(ArchRow(space, rec[ARCH_COLUMN[space]], acc, lat))
    return out


@cache
def _rendered(space: str, arch: str) -> str:
    return render(space, arch)


def examples_for(
    row: ArchRow, devices: Sequence[str] | None = None, exclude: Sequence[str] = ()
) -> list[Example]:
    """One Example per measured device of `row` (sorted by device id)."""
    text = _rendered(row.space, row.arch)
    targets = NB201_TARGETS if row.space == "nasbench201" else FBNET_TARGETS
    out = []
    for device in sorted(row.latency_ms):
        if (devices is not None and device not in devices) or device in exclude:
            continue
        values = tuple(row.accuracy_pct[t] for t in targets[:-1])
        values += (row.latency_ms[device] / 1000.0,)
        query = Query(text=text, kind=KIND, language=LANGUAGE, profile=device, targets=targets)
        out.append(Example(query=query, values=values, group=row.group))
    return out


def split_rows(
    rows: Sequence[ArchRow], seed: int = 0
) -> tuple[list[ArchRow], list[ArchRow], list[ArchRow]]:
    """(train, valid, test) architectures: a seeded shuffle, test and valid taken first.

    The test set depends only on `seed`, never on the training-size knob, so scores at 781,
    1,563 and all rows are measured on the same held-out networks.
    """
    order = list(rows)
    random.Random(f"nas-split-{seed}").shuffle(order)
    n_test = round(len(order) * TEST_FRACTION)
    n_valid = round(len(order) * VALID_FRACTION)
    return order[n_test + n_valid :], order[n_test : n_test + n_valid], order[:n_test]


def _env_list(name: str) -> list[str] | None:
    raw = os.environ.get(name, "").strip()
    return [x.strip() for x in raw.split(",") if x.strip()] or None


def load_splits(
    seed: int = 0,
    train_archs: int | None = None,
    spaces: Sequence[str] | None = None,
    devices: Sequence[str] | None = None,
    exclude: Sequence[str] | None = None,
    directory: Path | None = None,
    devices_per_arch: int | None = None,
) -> Splits:
    """Train/valid/test Examples, split by architecture (see the module docstring)."""
    if train_archs is None and os.environ.get("PERFHINT_NAS_TRAIN_ARCHS"):
        train_archs = int(os.environ["PERFHINT_NAS_TRAIN_ARCHS"])
    spaces = list(spaces or _env_list("PERFHINT_NAS_SPACES") or SPACES)
    devices = devices if devices is not None else _env_list("PERFHINT_NAS_DEVICES")
    exclude = list(exclude if exclude is not None else _env_list("PERFHINT_NAS_EXCLUDE") or [])
    if devices_per_arch is None and os.environ.get("PERFHINT_NAS_DEVICES_PER_ARCH"):
        devices_per_arch = int(os.environ["PERFHINT_NAS_DEVICES_PER_ARCH"])
    rng = random.Random(f"nas-devices-{seed}")
    train, valid, test = [], [], []
    for space in spaces:
        if space not in SPACES:
            raise ValueError(f"unknown space {space!r}; known: {', '.join(SPACES)}")
        tr, va, te = split_rows(read_rows(space, directory), seed)
        if train_archs is not None:
            tr = tr[:train_archs]
        for row in tr:
            exs = examples_for(row, devices, exclude)
            if devices_per_arch is not None and len(exs) > devices_per_arch:
                exs = rng.sample(exs, devices_per_arch)
            train += exs
        for row in va:
            valid += examples_for(row, devices, exclude)
        for row in te:
            test += examples_for(row, devices)
    return Splits(train=train, valid=valid, test=test)


# ---------------------------------------------------------------- baselines


def arch_of(example: Example) -> tuple[str, str]:
    """(space, arch string) of an Example made by this module."""
    space, _, arch = example.group.partition(":")
    if space not in SPACES or not arch:
        raise ValueError(f"not a nas example group: {example.group!r}")
    return space, arch


def _key(target: str, profile: str) -> str:
    """Accuracy is profile-independent; latency is per profile."""
    return f"{target}@{profile}" if target == LATENCY else target


def _is_log(key: str) -> bool:
    return key.startswith(LATENCY)


def _table(examples: Sequence[Example]) -> dict[tuple[str, str], dict[str, float]]:
    """(space, arch) -> {target key: value} over the examples."""
    out: dict[tuple[str, str], dict[str, float]] = {}
    for e in examples:
        row = out.setdefault(arch_of(e), {})
        for t, v in zip(e.query.targets, e.values, strict=True):
            row[_key(t, e.query.profile)] = v
    return out


def cost_baseline(
    train: Sequence[Example], test: Sequence[Example], which: str
) -> list[tuple[float, ...]]:
    """log10(FLOPs or params) -> target by least squares, one fit per space and target key.

    A monotone map, so its rank scores are those of the raw count (with the fitted sign).
    """
    import numpy as np

    from perfhint.models.nas.flops import cost

    def feature(space: str, arch: str) -> float:
        c = cost(space, arch)
        return math.log10(max(getattr(c, which), 1))

    fits: dict[tuple[str, str], tuple[float, float]] = {}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for (space, arch), values in _table(train).items():
        x = feature(space, arch)
        for key, v in values.items():
            points.setdefault((space, key), []).append((x, math.log10(v) if _is_log(key) else v))
    for k, pts in points.items():
        a = np.array(pts)
        slope, intercept = (
            np.polyfit(a[:, 0], a[:, 1], 1) if np.ptp(a[:, 0]) > 0 else (0, a[:, 1].mean())
        )
        fits[k] = (float(slope), float(intercept))
    out = []
    for e in test:
        space, arch = arch_of(e)
        x = feature(space, arch)
        preds = []
        for t in e.query.targets:
            key = _key(t, e.query.profile)
            slope, intercept = fits.get((space, key), (math.nan, math.nan))
            y = slope * x + intercept
            preds.append(10**y if _is_log(key) else y)
        out.append(tuple(preds))
    return out


def baselines(train: list[Example], test: list[Example]) -> dict[str, list[tuple[float, ...]]]:
    """FLOPs and params counts (log-linear fits) and a one-hot MLP over the cell/layer ops."""
    from perfhint.models.nas.mlp import onehot_mlp_baseline

    return {
        "flops": cost_baseline(train, test, "flops"),
        "params": cost_baseline(train, test, "params"),
        "onehot_mlp": onehot_mlp_baseline(train, test),
    }
