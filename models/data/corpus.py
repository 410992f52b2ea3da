"""Task "code": the measured multi-language program corpus as Examples, split by task group.

Reads models/data/records/<language>.jsonl.gz (written by measure_corpus). Kept: outcome
"ok" and stdout equal to the majority output of the same task and size across languages (a
translation that prints something else is a generator bug, not a label). Records flagged
`unstable` (p90-p10 spread over 20% of the median) are kept by default: on the shared build
machine most runs are (see README.md), the median of 5 runs is still the best estimate we
have, and the test-retest table measures what that noise costs; pass
`include_unstable=False` to drop them. Targets: `peak_memory_bytes`, `latency_s` on profile `this-machine`. Python records
also give function-level examples (kind "function": the function's source, its cProfile
cumulative time and its tracemalloc peak under the program's workload).
"""

from __future__ import annotations

import ast
import hashlib
import os
from collections import Counter
from pathlib import Path

from perfhint.models.core import Example, Query, literal_lines, workload_context
from perfhint.models.tasks import Splits

RECORDS_DIR = Path(__file__).with_name("records")
# another records folder (e.g. a frozen copy while measurement appends to the committed one)
DIR_ENV_VAR = "PERFHINT_CORPUS_DIR"
PROFILE = "this-machine"
TARGETS = ("peak_memory_bytes", "latency_s")
TEST_FRACTION = 0.2
VALID_FRACTION = 0.1


def load_records(records_dir: Path | None = None, include_unstable: bool = True) -> list[dict]:
    """The usable program records (latest measurement per id), with `agrees` computed."""
    from perfhint.models.data.measure_corpus import RETEST_FILE, read_records

    records_dir = records_dir or Path(os.environ.get(DIR_ENV_VAR) or RECORDS_DIR)
    latest: dict[str, dict] = {}
    for path in sorted(records_dir.glob("*.jsonl.gz")):
        if path.name == RETEST_FILE:
            continue
        for r in read_records(path):
            latest[r["id"]] = r  # later lines supersede earlier ones (re-measured texts)
    ok = [r for r in latest.values() if r["outcome"] == "ok"]
    majority: dict[tuple, str] = {}
    votes: dict[tuple, Counter] = {}
    for r in ok:
        votes.setdefault((r["group"], r["variant"], r["size"]), Counter())[r["stdout_sha256"]] += 1
    for key, counter in votes.items():
        majority[key] = counter.most_common(1)[0][0]
    out = []
    for r in ok:
        r = dict(r, agrees=majority[(r["group"], r["variant"], r["size"])] == r["stdout_sha256"])
        if r["agrees"] and (include_unstable or not r["unstable"]):
            out.append(r)
    return out


def _function_sources(text: str) -> dict[str, tuple[str, str]]:
    """name -> (source, workload context) of each top-level function of a Python program."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return {}
    lines = text.splitlines()
    literals = literal_lines(text)
    return {
        node.name: (
            "\n".join(lines[node.lineno - 1 : node.end_lineno]),
            workload_context(literals, node.lineno - 1, node.end_lineno - 1),
        )
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
    }


def to_examples(records: list[dict]) -> list[Example]:
    examples = []
    for r in records:
        q = Query(r["text"], "program", r["language"], PROFILE, TARGETS)
        examples.append(
            Example(q, (float(r["peak_memory_bytes"]), float(r["latency_s"])), r["group"])
        )
        sources = _function_sources(r["text"]) if r["language"] == "python" else {}
        for name, labels in (r.get("functions") or {}).items():
            if name in sources and "latency_s" in labels and "peak_memory_bytes" in labels:
                text, context = sources[name]
                q = Query(text, "function", "python", PROFILE, TARGETS, context=context)
                values = (max(labels["peak_memory_bytes"], 1.0), max(labels["latency_s"], 1e-7))
                examples.append(Example(q, values, r["group"]))
    return examples


def split_of(group: str, seed: int = 0) -> str:
    """'train' / 'valid' / 'test' for a task group: a stable hash, so splits never share tasks."""
    h = int(hashlib.sha256(f"{seed}:{group}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if h < TEST_FRACTION:
        return "test"
    if h < TEST_FRACTION + VALID_FRACTION:
        return "valid"
    return "train"


def load_splits(seed: int = 0, records_dir: Path | None = None) -> Splits:
    parts: dict[str, list[Example]] = {"train": [], "valid": [], "test": []}
    for ex in to_examples(load_records(records_dir)):
        parts[split_of(ex.group, seed)].append(ex)
    return Splits(parts["train"], parts["valid"], parts["test"])


def baselines(train: list[Example], test: list[Example]) -> dict[str, list[tuple[float, ...]]]:
    """Per-language median of the training labels: what knowing only the language buys."""
    by_lang: dict[tuple[str, str], list[tuple[float, ...]]] = {}
    for ex in train:
        by_lang.setdefault((ex.query.kind, ex.query.language), []).append(ex.values)
    fallback = tuple(sorted(v[i] for v in (ex.values for ex in train))[len(train) // 2]
                     for i in range(len(TARGETS))) if train else (0.0, 0.0)  # fmt: skip
    preds = []
    for ex in test:
        rows = by_lang.get((ex.query.kind, ex.query.language))
        if not rows:
            preds.append(fallback)
            continue
        preds.append(tuple(sorted(r[i] for r in rows)[len(rows) // 2] for i in range(len(TARGETS))))
    return {"language-median": preds}
