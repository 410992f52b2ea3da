"""Training-step speed of the default decoder, settings side by side in one run
(python bench/train_step.py [--steps N] [--config models/checkpoints/default.train.json]).

One step = forward, backward, clipping and the optimizer on a batch shaped as the default
recipe's: 64 sequences of the code task's length reading cached MiniLM states (256 x 384,
a third of the texts shorter) and, for a lexical decoder, their token ids. Each setting is
timed on the same tensors, interleaved over rounds, and the median step is reported:

- before: AdamW one tensor at a time, every sequence's cross-attention keys/values gathered
  from the distinct texts (as training did until 2026-12-06), dropout on attention weights;
- exact speed-ups: fused AdamW, no gather when every sequence reads its own text (the same
  arithmetic: every recipe gets these);
- + no attention dropout: `attention_dropout` 0 (a recipe change);
- + 4 rows per text: 16 distinct texts in the batch (`rows_per_text` 4, one text on several
  devices, as NAS / KernelBench / Triton batches can be grouped; a recipe change);
- exact speed-ups + N unread tokens (lexical decoders, `lexical_tokens`): every text also
  brings N token ids its encoder window left out (`--unread`, the code corpus's mean is
  ~250 for `lexical_tokens` 1024, its longest texts 768), averaged in runs of
  `--unread-stride` (`unread_stride`, default 4).

The weights are random: speed does not depend on them and nothing here predicts anything.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if not p or Path(p).resolve() != Path(_HERE)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(ROOT / "models/checkpoints/default.train.json"))
    parser.add_argument("--steps", type=int, default=6, help="timed steps per setting per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--unread", type=int, action="append", default=None,
        help="unread tokens per text for a lexical decoder (repeatable; default 256 and 768)",
    )  # fmt: skip
    parser.add_argument("--unread-stride", type=int, default=4, help="unread tokens per entry")
    args = parser.parse_args(argv)

    import torch

    from perfhint.models.decoder import Decoder, Vocab
    from perfhint.models.numeric import NumberFormat
    from perfhint.models.train import Objective

    recipe = json.loads(Path(args.config).read_text())
    model, batch = recipe["model"], recipe["train"].get("batch_size", 64)
    d_model, layers = model.get("d_model", 256), model.get("n_layers", 2)
    heads, d_ff = model.get("n_heads", 4), model.get("d_ff", 1024)
    T = model.get("max_input_tokens", 256)
    H, lexical_vocab = 384, 30522 if model.get("lexical") else 0
    vocab = Vocab(("p",), 0, ("default",), ("peak_memory_bytes", "latency_s"), NumberFormat())
    t = vocab.max_length - 1

    gen = torch.Generator().manual_seed(0)

    def inputs(texts: int, gather: bool, unread: int = 0) -> dict:
        mem = torch.randn(texts, T, H, generator=gen)
        mask = torch.ones(texts, T, dtype=torch.bool)
        mask[::3, T // 2 :] = False
        ids = torch.randint(1, max(2, lexical_vocab), (texts, T), generator=gen)
        ids[~mask] = 0
        rows = torch.arange(batch) % texts
        tokens = torch.randint(0, len(vocab), (batch, t), generator=gen)
        labels = torch.randint(0, len(vocab), (batch, t), generator=gen)
        out = dict(tokens=tokens, labels=labels, memory=mem, memory_mask=mask)
        # the old gather: a permutation (Decoder.start skips an in-order identity)
        out["rows"] = rows.flip(0) if gather else rows
        if lexical_vocab:
            extra = torch.randint(1, lexical_vocab, (texts, unread), generator=gen)
            extra[::3, unread // 2 :] = 0  # a third of the texts have fewer
            out["memory_ids"] = torch.cat([ids, extra], dim=1)
        return out

    drop = model.get("dropout", 0.1)
    settings = {
        "before": dict(fused=False, attn=drop, texts=batch, gather=True),
        "exact speed-ups": dict(fused=True, attn=drop, texts=batch, gather=False),
        "+ no attention dropout": dict(fused=True, attn=0.0, texts=batch, gather=False),
        "+ 4 rows per text": dict(fused=True, attn=0.0, texts=batch // 4, gather=False),
    }
    if lexical_vocab:
        for n in args.unread or [256, 768]:
            settings[f"exact speed-ups + {n} unread"] = dict(
                fused=True, attn=drop, texts=batch, gather=False, unread=n
            )
    runs = {}
    for name, s in settings.items():
        torch.manual_seed(0)
        dec = Decoder(
            len(vocab), vocab.max_length, H, d_model, layers, heads, d_ff,
            model.get("dropout", 0.1), lexical_vocab=lexical_vocab,
            fan_in_cross_init=model.get("fan_in_cross_init", False),
            attn_dropout=s["attn"], unread_stride=args.unread_stride if "unread" in s else 0,
        )  # fmt: skip
        obj = Objective(dec, None, torch.zeros(t, len(vocab))).train()
        opt = torch.optim.AdamW(obj.parameters(), lr=1e-3, fused=s["fused"])
        runs[name] = (obj, opt, inputs(s["texts"], s["gather"], s.get("unread", 0)))

    def step(obj, opt, batch_inputs) -> None:
        loss = obj(**batch_inputs)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(obj.parameters(), 1.0)
        opt.step()

    times: dict[str, list[float]] = {name: [] for name in runs}
    for r in runs.values():  # warm-up
        step(*r)
    for _ in range(args.rounds):
        for name, r in runs.items():
            for _ in range(args.steps):
                t0 = time.perf_counter()
                step(*r)
                times[name].append(time.perf_counter() - t0)

    print(
        f"torch threads: {torch.get_num_threads()}, batch {batch}, {T} states x {H}, decoder "
        f"{layers} layers d_model {d_model}, lexical {bool(lexical_vocab)}, "
        f"{args.rounds} x {args.steps} steps per setting (median)"
    )
    base = statistics.median(times["before"])
    width = max(len(n) for n in times) + 2
    print(f"{'':<{width}}{'ms/step':>10}{'examples/s':>12}{'speed-up':>10}")
    for name, ts in times.items():
        m = statistics.median(ts)
        print(f"{name:<{width}}{m * 1000:>10.0f}{batch / m:>12.1f}{base / m:>9.2f}x")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
