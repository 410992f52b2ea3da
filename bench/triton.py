"""Triton tables (issue 7): latency of perfhint's Triton kernels on H100 SXM and H200.

    python bench/triton.py [--model runs/triton-...] [--samples N] [--json out.json]

On the held-out kernel *tasks* of `perfhint.models.triton.dataset.load_splits(seed)`, per GPU:
1. Spearman and Kendall of predicted vs measured latency: the RLM beside program length,
   TF-IDF + ridge, the FLOP/byte log-linear fit and the (unfitted) roofline on the measured
   ceilings;
2. top-1 recall of the fastest launch configuration among the variants of one kernel
   (same task, problem and dtype), and the mean within-variant Spearman. Baselines built on
   shapes alone give every variant the same prediction; ties count as the first listed
   variant, which is what chance would pick.
Without --model only the baselines are scored. Logs go to stderr, tables (markdown) to stdout.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

# run as `python bench/triton.py`, this folder is sys.path[0] and this file would shadow the
# `triton` package for everything imported below (transformers probes for it)
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from perfhint.models.core import Example  # noqa: E402
from perfhint.models.evaluate import length_baseline, tfidf_ridge_baseline  # noqa: E402
from perfhint.models.metrics import kendall_score, spearman_score, top1_recall_score  # noqa: E402
from perfhint.models.triton import dataset  # noqa: E402


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def share_encodings(model, cache_dir: str | None) -> None:
    """Encode each distinct text once, through the frozen encoder's state cache.

    Both GPUs' queries of a kernel read the same text; with `cache_dir` the states are also
    kept on disk (the training cache layout), so a re-run, or states filled ahead, skip the
    encoder. The decoder then reads cached fp16 states, as it did in training. Only for a
    frozen pretrained encoder; otherwise the model encodes as usual.
    """
    from perfhint.models import encoders

    if getattr(model, "_memory", None) is None or model.config.trains_encoder:
        return
    cache = encoders.StateCache(model.encoder, cache_dir)

    def memory(texts: list[str]):
        cache.fill(texts)
        return cache.batch(texts, model.device)

    model._memory = memory


def within_group_spearman(y_true, y_pred, groups) -> float:
    """Mean Spearman inside variant groups of at least 3 members (nan-free groups only)."""
    by: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        by[g].append(i)
    vals = []
    for idx in by.values():
        if len(idx) >= 3:
            s = spearman_score([y_true[i] for i in idx], [y_pred[i] for i in idx])
            if not math.isnan(s):
                vals.append(s)
    return float(np.mean(vals)) if vals else float("nan")


def score(test: list[Example], methods: dict[str, list[float]]) -> list[dict]:
    groups = dataset.variant_groups(test)
    rows = []
    for profile in sorted({e.query.profile for e in test}):
        idx = [i for i, e in enumerate(test) if e.query.profile == profile]
        truth = [test[i].values[0] for i in idx]
        g = [groups[i] for i in idx]
        for name, preds in methods.items():
            guess = [preds[i] for i in idx]
            rows.append(
                {
                    "profile": profile,
                    "method": name,
                    "n": len(idx),
                    "variant_groups": len(set(g)),
                    "spearman": spearman_score(truth, guess),
                    "kendall": kendall_score(truth, guess),
                    "top1_recall": top1_recall_score(truth, guess, g),
                    "within_variant_spearman": within_group_spearman(truth, guess, g),
                }
            )
    return rows


def markdown(rows: list[dict]) -> str:
    keys = ["profile", "method", "n", "variant_groups", "spearman", "kendall", "top1_recall"]
    keys.append("within_variant_spearman")
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    for r in rows:
        cells = [f"{r[k]:.3f}" if isinstance(r[k], float) else str(r[k]) for k in keys]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, help="checkpoint (omit: baselines only)")
    parser.add_argument(
        "--samples", type=int, help="medians of this many samples (default: exact medians)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--cache-dir", help="frozen-encoder state cache (as in training)")
    args = parser.parse_args(argv)

    splits = dataset.load_splits(seed=args.seed)
    test = splits.test
    tasks = sorted({e.group for e in test})
    log(f"test: {len(test)} examples of {len(tasks)} held-out tasks: {', '.join(tasks)}")
    methods: dict[str, list[float]] = {}
    if args.model:
        from perfhint.models.rlm import RegressionLM

        model = RegressionLM.load(args.model)
        share_encodings(model, args.cache_dir)
        t0 = time.perf_counter()
        preds = model.predict([e.query for e in test], num_samples=args.samples)
        log(f"rlm: {len(test)} predictions in {time.perf_counter() - t0:.0f} s")
        methods["rlm"] = [p.values[dataset.TARGET].median for p in preds]
    methods["length"] = [v[0] for v in length_baseline(test)]
    methods["tfidf_ridge"] = [v[0] for v in tfidf_ridge_baseline(splits.train, test)]
    for name, vals in dataset.baselines(splits.train, test).items():
        methods[name] = [v[0] for v in vals]
    rows = score(test, methods)
    sys.stdout.write(markdown(rows))
    if args.json:
        meta = {"model": str(args.model) if args.model else None, "tasks": tasks}
        args.json.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
