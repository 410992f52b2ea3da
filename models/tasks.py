"""The training/evaluation tasks: each a module with `load_splits()` and `baselines()`.

A task module provides
    load_splits(seed: int = 0) -> Splits
    baselines(train: list[Example], test: list[Example]) -> dict[str, list[tuple[float, ...]]]
        extra, task-specific baseline predictions aligned with test (the generic baselines,
        token count and TF-IDF + ridge, are computed by perfhint.models.evaluate for every task).
Splits are by `Example.group` (task / problem / architecture), never by row.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from perfhint.models.core import Example

TASK_MODULES = {
    "synthetic": "perfhint.models.data.synthetic",
    "code": "perfhint.models.data.corpus",
    "nas": "perfhint.models.nas.dataset",
    "kernelbench": "perfhint.models.kernelbench.dataset",
    "triton": "perfhint.models.triton.dataset",
}
TASK_NAMES = tuple(TASK_MODULES)


@dataclass(frozen=True)
class Splits:
    train: list[Example]
    valid: list[Example]
    test: list[Example]


def load_task(name: str):
    if name not in TASK_MODULES:
        raise ValueError(f"unknown task {name!r}; known: {', '.join(TASK_NAMES)}")
    return importlib.import_module(TASK_MODULES[name])
