"""Engine speed, measured side by side in one run (python bench/engine.py [--quick]).

1. Predictions per second at batch 1 and 32 with 32 samples each: KV-cached decoding vs. full
   re-decoding as regress-lm decodes (encoder states repeated for every sample, the whole
   prefix and its cross-attention re-run at every token), same seed -> the outputs are
   asserted identical.
2. Training examples per second with a frozen encoder: states cached once vs. re-encoding
   every batch.
3. `predict` at batch 32: the exact p10/median/p90 of the decoder's distribution (three
   deterministic decodes, the default) vs. the quantiles of 32 samples.

Uses the shipped MiniLM encoder and real code (slices of the Python standard library) as
input text. The decoder is trained for a few steps first (speed does not depend on the
weights; nothing here is presented as a prediction of anything).
"""

from __future__ import annotations

import argparse
import os
import sys
import sysconfig
import time
from pathlib import Path

import numpy as np

# `python bench/engine.py` puts bench/ first on sys.path, where bench/triton.py would shadow
# the real `triton` package that torch probes for; this script imports nothing from bench/.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if not p or Path(p).resolve() != Path(_HERE)]


def code_texts(n: int, lines: int = 30, seed: int = 0) -> list[str]:
    """`n` slices of `lines` lines from the standard library's Python sources."""
    root = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(p for p in root.glob("*.py") if p.stat().st_size > 4000)
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < n:
        src = files[rng.integers(len(files))].read_text(errors="replace").splitlines()
        start = int(rng.integers(0, max(1, len(src) - lines)))
        out.append("\n".join(src[start : start + lines]) + "\n")
    return out


def examples(texts: list[str]):
    """Labelled examples for the speed runs: the label is the text's length (a known function)."""
    from perfhint.models.core import Example, Query

    return [
        Example(
            Query(t, "function", "Python", "this-machine", ("peak_memory_bytes", "latency_s")),
            (float(len(t) * 1000), len(t) * 1e-6),
        )
        for t in texts
    ]


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer queries and steps")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    args = parser.parse_args(argv)

    import torch

    from perfhint.models.rlm import ModelConfig, RegressionLM, TrainConfig

    if args.threads:
        torch.set_num_threads(args.threads)
    n_train = 96 if args.quick else 256
    n_single = 4 if args.quick else 8
    samples = 32
    config = ModelConfig(
        encoder="minilm",
        max_input_tokens=256,
        targets=("peak_memory_bytes", "latency_s"),
        profiles=("this-machine",),
    )
    train = examples(code_texts(n_train, seed=1))
    queries = [e.query for e in examples(code_texts(32, seed=2))]
    rows = []

    # ---- training throughput: states cached once (cold, then warm from the disk cache)
    # vs. re-encoding every batch
    import tempfile

    epochs = 2 if args.quick else 3
    train_rates = {}
    model = None
    with tempfile.TemporaryDirectory() as cache_dir:
        for mode in ("cold cache", "warm cache", "re-encode"):
            m = RegressionLM.create(config, seed=0)
            tc = TrainConfig(
                batch_size=32,
                max_epochs=epochs,
                device=args.device,
                cache_encoder=mode != "re-encode",
                cache_dir=cache_dir if mode != "re-encode" else None,
                log_every=0,
            )
            seconds, _ = timed(lambda m=m, tc=tc: m.fit(train, None, tc))
            train_rates[mode] = epochs * len(train) / seconds
            model = model or m

    # ---- prediction throughput
    def run(batch: list, use_cache: bool, seed: int = 0):
        return model.sample(batch, num_samples=samples, seed=seed, use_cache=use_cache)

    results = {}
    for use_cache in (True, False):
        t1, out1 = timed(lambda u=use_cache: [run([q], u) for q in queries[:n_single]])
        t32, out32 = timed(lambda u=use_cache: run(queries, u))
        results[use_cache] = (n_single / t1, len(queries) / t32, out1, out32)
    for a, b in zip(
        results[True][2] + results[True][3], results[False][2] + results[False][3], strict=True
    ):
        a = a[0] if isinstance(a, list) else a
        b = b[0] if isinstance(b, list) else b
        assert np.array_equal(a, b), "KV-cached and full re-decoding disagree for the same seed"

    # decoder-only cost (encoder excluded) for one batch of 32, to show where time goes
    from perfhint.models.encoders import render_input

    memory = model._memory([render_input(q) for q in queries])
    dec_times = {}
    for use_cache in (True, False):
        original = model._memory
        model._memory = lambda texts, m=memory: m
        try:
            dec_times[use_cache], _ = timed(lambda u=use_cache: run(queries, u), repeat=2)
        finally:
            model._memory = original

    rows.append(("predictions/s, batch 1, 32 samples", results[True][0], results[False][0]))
    rows.append(("predictions/s, batch 32, 32 samples", results[True][1], results[False][1]))
    rows.append(
        ("decoder-only predictions/s, batch 32", 32 / dec_times[True], 32 / dec_times[False])
    )
    width = max(len(r[0]) for r in rows) + 2
    print(
        f"device: {args.device}, torch threads: {torch.get_num_threads()}, "
        f"encoder: MiniLM-L6 (max {config.max_input_tokens} tokens), decoder: "
        f"{config.n_layers} layers d_model {config.d_model}, 2 targets x {config.number.length} tokens"
    )
    print(f"{'':<{width}}{'KV cache':>12}{'full re-decode':>16}{'speed-up':>10}")
    for name, fast, slow in rows:
        print(f"{name:<{width}}{fast:>12.2f}{slow:>16.2f}{fast / slow:>9.1f}x")
    print("same seed -> identical samples (cached vs full): asserted")
    print()
    print(f"{'':<{width}}{'cold cache':>12}{'warm cache':>12}{'re-encode':>12}{'speed-up':>10}")
    name = f"training examples/s ({epochs} epochs, {len(train)} ex)"
    r = train_rates
    print(
        f"{name:<{width}}{r['cold cache']:>12.1f}{r['warm cache']:>12.1f}{r['re-encode']:>12.1f}"
        f"{r['cold cache'] / r['re-encode']:>9.1f}x"
    )
    print("cold: encode each distinct text once, then train on cached states; warm: states read")
    print("from the on-disk cache of an earlier run; speed-up = cold / re-encode")

    # ---- point estimates: exact quantiles (3 decodes) vs the quantiles of 32 samples
    exact, _ = timed(lambda: model.predict(queries), repeat=2)
    sampled, _ = timed(lambda: model.predict(queries, num_samples=samples), repeat=2)
    print()
    print(f"{'':<{width}}{'exact':>12}{f'{samples} samples':>16}{'speed-up':>10}")
    name = "predict() per s, batch 32, p10/p50/p90"
    n = len(queries)
    print(f"{name:<{width}}{n / exact:>12.2f}{n / sampled:>16.2f}{sampled / exact:>9.1f}x")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
