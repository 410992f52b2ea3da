"""The `perfhint` command: thin wrappers over library functions.

Data goes to stdout, logs and progress to stderr. Exit codes: 0 ok, 1 failure, 2 usage error.
Heavy modules (torch, transformers, tree-sitter) are imported inside the subcommands, so
`perfhint --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


class UsageError(Exception):
    """Bad arguments: exit code 2."""


def _cmd_predict(args: argparse.Namespace) -> int:
    from perfhint.server.predict import predict_paths

    results = predict_paths(args.paths, profile=args.profile, model_dir=args.model)
    if args.json:
        json.dump(results, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        from perfhint.server.predict import format_table

        sys.stdout.write(format_table(results))
    return 1 if any("error" in r for r in results) else 0


def _cmd_predict_batch(args: argparse.Namespace) -> int:
    from perfhint.models.batch import predict_batch

    predict_batch(args.inp, args.out, model_dir=args.model, num_samples=args.samples)
    return 0


def _cmd_arch_render(args: argparse.Namespace) -> int:
    from perfhint.models.nas.render import render

    sys.stdout.write(render(args.space, args.arch))
    return 0


def _cmd_profiles(args: argparse.Namespace) -> int:
    from perfhint.models.checkpoints import known_profiles

    rows = known_profiles(args.model)
    if args.json:
        json.dump(rows, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            sys.stdout.write(
                f"{r['id']:<28} {r['kind']:<7} {', '.join(r['targets']):<40} {r['name']}\n"
            )
    return 0


def _cmd_measure(args: argparse.Namespace) -> int:
    from perfhint.models.measure.harness import measure_paths

    results = measure_paths(args.paths, runs=args.runs, timeout_s=args.timeout)
    if args.json:
        from dataclasses import asdict

        json.dump([asdict(m) for m in results], sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        for m in results:
            mem = f"{m.peak_memory_bytes / 2**20:.1f} MiB" if m.peak_memory_bytes else "-"
            lat = f"{m.latency_s * 1e3:.2f} ms" if m.latency_s is not None else "-"
            sys.stdout.write(f"{m.path}\t{m.language}\t{m.outcome}\t{mem}\t{lat}\t{m.message}\n")
    return 0 if all(m.outcome in ("ok", "skipped") for m in results) else 1


def _cmd_serve(args: argparse.Namespace) -> int:
    from perfhint.server.lsp import serve

    serve(model_dir=args.model)
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from perfhint.models.train import main as train_main

    return train_main(args)


def _cmd_eval(args: argparse.Namespace) -> int:
    from perfhint.models.evaluate import main as eval_main

    return eval_main(args)


def _cmd_average(args: argparse.Namespace) -> int:
    from perfhint.models.checkpoints import resolve
    from perfhint.models.soup import average

    soup = average(args.models, window=args.window)
    ingredients = "".join(f"- `{resolve(p)}`\n" for p in args.models)
    soup.save(args.out)  # sets soup.version from the averaged weights
    card = soup.default_card() + f"\nThe mean of the weights of (a model soup):\n\n{ingredients}"
    if args.window:
        card += f"\nRead with the window fields {json.dumps(args.window)}.\n"
    (args.out / "card.md").write_text(card)
    sys.stderr.write(f"wrote {args.out} ({soup.version})\n")
    return 0


def _cmd_calibrate(args: argparse.Namespace) -> int:
    from perfhint.models.calibrate import main as calibrate_main

    return calibrate_main(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perfhint",
        description="Predict memory and latency of code from its text (Regression Language Model).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    model_help = "checkpoint directory (default: the shipped default model)"

    p = sub.add_parser("predict", help="per-file and per-function predictions")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--profile", default="this-machine")
    p.add_argument("--json", action="store_true")
    p.add_argument("--model", type=Path, help=model_help)
    p.set_defaults(func=_cmd_predict)

    p = sub.add_parser("predict-batch", help="answer a JSONL file of requests")
    p.add_argument("--in", dest="inp", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--model", type=Path, help=model_help)
    p.add_argument(
        "--samples",
        type=int,
        help="quantiles of this many decoder samples per request "
        "(default: the decoder distribution's exact quantiles, deterministic)",
    )
    p.set_defaults(func=_cmd_predict_batch)

    p = sub.add_parser("arch", help="neural architectures as the text the model reads")
    arch_sub = p.add_subparsers(dest="arch_command", required=True)
    r = arch_sub.add_parser("render", help="PyTorch module source of an architecture")
    r.add_argument("--space", choices=["nasbench201", "fbnet"], required=True)
    r.add_argument("arch")
    r.set_defaults(func=_cmd_arch_render)

    p = sub.add_parser("profiles", help="profiles and targets the loaded model knows")
    p.add_argument("--json", action="store_true")
    p.add_argument("--model", type=Path, help=model_help)
    p.set_defaults(func=_cmd_profiles)

    p = sub.add_parser("measure", help="real labels for programs, by the sandboxed harness")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--runs", type=int, default=5, help="timed runs after one warm-up")
    p.add_argument("--timeout", type=float, default=10.0, help="wall-clock limit per run (s)")
    p.set_defaults(func=_cmd_measure)

    p = sub.add_parser("serve", help="the language server over stdio")
    p.add_argument("--model", type=Path, help=model_help)
    p.add_argument("--stdio", action="store_true", help="accepted for editor compatibility")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("train", help="train a model on one or more tasks")
    from perfhint.models.tasks import TASK_NAMES

    p.add_argument("--task", action="append", choices=TASK_NAMES, required=True)
    p.add_argument("--out", type=Path, required=True, help="checkpoint directory to write")
    p.add_argument("--encoder", default="minilm", help="'minilm', 'scratch' or an HF encoder dir")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--max-train", type=int, default=None, help="cap training examples per task")
    p.add_argument(
        "--repeat",
        action="append",
        default=[],
        metavar="TASK=K",
        help="show TASK's training examples K times per epoch (a small task among big ones)",
    )
    p.add_argument("--seed", type=int, default=0, help="picks the data split (and --train-seed)")
    p.add_argument(
        "--train-seed",
        type=int,
        help="seed of the run alone (initialisation, batch order, dropout; default --seed), "
        "over --config's: fine-tunes of one split for `perfhint average`",
    )
    p.add_argument("--device", default=None, help="cpu / cuda (default: cuda when available)")
    p.add_argument("--config", type=Path, help="JSON file of ModelConfig/TrainConfig overrides")
    p.add_argument("--init", type=Path, help="start from this checkpoint (fine-tune) instead")
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("eval", help="Spearman/Kendall per task, language, profile and target")
    p.add_argument("--task", action="append", choices=TASK_NAMES, required=True)
    p.add_argument("--model", type=Path, help=model_help)
    p.add_argument("--samples", type=int, default=32, help="samples per query for --point median")
    p.add_argument("--json", type=Path, help="also write the scores here")
    p.add_argument("--max-test", type=int, help="score a random subset of the test split")
    p.add_argument(
        "--point",
        choices=("quantile", "median", "soft"),
        default="quantile",
        help="the model's point estimate: the exact median of the decoder's distribution "
        "(quantile, the hover's), the median of --samples samples, or the soft greedy decode",
    )
    p.add_argument("--write-card", action="store_true", help="put the table in the card.md")
    p.add_argument(
        "--cache-dir", help="keep a frozen encoder's states of the test texts here (reused)"
    )
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser(
        "average", help="one checkpoint from the mean weights of fine-tunes of one checkpoint"
    )
    p.add_argument("models", nargs="+", type=Path, help="checkpoint directories (two or more)")
    p.add_argument("--out", type=Path, required=True, help="checkpoint directory to write")
    p.add_argument(
        "--window",
        type=json.loads,
        help="what the soup reads, JSON of window fields (e.g. '{\"early_literals\": 8}')",
    )
    p.set_defaults(func=_cmd_average)

    p = sub.add_parser("calibrate", help="adapt a model to a new profile from a few samples")
    p.add_argument("--model", type=Path, help=model_help)
    p.add_argument("--task", choices=TASK_NAMES, required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--shots", type=int, default=10)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=_cmd_calibrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    try:
        return args.func(args)
    except UsageError as e:
        sys.stderr.write(f"error: {e}\n")
        return 2
    except (FileNotFoundError, ValueError) as e:
        sys.stderr.write(f"error: {e}\nhint: run `perfhint {args.command} --help`\n")
        return 1
    except KeyboardInterrupt:
        return 1
