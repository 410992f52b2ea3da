"""`perfhint eval`: rank correlations per task, language, profile, mode and target.

Every score is printed beside two baselines computed on the same split: "longer code costs
more" (whitespace token count) and TF-IDF + ridge regression on log10 targets, plus any
task-specific baselines the task module provides. A model that does not beat them is not done.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from perfhint.models.core import Example
from perfhint.models.metrics import kendall_score, spearman_score

SliceKey = tuple[str, str, str, str, str]  # (task, language, profile, mode, target)


@dataclass(frozen=True)
class SliceScore:
    task: str
    language: str
    profile: str
    mode: str
    target: str
    n: int
    scores: dict[str, dict[str, float]]  # method -> {"spearman": x, "kendall": x}

    def to_json(self) -> dict:
        return {
            "task": self.task,
            "language": self.language,
            "profile": self.profile,
            "mode": self.mode,
            "target": self.target,
            "n": self.n,
            "scores": self.scores,
        }


def log10_safe(values: Sequence[float]) -> np.ndarray:
    return np.log10(np.maximum(np.asarray(values, dtype=float), 1e-12))


def length_baseline(examples: Sequence[Example]) -> list[tuple[float, ...]]:
    """Longer code costs more: the whitespace token count, for every target."""
    return [tuple(float(len(e.query.text.split())) for _ in e.query.targets) for e in examples]


_TOKEN_PATTERN = r"[A-Za-z_]+|\d+|[^\sA-Za-z_\d]"


def tfidf_ridge_baseline(
    train: Sequence[Example], test: Sequence[Example]
) -> list[tuple[float, ...]]:
    """TF-IDF of code tokens + ridge on log10(y), one fit per (profile, mode, target).

    Groups with fewer than 5 training rows fall back to a fit on every training row of that
    target.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import Ridge

    vectorizer = TfidfVectorizer(
        token_pattern=_TOKEN_PATTERN,
        lowercase=False,
        ngram_range=(1, 2),
        max_features=50_000,
        sublinear_tf=True,
        min_df=2,
    )
    train_texts = sorted({e.query.text for e in train})
    vectorizer.fit(train_texts)
    rows: dict[tuple[str, str, str], list[tuple[str, float]]] = defaultdict(list)
    by_target: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for e in train:
        for t, v in zip(e.query.targets, e.values, strict=True):
            rows[(e.query.profile, e.query.mode, t)].append((e.query.text, v))
            by_target[t].append((e.query.text, v))
    fitted: dict[tuple, Ridge] = {}

    def model_for(key: tuple[str, str, str]) -> Ridge | None:
        if key not in fitted:
            data = rows.get(key, [])
            if len(data) < 5:
                data = by_target.get(key[2], [])
            if not data:
                fitted[key] = None
            else:
                x = vectorizer.transform([d[0] for d in data])
                fitted[key] = Ridge(alpha=1.0).fit(x, log10_safe([d[1] for d in data]))
        return fitted[key]

    test_x = vectorizer.transform([e.query.text for e in test])
    out = []
    for i, e in enumerate(test):
        preds = []
        for t in e.query.targets:
            m = model_for((e.query.profile, e.query.mode, t))
            preds.append(float(10 ** m.predict(test_x[i])[0]) if m is not None else math.nan)
        out.append(tuple(preds))
    return out


def score_slices(
    task: str,
    test: Sequence[Example],
    methods: dict[str, Sequence[tuple[float, ...]]],
) -> list[SliceScore]:
    """Spearman and Kendall of each method's predictions per slice, plus an "all" language row."""
    cells: dict[SliceKey, list[tuple[int, int]]] = defaultdict(list)
    for i, e in enumerate(test):
        q = e.query
        for j, t in enumerate(q.targets):
            cells[(task, q.language, q.profile, q.mode, t)].append((i, j))
    out = []
    for key in sorted(cells):
        idx = cells[key]
        truth = [test[i].values[j] for i, j in idx]
        scores = {}
        for name, preds in methods.items():
            guess = [preds[i][j] for i, j in idx]
            scores[name] = {
                "spearman": spearman_score(truth, guess),
                "kendall": kendall_score(truth, guess),
            }
        out.append(SliceScore(*key, n=len(idx), scores=scores))
    return out


def summarize(slices: Sequence[SliceScore]) -> dict[str, dict[str, float]]:
    """Mean Spearman/Kendall per (task, target) over slices with >= 10 points, per method."""
    acc: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for s in slices:
        if s.n < 10:
            continue
        for method, sc in s.scores.items():
            if not math.isnan(sc["spearman"]):
                acc[(s.task, s.target, method)].append((sc["spearman"], sc["kendall"]))
    out: dict[str, dict[str, float]] = {}
    for (task, target, method), vals in sorted(acc.items()):
        arr = np.array(vals)
        out.setdefault(f"{task}/{target}", {})[method] = float(arr[:, 0].mean())
    return out


def format_table(slices: Sequence[SliceScore]) -> str:
    if not slices:
        return "(no test examples)\n"
    methods = list(slices[0].scores)
    head = ["task", "language", "profile", "mode", "target", "n"]
    head += [f"{m} ρ" for m in methods] + [f"{m} τ" for m in methods]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in slices:
        cells = [s.task, s.language, s.profile, s.mode, s.target, str(s.n)]
        cells += [_fmt(s.scores[m]["spearman"]) for m in methods]
        cells += [_fmt(s.scores[m]["kendall"]) for m in methods]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _fmt(x: float) -> str:
    return "–" if math.isnan(x) else f"{x:.3f}"


def evaluate_task(
    model,
    task_name: str,
    num_samples: int,
    max_test: int | None,
    seed: int = 0,
    cache_dir: str | None = None,
    point: str = "quantile",
):
    """Score `model` on the held-out split of one task beside the baselines.

    point: the model's point estimate: "quantile", the exact median of the decoder's
    distribution (one deterministic pass; what the hover shows), "median" of `num_samples`
    samples, or "soft", the greedy decode with each digit replaced by its expectation.

    cache_dir: keep a frozen encoder's states of the test texts there (the same cache as
    training's `cache_dir`), so scoring several models that read text alike encodes it once.
    """
    from perfhint.models import encoders
    from perfhint.models.tasks import load_task

    module = load_task(task_name)
    splits = module.load_splits(seed=seed)
    # rows scored on the targets their values give too (a compiled mode's latency_s)
    train = [e.with_derived() for e in splits.train]
    test = [e.with_derived() for e in splits.test]
    if max_test is not None and len(test) > max_test:
        keep = np.random.default_rng(seed).choice(len(test), size=max_test, replace=False)
        test = [test[i] for i in sorted(keep)]
    t0 = time.perf_counter()
    memory_fn = None
    if cache_dir is not None and not model.config.trains_encoder:
        cache = encoders.StateCache(model.encoder, cache_dir)
        cache.fill([encoders.render_input(e.query) for e in test])
        memory_fn = lambda texts: cache.batch(texts, model.device)  # noqa: E731
    # a model is asked for the targets it knows (one trained before a task added a target
    # scores NaN there, not an error)
    queries = [known_targets(e.query, model.config.targets) for e in test]
    if point == "quantile":
        rows = model.medians(queries, memory_fn=memory_fn)
    elif point == "soft":
        soft = model.sample(queries, 1, temperature=0, soft=True, memory_fn=memory_fn)
        rows = [r[0] for r in soft]
    elif point == "median":
        predictions = model.predict(queries, num_samples=num_samples, memory_fn=memory_fn)
        rows = [
            [p.values[t].median for t in q.targets]
            for p, q in zip(predictions, queries, strict=True)
        ]
    else:
        raise ValueError(f"unknown point estimate {point!r}; known: median, quantile, soft")
    estimates = [dict(zip(q.targets, r, strict=True)) for q, r in zip(queries, rows, strict=True)]
    elapsed = time.perf_counter() - t0
    methods = {
        "rlm": [
            tuple(float(p[t]) if t in p else math.nan for t in e.query.targets)
            for p, e in zip(estimates, test, strict=True)
        ],
        "length": length_baseline(test),
        "tfidf_ridge": tfidf_ridge_baseline(train, test),
    }
    methods.update(module.baselines(train, test))
    print(
        f"[eval] {task_name}: {len(test)} test queries predicted in {elapsed:.1f} s "
        f"({len(test) / max(elapsed, 1e-9):.1f}/s, "
        + {
            "median": f"{num_samples} samples)",
            "quantile": "exact median)",
            "soft": "soft greedy)",
        }[point],
        file=sys.stderr,
    )
    return score_slices(task_name, test, methods)


def known_targets(query, targets: Sequence[str]):
    """`query` asking only for the targets in `targets` (its last one, if none is known, so
    the model's own error names the unknown target)."""
    keep = tuple(t for t in query.targets if t in targets) or query.targets[-1:]
    return query if keep == query.targets else dataclasses.replace(query, targets=keep)


def write_card_section(model_dir: Path, task: str, table: str, command: str) -> None:
    """Replace (or append) this task's evaluation section in the checkpoint's card.md."""
    card_path = model_dir / "card.md"
    card = card_path.read_text() if card_path.exists() else ""
    begin, end = f"<!-- eval:{task} -->", f"<!-- /eval:{task} -->"
    section = f"{begin}\n### Held-out scores: {task}\n\nReproduce: `{command}`\n\n{table}{end}"
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
    card = (
        pattern.sub(lambda _: section, card)
        if begin in card
        else card.rstrip() + "\n\n" + section + "\n"
    )
    card_path.write_text(card)


def main(args: argparse.Namespace) -> int:
    from perfhint.models.checkpoints import resolve
    from perfhint.models.rlm import RegressionLM

    model_dir = resolve(args.model)
    model = RegressionLM.load(model_dir)
    everything = []
    for task in args.task:
        slices = evaluate_task(
            model, task, args.samples, getattr(args, "max_test", None),
            cache_dir=getattr(args, "cache_dir", None), point=getattr(args, "point", "quantile"),
        )  # fmt: skip
        everything.extend(slices)
        table = format_table(slices)
        sys.stdout.write(f"## {task}\n\n{table}\n")
        for key, row in summarize(slices).items():
            sys.stdout.write(
                f"mean over slices {key}: "
                + ", ".join(f"{m} {v:.3f}" for m, v in row.items())
                + "\n"
            )
        if getattr(args, "write_card", False):
            point = getattr(args, "point", "quantile")
            cmd = f"perfhint eval --task {task} --model {args.model or model_dir}"
            if getattr(args, "max_test", None):
                cmd += f" --max-test {args.max_test}"
            if point != "quantile":
                cmd += f" --point {point}" + (
                    f" --samples {args.samples}" if point == "median" else ""
                )
            write_card_section(model_dir, task, table, cmd)
    if args.json:
        args.json.write_text(json.dumps([s.to_json() for s in everything], indent=1))
    return 0
