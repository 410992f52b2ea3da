"""A synthetic task whose label is a known function of the text: a sanity check for the RLM.

Each program is a few nested counting loops; its "latency" is the product of the loop bounds
times a constant, so labels span many orders of magnitude and are fully determined by the
numbers written in the text. A model that collapses to the mean, or a broken number
tokenizer, fails it at once (regress-lm users report exactly that failure).
"""

from __future__ import annotations

import random

from perfhint.models.core import Example, Query
from perfhint.models.tasks import Splits

SECONDS_PER_ITERATION = 2e-8
TARGET = "latency_s"
PROFILE = "this-machine"


def program(bounds: list[int]) -> str:
    lines = ["def work(data):", "    total = 0"]
    for depth, n in enumerate(bounds):
        lines.append(f"{'    ' * (depth + 1)}for i{depth} in range({n}):")
    lines.append(f"{'    ' * (len(bounds) + 1)}total += 1")
    lines.append("    return total")
    return "\n".join(lines) + "\n"


def make_examples(count: int, seed: int = 0) -> list[Example]:
    rng = random.Random(seed)
    out = []
    for k in range(count):
        depth = rng.randint(1, 3)
        bounds = [int(10 ** rng.uniform(0.5, 3.5)) for _ in range(depth)]
        latency_s = SECONDS_PER_ITERATION * float(eval_product(bounds))
        query = Query(
            text=program(bounds),
            kind="function",
            language="python",
            profile=PROFILE,
            targets=(TARGET,),
        )
        out.append(Example(query=query, values=(latency_s,), group=f"synthetic-{seed}-{k}"))
    return out


def eval_product(bounds: list[int]) -> int:
    product = 1
    for n in bounds:
        product *= n
    return product


def load_splits(seed: int = 0, size: int = 3000) -> Splits:
    examples = make_examples(size, seed)
    n_test = size // 5
    n_valid = size // 10
    return Splits(
        train=examples[n_test + n_valid :],
        valid=examples[n_test : n_test + n_valid],
        test=examples[:n_test],
    )


def baselines(train: list[Example], test: list[Example]) -> dict[str, list[tuple[float, ...]]]:
    return {}
