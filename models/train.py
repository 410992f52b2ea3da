"""Training: the loop behind `RegressionLM.fit`, and the `perfhint train` command.

One readable loop: length-bucketed batches, AdamW or Adafactor, linear warm-up + cosine decay,
gradient clipping, bf16 autocast on CUDA, early stopping on validation loss or on the
validation Spearman of exact-median predictions (`select_on`; best weights restored; checked
each epoch or every `valid_every` steps; with one validation set per task, on the mean of
their scores, so a task with many rows does not decide alone), seeded; optionally a label-swap
loss on twins (one text at two workload sizes, `pair_weight`). With
a frozen encoder every distinct text is encoded once and the decoder trains on the cached
states. Under `torchrun` (WORLD_SIZE > 1) the trained modules are
wrapped in DistributedDataParallel and each rank takes every WORLD_SIZE-th batch.
"""

from __future__ import annotations

import copy
import json
import math
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from perfhint.models import encoders
from perfhint.models.core import Example
from perfhint.models.decoder import PROMPT_LENGTH


def log(msg: str) -> None:
    if int(os.environ.get("RANK", "0")) == 0:
        sys.stderr.write(msg + "\n")
        sys.stderr.flush()


class Objective(nn.Module):
    """Cross-entropy on number tokens only, with the grammar bias applied to the logits,
    plus the label-swap term when the batch has twins (TrainConfig.pair_weight).

    Holds what is trained (the decoder, and the encoder when it is trained), so one DDP
    wrapper covers both.
    """

    def __init__(self, decoder, encoder, logit_bias: torch.Tensor) -> None:
        super().__init__()
        self.decoder = decoder
        self.encoder = encoder  # None when frozen (states come from the cache)
        self.register_buffer("logit_bias", logit_bias, persistent=False)

    def forward(
        self, tokens, labels, memory=None, memory_mask=None, input_ids=None, rows=None,
        memory_ids=None, memory_numbers=None, memory_literals=None, pairs=None, pair_columns=None,
        pair_weight=0.0,
    ):  # fmt: skip
        """tokens, labels (B, t); labels -100 where nothing is predicted -> mean loss.

        memory / input_ids may hold only the batch's distinct texts, with rows (B,) saying which
        one each sequence reads (None: sequence i reads text i). memory_ids: (U, T) the
        encoder's input ids, for a decoder with a lexical embedding; memory_numbers (U, T)
        their numeral magnitudes, for one with a numeral embedding; memory_literals (ids
        (U, K, C), magnitudes (U, K)) the literals past the window, for one with far_literals.
        pairs (P, 2): batch rows (a, b) whose labels are also scored reading each other's
        text, for the label-swap loss (TrainConfig.pair_weight) added to the mean;
        pair_columns (P, K, t): per pair, the label columns of each target swapped (a target
        whose labels are too close is left out: all False); None = one term over all.
        """
        if self.encoder is not None:
            memory, memory_mask = self.encoder(input_ids)
            memory = memory.float()
            if self.decoder.lexical is not None and memory_ids is None:
                memory_ids = encoders.pad_ids(input_ids, memory.device)
        if rows is None:
            rows = torch.arange(tokens.shape[0], device=tokens.device)
        B = tokens.shape[0]
        swapped = pairs is not None and len(pairs) > 0 and pair_weight > 0
        if swapped:  # b's labels reading a's text, then a's reading b's
            a, b = pairs[:, 0], pairs[:, 1]
            tokens = torch.cat([tokens, tokens[b], tokens[a]])
            labels = torch.cat([labels, labels[b], labels[a]])
            rows = torch.cat([rows, rows[a], rows[b]])
        start = self.decoder.start(
            memory, memory_mask, rows=rows, memory_ids=memory_ids,
            memory_numbers=memory_numbers, memory_literals=memory_literals,
        )  # fmt: skip
        logits = self.decoder(tokens, start)
        logits = logits.float() + self.logit_bias[: tokens.shape[1]]
        if not swapped:
            return F.cross_entropy(logits.flatten(0, 1), labels.flatten(), ignore_index=-100)
        nll = F.cross_entropy(
            logits.flatten(0, 1), labels.flatten(), ignore_index=-100, reduction="none"
        ).view(labels.shape)
        loss = nll[:B].sum() / (labels[:B] != -100).sum().clamp_min(1)
        P = len(pairs)
        own, other = nll[a] + nll[b], nll[B : B + P] + nll[B + P :]  # (P, t)
        if pair_columns is None:
            pair_columns = torch.ones_like(own, dtype=torch.bool)[:, None, :]
        cols = pair_columns.to(own.dtype)
        gap = ((own - other)[:, None, :] * cols).sum(-1)  # (P, K): per target
        terms = F.softplus(gap)[pair_columns.any(-1)]
        return loss + pair_weight * terms.mean() if len(terms) else loss


def make_batches(
    lengths: list[int],
    batch_size: int,
    rng: np.random.Generator,
    groups: list[str] | None = None,
    per_group: int = 1,
) -> list[list[int]]:
    """Length-bucketed batches: sort by length (ties shuffled), chunk, shuffle the chunks.

    groups (e.g. each example's text) with per_group > 1: up to per_group examples of one
    group travel together, in random runs, so a batch reads fewer distinct texts (their
    encoder states are projected once per batch, not once per example).
    """
    if groups is None or per_group <= 1:
        order = np.lexsort((rng.random(len(lengths)), np.asarray(lengths)))
        batches = [order[i : i + batch_size].tolist() for i in range(0, len(order), batch_size)]
        rng.shuffle(batches)
        return batches
    members: dict[str, list[int]] = defaultdict(list)
    for i in rng.permutation(len(lengths)):
        members[groups[i]].append(int(i))
    units = [m[j : j + per_group] for m in members.values() for j in range(0, len(m), per_group)]
    unit_lengths = np.asarray([lengths[u[0]] for u in units])
    batches, current = [], []
    for k in np.lexsort((rng.random(len(units)), unit_lengths)):
        current += units[k]
        if len(current) >= batch_size:
            batches.append(current[:batch_size])
            current = current[batch_size:]
    if current:
        batches.append(current)
    rng.shuffle(batches)
    return batches


def _text_groups(examples: list[Example], texts: dict) -> list[str]:
    """The text each example reads, as `make_batches` groups; the k-th copy of an example
    repeated by `--repeat` gets a group of its own (copies of one example in one batch would
    only weigh it more, while examples of one text on several devices are different ones)."""
    copies: Counter = Counter()
    groups = []
    for e in examples:
        groups.append(f"{texts[e.query]}\0{copies[id(e)]}")
        copies[id(e)] += 1
    return groups


_DIGITS = re.compile(r"\d+")


def _cell_keys(examples: list[Example], texts: dict) -> list[str]:
    """What makes two examples twins for the label-swap loss: the same prompt (profile,
    mode, targets) and the same text once every digit run reads 0 (one program at two
    workload sizes; one function under two callers' sizes, its context lines differing)."""
    keys = []
    for e in examples:
        q = e.query
        keys.append(f"{q.profile}\0{q.mode}\0{q.targets}\0{_DIGITS.sub('0', texts[q])}")
    return keys


def _pairs(idx: list[int], keys: list[str], examples: list[Example], margin: float):
    """Positions (j, j + 1) in the batch `idx` of consecutive twins, and per pair which
    targets' labels differ by over `margin` decades (labels closer than that are noise to the
    swap loss: an in-place sort allocates ~250 bytes at any size); pairs with none dropped."""
    out, swapped = [], []
    for j in range(len(idx) - 1):
        x, y = idx[j], idx[j + 1]
        if keys[x] != keys[y] or (out and out[-1][1] == j):
            continue
        apart = [abs(math.log10(max(u, 1e-30)) - math.log10(max(v, 1e-30))) > margin
                 for u, v in zip(examples[x].values, examples[y].values, strict=True)]  # fmt: skip
        if any(apart):
            out.append((j, j + 1))
            swapped.append(apart)
    return out, swapped


def _pair_columns(model, swapped: list[list[bool]], width: int, device) -> torch.Tensor:
    """(P, K, width) bool: the label columns holding target k's number, where pair p swaps
    target k (column i predicts sequence position i + 1)."""
    K = max((len(s) for s in swapped), default=1)  # tasks with 2 targets beside ones with 4
    cols = torch.zeros(len(swapped), K, width, dtype=torch.bool)
    if not swapped:
        return cols.to(device)
    flags = torch.tensor([s + [False] * (K - len(s)) for s in swapped], dtype=torch.bool)
    L = model.config.number.length
    for i in range(width):
        k = (i + 1 - PROMPT_LENGTH) // (L + 1)
        if model.vocab.number_position(i + 1) >= 0 and k < K:
            cols[:, k, i] = flags[:, k]
    return cols.to(device)


def _sequences(model, examples: list[Example]) -> list[list[int]]:
    v = model.vocab
    return [v.sequence(e.query.profile, e.query.mode, e.query.targets, e.values) for e in examples]


def _tensors(seqs: list[list[int]], device) -> tuple[torch.Tensor, torch.Tensor]:
    """Teacher forcing: inputs seq[:-1], labels seq[1:] (-100 on forced tokens and padding)."""
    longest = max(len(s) for s in seqs) - 1
    tokens = torch.zeros(len(seqs), longest, dtype=torch.long)
    labels = torch.full((len(seqs), longest), -100, dtype=torch.long)
    for i, s in enumerate(seqs):
        s = torch.tensor(s)
        tokens[i, : len(s) - 1] = s[:-1]
        labels[i, : len(s) - 1] = s[1:]
    return tokens.to(device), labels.to(device)


def _label_mask(model, labels: torch.Tensor) -> torch.Tensor:
    """Keep labels only at number positions (targets and the prompt are forced)."""
    keep = torch.tensor(
        [model.vocab.number_position(i + 1) >= 0 for i in range(labels.shape[1])],
        device=labels.device,
    )
    return torch.where(keep[None, :], labels, torch.full_like(labels, -100))


def lr_factor(step: int, total: int, warmup: int) -> float:
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))


def _distributed() -> tuple[int, int]:
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world > 1 and not torch.distributed.is_initialized():
        backend = "nccl" if torch.cuda.is_available() else "gloo"
        torch.distributed.init_process_group(backend)
    rank = torch.distributed.get_rank() if world > 1 else 0
    return rank, world


def validation_sets(valid, limit: int, seed: int) -> dict[str, list[Example]]:
    """Named validation sets (a bare list is one set, "valid"), empty ones dropped, each cut
    to a fixed random sample of `limit` examples (0 = keep all)."""
    sets = valid if isinstance(valid, dict) else {"valid": list(valid)}
    out = {}
    for name, examples in sets.items():
        examples = list(examples)
        if limit and len(examples) > limit:
            keep = np.random.default_rng(seed).choice(len(examples), limit, replace=False)
            examples = [examples[i] for i in sorted(keep)]
        if examples:
            out[name] = examples
    return out


def fit_model(model, train: list[Example], valid, config) -> None:
    """Train `model` in place (see the module docstring).

    valid: a list of examples, or named lists (one per task) whose mean loss selects.
    """
    from perfhint.models.rlm import resolve_device

    if not train:
        raise ValueError("no training examples")
    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    valid_sets = validation_sets(valid, config.valid_max, config.seed)
    valid = [e for examples in valid_sets.values() for e in examples]
    rank, world = _distributed()
    device = resolve_device(config.device)
    if world > 1 and device.type == "cuda":
        device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        torch.cuda.set_device(device)
    texts = {ex.query: encoders.render_input(ex.query) for ex in train + valid}
    if model.encoder is None:  # scratch: learn the vocabulary from the training texts
        model.build_scratch_encoder([texts[e.query] for e in train], seed=config.seed)
    model.to(device)
    trains_encoder = model.config.trains_encoder
    model.encoder.requires_grad_(trains_encoder)

    cache = None
    distinct = list(dict.fromkeys(texts.values()))
    # every text's token ids: what a trained (or uncached) encoder reads, and what a lexical
    # decoder embeds beside the cached states
    all_ids, unread = {}, {}  # unread: the ids past the window a lexical decoder embeds
    if trains_encoder or not config.cache_encoder or model.config.lexical:
        split = model.split(distinct)
        all_ids = {t: r for t, (r, _) in zip(distinct, split, strict=True)}
        unread = {t: u for t, (_, u) in zip(distinct, split, strict=True) if u}
    # each text's numeral magnitudes, aligned with the read ids (tokenizing only: cheap)
    numbers = {}
    if model.config.numerals:
        numbers = dict(zip(distinct, model.encoder.numbers(distinct), strict=True))
    far = {}  # the literals past the window (tokenizing only)
    if model.config.far_literals:
        far = dict(zip(distinct, model.far_literals(distinct), strict=True))
    if trains_encoder or not config.cache_encoder:
        lengths = [len(all_ids[texts[e.query]]) for e in train]
    else:
        cache = encoders.StateCache(model.encoder, config.cache_dir)
        t0 = time.perf_counter()
        cache.fill(distinct, config.encode_batch_size, progress=_progress("encode"))
        log(f"encoded {len(distinct)} distinct texts in {time.perf_counter() - t0:.1f} s")
        lengths = [cache.length(texts[e.query]) for e in train]
    if unread:  # bucket on what cross-attention reads
        lengths = [
            n + len(unread.get(texts[e.query], ())) for n, e in zip(lengths, train, strict=True)
        ]

    objective = Objective(
        model.decoder, model.encoder if trains_encoder else None, model.logit_bias
    )
    objective.to(device)
    wrapped = objective
    if world > 1:
        wrapped = nn.parallel.DistributedDataParallel(
            objective,
            device_ids=[device.index] if device.type == "cuda" else None,
            find_unused_parameters=trains_encoder,  # e.g. a pretrained encoder's unused pooler
        )
    groups = [{"params": list(model.decoder.parameters()), "lr": config.lr}]
    if trains_encoder:
        enc_lr = config.encoder_lr if config.encoder_lr is not None else config.lr
        groups.append({"params": list(model.encoder.parameters()), "lr": enc_lr})
    for g in groups:
        g["base_lr"] = g["lr"]
    if config.optimizer == "adafactor":
        opt = torch.optim.Adafactor(groups, lr=config.lr, weight_decay=config.weight_decay)
    else:  # fused: one kernel over all parameters (the lexical embedding's 7.8M among them)
        fused = device.type in ("cpu", "cuda")
        opt = torch.optim.AdamW(groups, lr=config.lr, weight_decay=config.weight_decay, fused=fused)

    train_seqs = _sequences(model, train)
    train_groups, per_group = _text_groups(train, texts), config.rows_per_text
    cell_keys = None
    if config.pair_weight > 0:  # twins travel in runs of two, for the label-swap loss
        cell_keys = _cell_keys(train, texts)
        train_groups, per_group = cell_keys, 2
    steps_per_epoch = max(1, math.ceil(len(train) / config.batch_size) // world)
    total = steps_per_epoch * config.max_epochs
    if config.max_steps is not None:
        total = min(total, config.max_steps)
    warmup = max(1, int(config.warmup_frac * total))
    autocast = torch.autocast(
        "cuda", dtype=torch.bfloat16, enabled=device.type == "cuda" and config.bf16
    )

    def memory_fn(distinct: list[str]):
        """Encoder states of `distinct`, no gradient: from the cache, or encoded now."""
        if cache is not None:
            return cache.batch(distinct, device)
        with torch.no_grad():
            memory, mask = model.encoder([all_ids[t] for t in distinct])
        return memory.float(), mask

    def batch_inputs(idx: list[int], exs: list[Example], seqs):
        tokens, labels = _tensors([seqs[i] for i in idx], device)
        labels = _label_mask(model, labels)
        distinct, rows = encoders.distinct_texts([texts[exs[i].query] for i in idx])
        out = dict(tokens=tokens, labels=labels, rows=torch.tensor(rows, device=device))
        if model.config.lexical:
            pairs = [(all_ids[t], unread.get(t, [])) for t in distinct]
            out["memory_ids"] = encoders.lexical_ids(pairs, device)
        if numbers:
            out["memory_numbers"] = encoders.pad_numbers([numbers[t] for t in distinct], device)
        if far:
            out["memory_literals"] = encoders.pad_literals([far[t] for t in distinct], device)
        if trains_encoder:
            return out | dict(input_ids=[all_ids[t] for t in distinct])
        return out | dict(zip(("memory", "memory_mask"), memory_fn(distinct), strict=True))

    valid_seqs = {name: _sequences(model, exs) for name, exs in valid_sets.items()}

    def set_loss(exs: list[Example], seqs) -> float:
        total_loss = 0.0
        for start in range(0, len(exs), config.batch_size):
            idx = list(range(start, min(start + config.batch_size, len(exs))))
            total_loss += objective(**batch_inputs(idx, exs, seqs)).item() * len(idx)
        return total_loss / len(exs)

    def validate() -> tuple[float, dict[str, float]]:
        """Mean over the validation sets of each one's loss, and those losses (by name)."""
        objective.eval()
        with torch.no_grad(), autocast:
            losses = {n: set_loss(exs, valid_seqs[n]) for n, exs in valid_sets.items()}
        objective.train()
        v = sum(losses.values()) / len(losses)
        if world > 1:
            t = torch.tensor([v], device=device)
            torch.distributed.all_reduce(t)
            v = t.item() / world
        return v, losses

    def ranking() -> tuple[float, dict[str, float]]:
        """Mean over the validation sets of each one's `rank_score`, and those scores."""
        scores = {n: rank_score(model, exs, memory_fn, config.batch_size, n)
                  for n, exs in valid_sets.items()}  # fmt: skip
        objective.train()  # sampling left the decoder (and a trained encoder) in eval mode
        return sum(scores.values()) / len(scores), scores

    best, best_state, bad = -math.inf, None, 0

    def checkpoint(where: str) -> bool:
        """Validate, keep the best weights; True when patience has run out."""
        nonlocal best, best_state, bad
        v, losses = validate()
        parts = ", ".join(f"{n} {x:.4f}" for n, x in losses.items()) if len(losses) > 1 else ""
        msg = f"{where}: valid loss {v:.4f}" + (f" ({parts})" if parts else "")
        score = -v
        if config.select_on == "spearman":
            score, ranks = ranking()
            parts = ", ".join(f"{n} {x:.3f}" for n, x in ranks.items()) if len(ranks) > 1 else ""
            msg += f"; spearman {score:.3f}" + (f" ({parts})" if parts else "")
        log(msg)
        if score > best + 1e-4:
            best, bad = score, 0
            best_state = copy.deepcopy(objective.state_dict())
            return False
        bad += 1
        return bad >= config.patience

    step, stop, n_pairs = 0, False, 0
    objective.train()
    t0, seen = time.perf_counter(), 0
    for epoch in range(config.max_epochs):
        batches = make_batches(lengths, config.batch_size, rng, train_groups, per_group)
        batches = batches[: len(batches) // world * world or len(batches)][rank::world]
        running, done = 0.0, 0
        for i, idx in enumerate(batches):
            if step >= total:
                break
            for g in opt.param_groups:
                g["lr"] = g["base_lr"] * lr_factor(step, total, warmup)
            inputs = batch_inputs(idx, train, train_seqs)
            if cell_keys is not None:
                pairs, swapped = _pairs(idx, cell_keys, train, config.pair_margin)
                inputs["pairs"] = torch.tensor(pairs, dtype=torch.long, device=device).view(-1, 2)
                width = inputs["tokens"].shape[1]
                inputs["pair_columns"] = _pair_columns(model, swapped, width, device)
                inputs["pair_weight"] = config.pair_weight
                n_pairs += len(pairs)
            with autocast:
                loss = wrapped(**inputs)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            if config.grad_clip:
                nn.utils.clip_grad_norm_(objective.parameters(), config.grad_clip)
            opt.step()
            step += 1
            seen += len(idx)
            running += loss.item()
            done += 1
            if config.log_every and step % config.log_every == 0:
                rate = seen / (time.perf_counter() - t0)
                log(
                    f"epoch {epoch} step {step}/{total} loss {running / (i + 1):.4f} ({rate:.0f} ex/s)"
                    + (f", {n_pairs / seen:.2f} swap pairs/example" if cell_keys else "")
                )
            if valid_sets and config.valid_every and step % config.valid_every == 0:
                stop = checkpoint(f"step {step}")
                if stop:
                    break
        log(f"epoch {epoch}: train loss {running / max(1, done):.4f}")  # over the steps run
        if valid_sets and not config.valid_every and not stop:
            stop = checkpoint(f"epoch {epoch}")
        if stop:
            spearman = config.select_on == "spearman"
            what, value = ("spearman", best) if spearman else ("loss", -best)
            log(f"early stop in epoch {epoch}; best valid {what} {value:.4f}")
            break
        if step >= total:
            break
    if valid_sets and config.valid_every and not stop and step % config.valid_every:
        checkpoint(f"step {step} (end)")  # the last steps count too
    if best_state is not None:
        objective.load_state_dict(best_state)
    model.encoder.requires_grad_(False)
    objective.eval()


def rank_score(model, examples: list[Example], memory_fn, batch_size: int, name: str) -> float:
    """Mean Spearman of the decoder distribution's exact medians (`RegressionLM.sample(
    levels=(0.5,))`, the hover's point estimate) over the slices of `examples` with at least
    10 points (all slices when none has), constant predictions counting 0: the ranking
    `perfhint eval` reports, cheaply (one deterministic decode)."""
    from perfhint.models.evaluate import score_slices

    medians = model.medians([e.query for e in examples], batch_size, memory_fn)
    preds = [tuple(m) for m in medians]
    slices = score_slices(name, examples, {"rlm": preds})
    big = [s for s in slices if s.n >= 10] or slices
    rhos = [s.scores["rlm"]["spearman"] for s in big]
    rhos = [0.0 if math.isnan(r) else r for r in rhos]
    return float(np.mean(rhos)) if rhos else 0.0


def _progress(what: str):
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 5 or done == total:
            last[0] = now
            log(f"{what}: {done}/{total}")

    return report


# -------------------------------------------------------------------- `perfhint train`
def main(args) -> int:
    """`perfhint train`: load tasks, fit, save with a model card. Returns the exit code."""
    from perfhint.models.rlm import (
        GROWABLE_FIELDS,
        WINDOW_FIELDS,
        ModelConfig,
        RegressionLM,
        TrainConfig,
    )
    from perfhint.models.tasks import load_task

    overrides = json.loads(Path(args.config).read_text()) if args.config else {}
    unknown = set(overrides) - {"model", "train"}
    if unknown:
        raise ValueError(f"--config: unknown sections {sorted(unknown)}; use 'model' and 'train'")
    repeats = parse_repeats(getattr(args, "repeat", []), args.task)
    train, valid_sets, test_sizes = [], {}, {}
    for name in args.task:
        splits = load_task(name).load_splits(seed=args.seed)
        t = splits.train[: args.max_train] if args.max_train else splits.train
        train += t * repeats.get(name, 1)
        valid_sets[name] = splits.valid
        test_sizes[name] = (len(t), len(splits.valid), len(splits.test))
    if not train:
        raise ValueError(f"tasks {args.task} have no training examples")
    valid = [e for examples in valid_sets.values() for e in examples]

    names = lambda attr: tuple(dict.fromkeys(getattr(e.query, attr) for e in train + valid))  # noqa: E731
    targets = tuple(dict.fromkeys(t for e in train + valid for t in e.query.targets))
    model_json = {
        "encoder": args.encoder,
        "freeze_encoder": args.encoder != encoders.SCRATCH,
        "targets": list(targets),
        "profiles": list(names("profile")),
        "modes": list(names("mode")),
    }
    model_json.update(overrides.get("model", {}))
    model_config = ModelConfig.from_json(model_json)
    train_json = {"seed": args.seed, "split_seed": args.seed}
    if args.epochs is not None:
        train_json["max_epochs"] = args.epochs
    if args.device:
        train_json["device"] = args.device
    train_json.update(overrides.get("train", {}))
    if getattr(args, "train_seed", None) is not None:
        train_json["seed"] = args.train_seed
    train_config = TrainConfig.from_json(train_json)

    log(f"training on {len(train)} examples ({len(valid)} validation) from {', '.join(args.task)}")
    t0 = time.perf_counter()
    init = getattr(args, "init", None)
    if init:
        # fine-tuning: the checkpoint's architecture and vocabulary, its weights as the start;
        # only the input window may change (a head-window model retrained on programs' tails),
        # and memory layers may be added
        window = overrides.get("model", {})
        if fixed := sorted(set(window) - set(WINDOW_FIELDS) - set(GROWABLE_FIELDS)):
            raise ValueError(
                f"--init keeps the checkpoint's architecture: --config's 'model' may set only "
                f"{', '.join(WINDOW_FIELDS + GROWABLE_FIELDS)}, not {', '.join(fixed)}"
            )
        model = RegressionLM.load(init, device=train_config.device, window=window)
        model.tasks = list(dict.fromkeys([*model.tasks, *args.task]))
    else:
        model = RegressionLM.create(model_config, seed=train_config.seed)
        model.tasks = list(args.task)
    model.fit(train, valid_sets, train_config)  # each task's validation loss counts once
    elapsed = time.perf_counter() - t0
    if int(os.environ.get("RANK", "0")) == 0:
        model.save(args.out, card="")
        card = training_card(model, args, test_sizes, elapsed)
        (Path(args.out) / "card.md").write_text(card)
        log(f"saved {model.version} to {args.out}")
    if torch.distributed.is_initialized():
        torch.distributed.destroy_process_group()
    return 0


def parse_repeats(items: list[str], tasks: list[str]) -> dict[str, int]:
    """`--repeat code=8` -> {"code": 8}; the task must be one being trained, K >= 1."""
    out = {}
    for item in items:
        name, sep, k = item.partition("=")
        if not sep or not k.isdigit() or int(k) < 1:
            raise ValueError(f"--repeat {item!r}: expected TASK=K with K a positive integer")
        if name not in tasks:
            raise ValueError(f"--repeat {item!r}: {name!r} is not one of the --task values")
        out[name] = int(k)
    return out


def training_card(model, args, sizes: dict, elapsed_s: float) -> str:
    c = model.config
    lines = [
        f"# perfhint model `{model.version}`",
        "",
        "## Training data",
        "",
        "| task | train | valid | test |",
        "|---|---|---|---|",
    ]
    lines += [f"| {t} | {a} | {b} | {c_} |" for t, (a, b, c_) in sizes.items()]
    lines += [
        "",
        "## Model",
        "",
        f"- encoder: {encoders.describe(c.encoder)}; trained: {c.trains_encoder}",
        f"- decoder: {c.n_layers} layers, d_model {c.d_model}, {c.n_heads} heads, d_ff {c.d_ff}",
        f"- numbers: {c.number.num_digits} digits, exponents {c.number.min_exponent}..{c.number.max_exponent}",
        f"- targets: {', '.join(c.targets)}",
        f"- profiles: {', '.join(c.profiles)}; modes: {', '.join(c.modes)}",
        f"- training time: {elapsed_s:.0f} s on {model.device}",
        "",
        "## Reproduce",
        "",
        "```",
        "perfhint train "
        + " ".join(f"--task {t}" for t in args.task)
        + f" --encoder {args.encoder} --seed {args.seed}"
        + (f" --train-seed {t}" if (t := getattr(args, "train_seed", None)) is not None else "")
        + (f" --epochs {args.epochs}" if args.epochs else "")
        + (f" --max-train {args.max_train}" if args.max_train else "")
        + "".join(f" --repeat {r}" for r in getattr(args, "repeat", []))
        + (f" --init {args.init}" if getattr(args, "init", None) else "")
        + (f" --config {args.config}" if args.config else "")
        + f" --out {args.out}",
        "```",
        "",
        "Configuration (config.json):",
        "",
        "```json",
        json.dumps({"model": c.to_json(), "train": model.train_config.to_json()}, indent=1),
        "```",
        "",
    ]
    return "\n".join(lines)
