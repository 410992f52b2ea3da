"""Does a model read a program's workload size? (python bench/sizes.py --model M)

The code corpus renders every task at several sizes N (models/data/README.md), so the held-out
split holds *cells*: one task variant in one language at 3-6 sizes, texts that differ only in
the literal N. Within a cell the measured cost is ordered by N (Spearman ~0.9 for latency);
between cells it depends on the algorithm and the language. A model that learns each
language's typical cost but not the size scores near zero within cells, and a per-language
Spearman (the card's code scores) mixes the two. Printed per method, over the held-out
programs (Python's per-function examples left out):

- within: mean Spearman inside cells (>= 3 sizes) between the estimate and the measurement
  (0 for a cell where the estimate does not move);
- slope: least-squares slope of the estimate's log10 on the measurement's, both centred per
  cell (1 = the model moves by as many decades as the program does; 0 = it ignores N);
- between: mean over languages of the Spearman between cell means;
- per-language: mean over languages of the plain Spearman (the card's number).

Point estimates of the model: the median of S samples, the exact median of the decoder's
distribution (`RegressionLM.sample(..., levels=(0.5,))`, the hover's) and the soft greedy
decode (`RegressionLM.sample(..., temperature=0, soft=True)`: the greedy path, each digit
replaced by its expectation), beside N itself and TF-IDF + ridge.

Per model (programs): where it finds each program's size literal N — inside the encoder's
window, among the far literals past it (`far_literals`, `early_literals`), or nowhere (then
the estimate cannot follow N at all), per language.

`--kind function`: the same over Python's held-out per-function examples, a cell being one
function's text under its program's sizes (the text does not change with N; only its context,
`Query.context`, the size lines of its file, does). `--samples 0`: the exact median alone.

    python bench/sizes.py --model models/checkpoints/default [--samples 32] [--cache-dir DIR]
        [--kind function]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if not p or Path(p).resolve() != Path(_HERE)]

TARGETS = ("peak_memory_bytes", "latency_s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", required=True, help="repeatable")
    parser.add_argument("--samples", type=int, default=32)
    parser.add_argument("--cache-dir", default="cache/encoder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kind", choices=("program", "function"), default="program")
    args = parser.parse_args(argv)

    import numpy as np

    from perfhint.models import encoders, evaluate
    from perfhint.models.data import corpus
    from perfhint.models.rlm import RegressionLM

    records = {r["text"]: r for r in corpus.load_records()}
    splits = corpus.load_splits(seed=args.seed)
    test = [e for e in splits.test if e.query.kind == args.kind]
    y = np.log10(np.array([e.values for e in test]))
    cells = collections.defaultdict(list)
    for i, e in enumerate(test):
        if args.kind == "function":
            cells[(e.group, e.query.text, e.query.language)].append(i)
        else:
            r = records[e.query.text]
            cells[(r["group"], r["variant"], r["language"])].append(i)
    print(f"code test split: {len(test)} {args.kind}s, {len(cells)} cells, {args.samples} samples")

    estimates: dict[str, np.ndarray] = {}
    if args.kind == "program":
        estimates["N (the size literal)"] = np.log10(
            np.array([[records[e.query.text]["size"]] * 2 for e in test], dtype=float)
        )
    estimates["TF-IDF + ridge"] = np.log10(
        np.maximum(np.array(evaluate.tfidf_ridge_baseline(splits.train, test)), 1e-30)
    )
    queries = [e.query for e in test]
    for ref in args.model:
        model = RegressionLM.load(ref)
        memory_fn = None
        if args.cache_dir and not model.config.trains_encoder:
            cache = encoders.StateCache(model.encoder, args.cache_dir)
            cache.fill([encoders.render_input(q) for q in queries])
            memory_fn = lambda texts, c=cache, m=model: c.batch(texts, m.device)  # noqa: E731
        name = Path(ref).name
        if args.kind == "program":
            print_size_reach(name, model, test, records)
        exact = model.medians(queries, memory_fn=memory_fn)
        estimates[f"{name}: exact median"] = np.log10(np.maximum(np.array(exact), 1e-30))
        if not args.samples:
            continue
        samples = model.sample(queries, num_samples=args.samples, memory_fn=memory_fn)
        soft = model.sample(queries, 1, temperature=0, soft=True, memory_fn=memory_fn)
        estimates[f"{name}: median of {args.samples}"] = np.log10(
            np.maximum(np.array([np.median(s, axis=0) for s in samples]), 1e-30)
        )
        estimates[f"{name}: soft greedy"] = np.log10(
            np.maximum(np.array([s[0] for s in soft]), 1e-30)
        )

    print("\n| method | target | within ρ | slope | between ρ | per-language ρ |")
    print("|---|---|---|---|---|---|")
    for name, est in estimates.items():
        for k, target in enumerate(TARGETS):
            row = scores(est[:, k], y[:, k], cells, [e.query.language for e in test])
            print(f"| {name} | {target} | " + " | ".join(f"{v:.3f}" for v in row) + " |")
    return 0


def print_size_reach(name, model, test, records) -> None:
    """Share of the held-out programs whose size literal the model reads, per language."""
    import math

    from perfhint.models import encoders

    texts = [encoders.render_input(e.query) for e in test]
    window = model.encoder.numbers(texts)
    far = model.far_literals(texts) if model.config.far_literals else [[]] * len(texts)
    counts = collections.defaultdict(collections.Counter)
    for e, seen, past in zip(test, window, far, strict=True):
        size = min(math.log10(1 + records[e.query.text]["size"]), encoders.NUMERAL_MAX)
        where = (
            "window" if any(abs(v - size) < 1e-9 for v in seen)
            else "far" if any(abs(v - size) < 1e-9 for _, v in past)
            else "missing"
        )  # fmt: skip
        counts[e.query.language][where] += 1
        counts["all"][where] += 1
    print(f"\n{name}: where the size literal N is read (share of held-out programs)")
    print("| language | window | far literals | missing |\n|---|---|---|---|")
    for language in [*sorted(k for k in counts if k != "all"), "all"]:
        c = counts[language]
        n = sum(c.values())
        print(
            f"| {language} | "
            + " | ".join(f"{c[w] / n:.2f}" for w in ("window", "far", "missing"))
            + " |"
        )


def scores(est, y, cells, languages) -> tuple[float, float, float, float]:
    """(within-cell Spearman, within-cell slope, between-cell Spearman, per-language Spearman)."""
    import numpy as np
    from scipy.stats import spearmanr

    within, de, dy = [], [], []
    by_language = collections.defaultdict(lambda: ([], []))
    for (_, _, language), idx in cells.items():
        e, t = est[idx], y[idx]
        if len(idx) >= 3 and np.ptp(t) > 0:  # an estimate that does not move scores 0
            within.append(spearmanr(e, t)[0] if np.ptp(e) > 0 else 0.0)
        if len(idx) >= 3:
            de.append(e - e.mean())
            dy.append(t - t.mean())
        by_language[language][0].append(e.mean())
        by_language[language][1].append(t.mean())
    de, dy = np.concatenate(de), np.concatenate(dy)
    between = [spearmanr(a, b)[0] for a, b in by_language.values() if len(a) >= 10]
    plain = []
    for language in sorted(set(languages)):
        idx = [i for i, x in enumerate(languages) if x == language]
        if len(idx) >= 10:
            plain.append(spearmanr(est[idx], y[idx])[0])
    return (
        float(np.mean(within)),
        float((de * dy).sum() / (dy * dy).sum()),
        float(np.nanmean(between)),
        float(np.nanmean(plain)),
    )


if __name__ == "__main__":
    sys.exit(main())
