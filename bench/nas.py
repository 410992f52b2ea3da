"""Neural-architecture tables (issue 6): accuracy and per-device latency from module source.

    python bench/nas.py table --out runs/nas-bench [--sizes 781,1563,all] [--epochs 8]
    python bench/nas.py fewshot --out runs/nas-fewshot [--devices pixel2,raspi4,...]
    python bench/nas.py speed --model runs/nas-bench/all [--archs 64] [--samples 64]
    (--samples N: quantiles of N samples, as the reference library; default exact quantiles)
    python bench/nas.py score --model runs/nas-bench/all   # score a saved checkpoint

On the held-out architectures of `perfhint.models.nas.dataset.load_splits(seed)` (the same
test networks at every training size):
1. `table`: for each training size (NAS-Bench-201 rows: 781 = 5 %, 1563 = 10 %, all), train a
   RegressionLM on the rendered module source and print Kendall and Spearman per target and
   device, beside the FLOPs and params counts and a one-hot MLP trained on the same rows.
   Accuracy is scored on every test network (one query each); latency per device on the
   first `--latency-archs` test networks of each space. Checkpoints go to OUT/<size>.
2. `fewshot`: HELP's setting: the devices are held out of training; the model is then
   calibrated to each with 10 and 50 of its measured NAS-Bench-201 training networks, and
   scored (latency Spearman) on the test networks; twice on the same shots: `calibrate`'s
   blend of known devices ("mix", the default) and the stand-in device's embedding, fitted
   when cross-validation says so ("row", `calibrate(mix=False)`).
3. `speed`: prediction throughput (architectures/s, encoding included): exact quantiles
   (three deterministic decodes), or N samples (`--samples 64`: the reference's setting).

Logs go to stderr, markdown tables to stdout, all scores to OUT/*.json.
"""

from __future__ import annotations

import sys

# Python puts this script's folder first on sys.path, where bench/triton.py would shadow the
# real `triton` package that torch imports (torch.optim -> torch._dynamo -> triton).
if sys.path and sys.path[0] == __import__("os").path.dirname(__file__):
    sys.path.pop(0)

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from perfhint.models.core import Example  # noqa: E402
from perfhint.models.metrics import kendall_score, spearman_score  # noqa: E402
from perfhint.models.nas import dataset  # noqa: E402

# HELP's six meta-test devices on NAS-Bench-201 (Lee et al. 2021).
HELP_TEST_DEVICES = ("titan_rtx_256", "gold_6226", "fpga", "pixel2", "raspi4", "eyeriss")
ACC_TARGETS = tuple(dataset.NB201_ACCURACY_COLUMNS.values())


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- test subset


def eval_subset(
    test: list[Example], latency_archs: int, max_archs: int | None = None
) -> tuple[list[Example], dict]:
    """Queries to score: every device for the first `latency_archs` networks of each space,
    and one device (cycled) for the other NAS-Bench-201 networks (their accuracy), up to
    `max_archs` networks per space.

    Returns (examples, roles): roles[i] = {"accuracy": bool, "latency": bool}.
    """
    by_arch: dict[str, list[Example]] = defaultdict(list)
    for e in test:
        by_arch[e.group].append(e)
    seen: dict[str, int] = defaultdict(int)
    out, roles = [], []
    for k, (group, exs) in enumerate(by_arch.items()):
        space = group.split(":", 1)[0]
        if max_archs is not None and seen[space] >= max_archs:
            continue
        full = seen[space] < latency_archs
        seen[space] += 1
        acc_idx = k % len(exs)
        for j, e in enumerate(exs):
            is_acc = space == "nasbench201" and j == acc_idx
            if full or is_acc:
                out.append(e)
                roles.append({"accuracy": is_acc, "latency": full})
    return out, {"roles": roles}


def score(
    examples: list[Example], roles: list[dict], methods: dict[str, list[tuple[float, ...]]]
) -> list[dict]:
    """Rows {space, target, device, n, scores: {method: {kendall, spearman}}}."""
    cells: dict[tuple[str, str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, (e, r) in enumerate(zip(examples, roles, strict=True)):
        space = e.group.split(":", 1)[0]
        for j, t in enumerate(e.query.targets):
            if t == dataset.LATENCY and r["latency"]:
                cells[(space, t, e.query.profile)].append((i, j))
            elif t != dataset.LATENCY and r["accuracy"]:
                cells[(space, t, "-")].append((i, j))
    rows = []
    for key in sorted(cells, key=lambda k: (k[0], k[1] == dataset.LATENCY, k[1], k[2])):
        idx = cells[key]
        truth = [examples[i].values[j] for i, j in idx]
        scores = {}
        for name, preds in methods.items():
            guess = [preds[i][j] for i, j in idx]
            scores[name] = {
                "kendall": kendall_score(truth, guess),
                "spearman": spearman_score(truth, guess),
            }
        rows.append(dict(space=key[0], target=key[1], device=key[2], n=len(idx), scores=scores))
    return rows


def _f(x: float) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def format_rows(rows: list[dict], title: str) -> str:
    methods = list(rows[0]["scores"]) if rows else []
    head = ["space", "target", "device", "n"] + [f"{m} τ / ρ" for m in methods]
    lines = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [r["space"], r["target"], r["device"], str(r["n"])]
        cells += [
            f"{_f(r['scores'][m]['kendall'])} / {_f(r['scores'][m]['spearman'])}" for m in methods
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for space in sorted({r["space"] for r in rows}):
        lat = [r for r in rows if r["space"] == space and r["target"] == dataset.LATENCY]
        if not lat:
            continue
        parts = []
        for m in methods:
            rho = [r["scores"][m]["spearman"] for r in lat]
            parts.append(f"{m} mean ρ {np.nanmean(rho):.3f} (min {np.nanmin(rho):.3f})")
        lines.append(f"- {space} latency over {len(lat)} devices: " + "; ".join(parts))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- training


def keep_cached_states_on_gpu() -> None:
    """Make StateCache.batch keep each text's cached encoder states on the GPU (fp16) and pad
    there: the same tensors as the CPU path, without copying (B, T, H) float32 batches from
    host memory at every step (which bounds training at a few steps/s on a GPU)."""
    import torch

    from perfhint.models import encoders

    original = encoders.StateCache.batch
    if getattr(original, "_on_gpu", False):
        return

    def batch(self, texts, device):
        if torch.device(device).type != "cuda":
            return original(self, texts, device)
        gpu = self.__dict__.setdefault("_gpu_states", {})
        rows = []
        for t in texts:
            if t not in gpu:
                gpu[t] = self.states[t].to(device)
            rows.append(gpu[t])
        lengths = torch.tensor([r.shape[0] for r in rows], device=device)
        out = torch.nn.utils.rnn.pad_sequence(rows, batch_first=True).float()
        mask = torch.arange(out.shape[1], device=device)[None, :] < lengths[:, None]
        return out, mask

    batch._on_gpu = True
    encoders.StateCache.batch = batch


def build_config(train: list[Example], valid: list[Example], overrides: dict):
    from perfhint.models.rlm import ModelConfig

    exs = train + valid
    spec = {
        "encoder": "minilm",
        "targets": list(dict.fromkeys(t for e in exs for t in e.query.targets)),
        "profiles": list(dict.fromkeys(e.query.profile for e in exs)),
        "modes": list(dict.fromkeys(e.query.mode for e in exs)),
        "max_input_tokens": 448,  # the whole FBNet layer list and NB201 cell fit in 430
    }
    spec.update(overrides)
    return ModelConfig.from_json(spec)


def train_model(train, valid, model_over: dict, train_over: dict, out: Path, card: str):
    from perfhint.models.rlm import RegressionLM, TrainConfig

    config = build_config(train, valid, model_over)
    tc = TrainConfig.from_json({"batch_size": 256, "max_epochs": 8, "patience": 2, **train_over})
    log(f"train: {len(train)} examples, {len({e.group for e in train})} networks -> {out}")
    t0 = time.perf_counter()
    model = RegressionLM.create(config, seed=tc.seed)
    model.tasks = ["nas"]
    model.fit(train, valid, tc)
    elapsed = time.perf_counter() - t0
    log(f"train: {elapsed:.0f} s")
    model.save(out, card=card + f"\n- training time: {elapsed:.0f} s on {model.device}\n")
    return model, elapsed


def encode_each_text_once(model) -> None:
    """Route the model's encoder calls through a StateCache: the benchmark asks for every
    device of a network, and its text needs encoding only once (the server caches the same way)."""
    from perfhint.models import encoders

    cache = encoders.StateCache(model.encoder)  # on disk too where $PERFHINT_CACHE is set

    def memory(texts):
        cache.fill(texts, 32)
        return cache.batch(texts, model.device)

    model._memory = memory


def predict_medians(model, examples: list[Example], samples: int | None, batch_size: int):
    encode_each_text_once(model)
    t0 = time.perf_counter()
    preds = model.predict([e.query for e in examples], num_samples=samples, batch_size=batch_size)
    elapsed = time.perf_counter() - t0
    how = "exact quantiles" if samples is None else f"{samples} samples"
    log(f"predict: {len(examples)} queries, {how}, in {elapsed:.1f} s")
    return [
        tuple(p.values[t].median for t in e.query.targets)
        for p, e in zip(preds, examples, strict=True)
    ], elapsed


def _subsample_valid(valid: list[Example], keep: int) -> list[Example]:
    """Every device of the first `keep` validation networks (early stopping stays cheap)."""
    groups = list(dict.fromkeys(e.group for e in valid))[:keep]
    allowed = set(groups)
    return [e for e in valid if e.group in allowed]


def cmd_table(args) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model_over = json.loads(args.model_config) if args.model_config else {}
    train_over = json.loads(args.train_config) if args.train_config else {}
    if args.epochs:
        train_over["max_epochs"] = args.epochs
    results = {}
    base = dataset.load_splits(seed=args.seed)
    subset, meta = eval_subset(base.test, args.latency_archs, args.max_archs)
    roles = meta["roles"]
    log(f"test: {len({e.group for e in base.test})} networks; scoring {len(subset)} queries")
    for size in args.sizes.split(","):
        n = None if size == "all" else int(size)
        splits = dataset.load_splits(seed=args.seed, train_archs=n)
        valid = _subsample_valid(splits.valid, args.valid_archs)
        t0 = time.perf_counter()
        methods: dict[str, list] = {}
        if not args.no_model:
            card = (
                f"# perfhint nas model ({size} training networks per space)\n\n"
                f"- reproduce: `python bench/nas.py table --sizes {size} --out {out}`\n"
            )
            model, train_s = train_model(
                splits.train, valid, model_over, train_over, out / size, card
            )
            methods["rlm"], pred_s = predict_medians(model, subset, args.samples, args.batch_size)
        else:
            train_s = pred_s = 0.0
        t1 = time.perf_counter()
        methods.update(dataset.baselines(splits.train, subset))
        log(f"baselines: {time.perf_counter() - t1:.0f} s")
        rows = score(subset, roles, methods)
        title = f"train size {size} ({len({e.group for e in splits.train if e.group.startswith('nasbench201')})} NB201 networks)"
        sys.stdout.write(format_rows(rows, title) + "\n")
        sys.stdout.flush()
        results[size] = {
            "rows": rows,
            "train_s": train_s,
            "predict_s": pred_s,
            "queries": len(subset),
            "total_s": time.perf_counter() - t0,
        }
        (out / "table.json").write_text(json.dumps(results, indent=1))
    return 0


# ---------------------------------------------------------------- few-shot new device


def cmd_fewshot(args) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    devices = args.devices.split(",")
    model_over = json.loads(args.model_config) if args.model_config else {}
    train_over = json.loads(args.train_config) if args.train_config else {}
    if args.epochs:
        train_over["max_epochs"] = args.epochs
    splits = dataset.load_splits(seed=args.seed, exclude=devices)
    ckpt = out / "heldout"
    if not (ckpt / "model.safetensors").is_file():
        card = f"# perfhint nas model, devices {', '.join(devices)} held out\n"
        valid = _subsample_valid(splits.valid, args.valid_archs)
        train_model(splits.train, valid, model_over, train_over, ckpt, card)
    # shots: NB201 training networks measured on the held-out device
    rows = dataset.read_rows("nasbench201")
    train_rows, _, test_rows = dataset.split_rows(rows, args.seed)
    test_rows = test_rows[: args.latency_archs]
    methods = {"mix": True, "row": False}
    methods = {m: methods[m] for m in args.methods.split(",")}
    results = []
    for draw in range(args.draws):
        # draw 0 keeps the single draw's shots of earlier runs
        rng = np.random.default_rng(args.seed if draw == 0 else [args.seed, draw])
        for shots in (int(s) for s in args.shots.split(",")):
            for device in devices:
                results.append(
                    _fewshot_device(args, ckpt, device, shots, rng, train_rows, test_rows, methods)
                )
                results[-1]["draw"] = draw
                (out / "fewshot.json").write_text(json.dumps(results, indent=1))
    head = " | ".join(f"{m}: Spearman / Kendall" for m in methods)
    lines = [
        f"| device | shots | n | draws | {head} | mixed devices (draw 0) |",
        "|---|---|---|---|" + "---|" * len(methods) + "---|",
    ]
    for shots in dict.fromkeys(r["shots"] for r in results):
        for device in devices:
            rs = [r for r in results if r["shots"] == shots and r["device"] == device]
            cells = " | ".join(
                f"{np.mean([r[m + '_spearman'] for r in rs]):.3f} / "
                f"{np.mean([r[m + '_kendall'] for r in rs]):.3f}"
                for m in methods
            )
            mixed = ", ".join(rs[0].get("mix_sources", [])) or "-"
            lines.append(f"| {device} | {shots} | {rs[0]['n']} | {len(rs)} | {cells} | {mixed} |")
    lines.append("")
    for shots in dict.fromkeys(r["shots"] for r in results):
        for m in methods:
            per_draw = [
                np.mean(
                    [r[m + "_spearman"] for r in results if r["shots"] == shots and r["draw"] == d]
                )
                for d in range(args.draws)
            ]
            lines.append(
                f"mean Spearman with {shots} shots over {len(devices)} devices, {m}: "
                f"{np.mean(per_draw):.3f} (draws: {', '.join(f'{x:.3f}' for x in per_draw)})"
            )
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _fewshot_device(args, ckpt, device, shots, rng, train_rows, test_rows, methods) -> dict:
    """Calibrate the held-out-device model to `device` on `shots` of its training networks,
    once per method, and score each on the test networks (the same shots for every method)."""
    from perfhint.models.rlm import RegressionLM, TrainConfig

    test = [e for r in test_rows for e in dataset.examples_for(r, [device])]
    truth = [e.values[-1] for e in test]
    # shots from the networks the model trained on (measured on other devices only)
    pool = int(os.environ.get("PERFHINT_NAS_TRAIN_ARCHS") or len(train_rows))
    pick = rng.permutation(min(pool, len(train_rows)))[:shots]
    examples = [e for i in pick for e in dataset.examples_for(train_rows[i], [device])]
    row = dict(device=device, shots=shots, n=len(test))
    for method, mix in methods.items():
        model = RegressionLM.load(ckpt)
        t0 = time.perf_counter()
        tc = TrainConfig(lr=1e-2, max_steps=args.steps, seed=args.seed)
        model.calibrate(examples, profile=device, train_config=tc, mix=mix)
        cal_s = time.perf_counter() - t0
        guess, _ = predict_medians(model, test, args.samples, args.batch_size)
        mixed = model.profile_mixes.get(device)
        row.update({
            f"{method}_spearman": spearman_score(truth, [g[-1] for g in guess]),
            f"{method}_kendall": kendall_score(truth, [g[-1] for g in guess]),
            f"{method}_calibrate_s": cal_s,
            f"{method}_sources": mixed.sources() if mixed else [],
        })  # fmt: skip
        log(f"fewshot {device} {shots} shots, {method}: Spearman {row[method + '_spearman']:.3f}")
    return row


# ---------------------------------------------------------------- throughput


def cmd_speed(args) -> int:
    from perfhint.models.rlm import RegressionLM

    model = RegressionLM.load(args.model, device=args.device)
    rows = dataset.read_rows("nasbench201")
    _, _, test_rows = dataset.split_rows(rows, args.seed)
    profile = model.config.profiles[0]
    queries = [dataset.examples_for(r, [profile])[0].query for r in test_rows[: args.archs]]
    # a fresh text for each query: encoding is part of the cost (nothing is cached here)
    model.predict(queries[:2], num_samples=args.samples)  # warm-up
    t0 = time.perf_counter()
    model.predict(queries, num_samples=args.samples, batch_size=args.batch_size)
    if model.device.type == "cuda":
        import torch

        torch.cuda.synchronize()
    elapsed = time.perf_counter() - t0
    rate = len(queries) / elapsed
    result = dict(
        archs=len(queries), samples=args.samples, targets=len(queries[0].targets),
        seconds=elapsed, archs_per_s=rate, device=str(model.device),
    )  # fmt: skip
    print(json.dumps(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


def cmd_score(args) -> int:
    from perfhint.models.rlm import RegressionLM

    model = RegressionLM.load(args.model, device=args.device)
    splits = dataset.load_splits(seed=args.seed)
    subset, meta = eval_subset(splits.test, args.latency_archs, args.max_archs)
    methods = {"rlm": predict_medians(model, subset, args.samples, args.batch_size)[0]}
    if not args.no_baselines:
        methods.update(dataset.baselines(splits.train, subset))
    rows = score(subset, meta["roles"], methods)
    sys.stdout.write(format_rows(rows, f"{args.model}") + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = p.add_subparsers(dest="cmd", required=True)

    def common(q, train=True):
        q.add_argument("--seed", type=int, default=0)
        q.add_argument("--samples", type=int, help="N samples per query (default: exact)")
        q.add_argument("--batch-size", type=int, default=256, help="queries per decode batch")
        q.add_argument("--latency-archs", type=int, default=600)
        q.add_argument("--max-archs", type=int, default=None, help="test networks per space")
        if train:
            q.add_argument("--out", required=True)
            q.add_argument("--epochs", type=int, default=None)
            q.add_argument("--valid-archs", type=int, default=150)
            q.add_argument("--model-config", default="", help="JSON ModelConfig overrides")
            q.add_argument("--train-config", default="", help="JSON TrainConfig overrides")

    q = sub.add_parser("table")
    common(q)
    q.add_argument("--sizes", default="781,1563,all")
    q.add_argument("--no-model", action="store_true", help="baselines only")
    q.set_defaults(func=cmd_table)

    q = sub.add_parser("fewshot")
    common(q)
    q.add_argument("--devices", default=",".join(HELP_TEST_DEVICES))
    q.add_argument("--shots", default="10,50")
    q.add_argument("--steps", type=int, default=100)
    q.add_argument("--draws", type=int, default=1, help="independent draws of the shots")
    q.add_argument("--methods", default="mix,row", help="mix (calibrate's default), row")
    q.set_defaults(func=cmd_fewshot)

    q = sub.add_parser("speed")
    common(q, train=False)
    q.add_argument("--model", required=True)
    q.add_argument("--archs", type=int, default=64)
    q.add_argument("--device", default="auto")
    q.add_argument("--json", default="")
    q.set_defaults(func=cmd_speed)

    q = sub.add_parser("score")
    common(q, train=False)
    q.add_argument("--model", required=True)
    q.add_argument("--device", default="auto")
    q.add_argument("--no-baselines", action="store_true")
    q.add_argument("--json", default="")
    q.set_defaults(func=cmd_score)

    args = p.parse_args(argv)
    keep_cached_states_on_gpu()
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
