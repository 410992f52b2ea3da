"""KernelBench tables (issue 10): GPU latency of PyTorch programs, eager and torch.compile.

    python bench/kernelbench.py --model runs/kb-... [--samples N] [--json out.json]

On the held-out problems of `perfhint.models.kernelbench.dataset.load_splits(seed)`:
1. Spearman and Kendall per GPU and mode: the RLM beside program length, TF-IDF + ridge and
   the analytic FLOP/bytes/ops log-linear fit;
2. accuracy of the predicted sign of the compile speed-up (eager / compiled latency) per
   compiled mode, beside "compile always helps" and the baselines. `rlm` compares the medians
   of two separate queries (eager, compiled); `rlm_joint` reads the speed-up a model decodes
   in one sequence (eager latency, then the compiled mode's: their log ratio on the walk to
   both medians, or the median over N samples with --samples N), for a model trained on
   compiled examples that ask for both;
3. top-1 recall of the fastest mode per (program, GPU);
4. nvidia-l4 (never trained on) before and after 10-shot calibration: the L4 problems are
   split in two folds; each fold's model is calibrated on 10 L4 examples of the other fold's
   problems, so every scored L4 row comes from a problem the calibration never saw. "Before"
   uses a stand-in profile when the model does not know nvidia-l4; "after" is `calibrate` as
   shipped, "row" the same shots with `calibrate(mix=False)` (no blend of known GPUs).

Logs go to stderr, tables (markdown) to stdout.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from perfhint.models.core import Example, Query
from perfhint.models.evaluate import (
    format_table,
    known_targets,
    length_baseline,
    score_slices,
    tfidf_ridge_baseline,
)
from perfhint.models.kernelbench import dataset
from perfhint.models.metrics import (
    kendall_score,
    sign_accuracy_score,
    spearman_score,
    top1_recall_score,
)

L4_SHOTS = 10
L4_STAND_IN = "nvidia-a10g"  # same 24 GB inference class; used only if L4 is unknown


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def speedup_pairs(test: list[Example]) -> list[tuple[int, int, str]]:
    """(eager index, compiled index, mode) for each program and GPU timed in both."""
    eager = {
        (e.query.text, e.query.profile): i for i, e in enumerate(test) if e.query.mode == "eager"
    }
    pairs = []
    for i, e in enumerate(test):
        j = eager.get((e.query.text, e.query.profile))
        if e.query.mode != "eager" and j is not None:
            pairs.append((j, i, e.query.mode))
    return pairs


def speedup_table(
    test: list[Example], methods: dict[str, list[float]], joint: list[float] | None = None
) -> list[dict]:
    """Sign accuracy of log(eager / compiled) per compiled mode and overall, per method.

    joint: per test row, the log speed-up the model decoded within that row's own sequence
    (NaN where the row asks for one latency): scored as `rlm_joint` on the compiled rows.
    """
    pairs = speedup_pairs(test)
    truth = {
        k: math.log(dataset.latency(test[j]) / dataset.latency(test[i]))
        for k, (j, i, _) in enumerate(pairs)
    }
    by_mode: dict[str, list[int]] = defaultdict(list)
    for k, (_, _, mode) in enumerate(pairs):
        by_mode[mode].append(k)
        by_mode["all"].append(k)
    rows = []
    for mode in sorted(by_mode, key=lambda m: (m == "all", m)):
        ks = by_mode[mode]
        t = [truth[k] for k in ks]
        row = {"mode": mode, "n": len(ks), "frac_compile_faster": float(np.mean(np.array(t) > 0))}
        row["always_faster"] = sign_accuracy_score(t, np.ones(len(t)))
        row["never_faster"] = sign_accuracy_score(t, -np.ones(len(t)))
        for name, pred in methods.items():
            guess = [
                math.log(pred[pairs[k][0]] / pred[pairs[k][1]])
                if pred[pairs[k][0]] > 0 and pred[pairs[k][1]] > 0
                else math.nan
                for k in ks
            ]
            row[name] = sign_accuracy_score(t, guess)
        if joint is not None:
            row["rlm_joint"] = sign_accuracy_score(t, [joint[pairs[k][1]] for k in ks])
        rows.append(row)
    return rows


def fastest_mode_table(test: list[Example], methods: dict[str, list[float]]) -> dict:
    """Top-1 recall of the fastest mode per (program, GPU) timed in >= 2 modes."""
    groups = [f"{e.query.profile}|{e.query.text}" for e in test]
    truth = [dataset.latency(e) for e in test]
    out = {"groups": int(sum(1 for g, c in _counts(groups).items() if c >= 2))}
    for name, pred in methods.items():
        pred = [p if np.isfinite(p) else np.inf for p in pred]
        out[name] = top1_recall_score(truth, pred, groups)
    return out


def _counts(items: list[str]) -> dict[str, int]:
    c: dict[str, int] = defaultdict(int)
    for x in items:
        c[x] += 1
    return c


def l4_folds(l4: list[Example], seed: int) -> list[tuple[list[Example], list[Example]]]:
    """Two folds by problem: (10 calibration shots from one half, every row of the other)."""
    groups = sorted({e.group for e in l4})
    random.Random(seed).shuffle(groups)
    halves = [set(groups[: len(groups) // 2]), set(groups[len(groups) // 2 :])]
    folds = []
    for cal_groups, test_groups in (halves, halves[::-1]):
        pool = [e for e in l4 if e.group in cal_groups]
        # eager rows first (the mode users ask for most), then compiled, seeded within each
        rng = random.Random(seed)
        eager = [e for e in pool if e.query.mode == "eager"]
        other = [e for e in pool if e.query.mode != "eager"]
        rng.shuffle(eager)
        rng.shuffle(other)
        shots = (eager + other)[:L4_SHOTS]
        folds.append((shots, [e for e in l4 if e.group in test_groups]))
    return folds


def _medians(model, queries: list[Query], samples: int | None) -> list[float]:
    return _predict(model, queries, samples)[0]


def _predict(model, queries: list[Query], samples: int | None) -> tuple[list[float], list[float]]:
    """Per query: the median latency in its own mode, and the median of log(eager / that
    latency) where the query also asks for the eager latency (else NaN). samples None: the
    exact medians (`sample(levels=(0.5,))`, the compiled one on the eager median's path),
    else over that many samples."""
    medians, joint = [], []
    # every row's own latency: a compiled row asking (eager latency, speed-up) asks for it too
    # (a model trained with the speed-up answers it as their ratio)
    queries = [
        q if dataset.TARGET in q.targets else replace(q, targets=(*q.targets, dataset.TARGET))
        for q in queries
    ]
    queries = [known_targets(q, model.config.targets) for q in queries]
    decoded = model.sample(queries, samples or 0, levels=(0.5,) if samples is None else None)
    for q, values in zip(queries, decoded, strict=True):
        own = values[:, q.targets.index(dataset.TARGET)]
        medians.append(float(np.median(own)))
        if dataset.EAGER_TARGET not in q.targets:
            joint.append(math.nan)
            continue
        eager = values[:, q.targets.index(dataset.EAGER_TARGET)]
        ok = (eager > 0) & (own > 0)
        joint.append(float(np.median(np.log(eager[ok] / own[ok]))) if ok.any() else math.nan)
    return medians, joint


def l4_calibration(model_dir: Path, samples: int | None, seed: int) -> dict:
    from perfhint.models.rlm import RegressionLM

    l4 = dataset.l4_examples()
    base = RegressionLM.load(model_dir)
    profile = dataset.FEW_SHOT_GPU if dataset.FEW_SHOT_GPU in base.config.profiles else L4_STAND_IN
    before_q = [Query(**{**e.query.__dict__, "profile": profile}) for e in l4]
    before = _medians(base, before_q, samples)
    # after: `calibrate` as shipped (a blend of known GPUs when it applies); row: the stand-in
    # GPU's embedding, fitted when cross-validation says so (`calibrate(mix=False)`)
    after = {m: [math.nan] * len(l4) for m in ("after", "row")}
    index = {id(e): i for i, e in enumerate(l4)}
    t0 = time.perf_counter()
    for shots, held in l4_folds(l4, seed):
        # a model trained before the joint rows (or before the speed-up target) gets the
        # shots' targets it knows
        shots = [e.asking(base.config.targets) for e in shots]
        for method, mix in (("after", True), ("row", False)):
            model = RegressionLM.load(model_dir)  # calibrate changes the model it is given
            model.calibrate(shots, profile=dataset.FEW_SHOT_GPU, mix=mix)
            guess = _medians(model, [e.query for e in held], samples)
            for e, v in zip(held, guess, strict=True):
                after[method][index[id(e)]] = v
    log(f"[l4] calibrated 2 folds two ways in {time.perf_counter() - t0:.1f} s")
    truth = [dataset.latency(e) for e in l4]
    rows = []
    for mode in ["eager", "all"]:
        idx = [i for i, e in enumerate(l4) if mode == "all" or e.query.mode == mode]
        t = [truth[i] for i in idx]
        rows.append(
            {
                "mode": mode,
                "n": len(idx),
                "before_profile": profile,
                "before_spearman": spearman_score(t, [before[i] for i in idx]),
                "after_spearman": spearman_score(t, [after["after"][i] for i in idx]),
                "row_spearman": spearman_score(t, [after["row"][i] for i in idx]),
                "before_kendall": kendall_score(t, [before[i] for i in idx]),
                "after_kendall": kendall_score(t, [after["after"][i] for i in idx]),
                "row_kendall": kendall_score(t, [after["row"][i] for i in idx]),
            }
        )
    return {"shots": L4_SHOTS, "rows": rows}


def _fmt(x) -> str:
    if isinstance(x, float):
        return "–" if math.isnan(x) else f"{x:.3f}"
    return str(x)


def markdown(rows: list[dict]) -> str:
    if not rows:
        return "(none)\n"
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_fmt(r[h]) for h in head) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    # `python bench/kernelbench.py` puts bench/ first on sys.path, where bench/triton.py would
    # shadow the real `triton` that torch._dynamo imports (via transformers).
    here = Path(__file__).parent.resolve()
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    from perfhint.models.rlm import RegressionLM, TrainConfig

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, help="checkpoint (omit: baselines only)")
    parser.add_argument(
        "--samples", type=int, help="medians of this many samples (default: exact medians)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--train-seed-differs", action="store_true",
        help="the model (saved before its split seed was recorded) was trained on split --seed "
        "with another `perfhint train --train-seed`",
    )  # fmt: skip
    parser.add_argument("--skip-l4", action="store_true", help="no calibration runs")
    parser.add_argument("--json", type=Path, help="also write every table here")
    args = parser.parse_args(argv)

    splits = dataset.load_splits(seed=args.seed)
    train = [dataset.latency_only(e) for e in splits.train]
    rows = [e for e in splits.test if e.query.profile != dataset.FEW_SHOT_GPU]
    # the model is asked what each row asks; every row is scored on its own latency (a
    # compiled row's eager latency is its eager row's)
    test = [dataset.latency_only(e) for e in rows]
    methods, joint, joint_known = {}, [], False
    if args.model is not None:
        model = RegressionLM.load(args.model)
        # `perfhint train --seed` picks the split (recorded as split_seed since stop 32)
        tc = model.train_config or TrainConfig(seed=args.seed)
        trained_seed = tc.seed if tc.split_seed is None else tc.split_seed
        if trained_seed != args.seed and not args.train_seed_differs:
            parser.error(
                f"{args.model} was trained with --seed {trained_seed}, whose train split holds "
                f"test problems of split seed {args.seed}; pass --seed {trained_seed} (or "
                f"--train-seed-differs if it ran with --train-seed {trained_seed})"
            )
        t0 = time.perf_counter()
        methods["rlm"], joint = _predict(model, [e.query for e in rows], args.samples)
        log(f"[kernelbench] {len(test)} test queries in {time.perf_counter() - t0:.1f} s")
        joint_known = dataset.EAGER_TARGET in model.config.targets
    methods |= {
        "length": [p[0] for p in length_baseline(test)],
        # fitted on every training row's own latency (a compiled row's from its speed-up)
        "tfidf_ridge": [p[0] for p in tfidf_ridge_baseline(train, test)],
        "flops": dataset.flop_baseline(train, test),
    }
    slices = score_slices("kernelbench", test, {k: [(v,) for v in p] for k, p in methods.items()})
    speed = speedup_table(
        test, {k: v for k, v in methods.items() if k != "length"}, joint if joint_known else None
    )
    fastest = fastest_mode_table(test, {k: v for k, v in methods.items() if k != "length"})
    out = {
        "model": str(args.model),
        "test_problems": len({e.group for e in test}),
        "slices": [s.to_json() for s in slices],
        "speedup_sign": speed,
        "fastest_mode_top1": fastest,
    }
    print(
        f"## Latency rank correlation per GPU and mode ({out['test_problems']} held-out problems)\n"
    )
    print(format_table(slices))
    print("## Sign of the compile speed-up (eager / compiled)\n")
    print(markdown(speed))
    print("## Top-1 recall of the fastest mode per (program, GPU)\n")
    print(markdown([fastest]))
    if not args.skip_l4 and args.model is not None:
        out["l4"] = l4_calibration(args.model, args.samples, args.seed)
        print(f"## nvidia-l4 before/after {L4_SHOTS}-shot calibration (2 folds by problem)\n")
        print(markdown(out["l4"]["rows"]))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
