"""Few-shot adaptation to a hardware profile the model was not trained on.

1. The new profile takes a spare profile slot (no weight shapes change).
2. Its embedding starts as a copy of the known profile whose predictions rank the k shots
   best (mean Spearman over the shots' targets).
3. Fine-tuning on the k shots: only the new profile's embedding row learns (with `lr`); the
   encoder, the decoder and the other token embeddings stay fixed.
4. Unless the fine-tuning earns its place, the new profile keeps the stand-in's embedding:
   two folds of the shots, each fold's ranking predicted by a row fitted on the other fold,
   pooled, must rank the shots better (Spearman) than the stand-in alone does. On KernelBench's
   nvidia-l4 the stand-in ranked the held-out problems at 0.91 and a fitted row at 0.84 (v16):
   with 10 shots the fit can learn noise, and the shots themselves are the only evidence.

Why only that row: on KernelBench's nvidia-l4, 10 shots, two folds by problem
(bench/kernelbench.py), eager Spearman went 0.763 (stand-in profile) -> 0.608 with the
decoder also trained at 0.05 x lr for 100 steps, but -> 0.814 (100 steps) and 0.818 (300
steps) with the embedding row alone; 10 shots are too few to move shared weights.

A mix instead of a row, for targets the profiles disagree on (latency: NAS devices, GPUs):
with at least MIX_MIN_SHOTS shots, the new profile's log value of such a target is a
non-negative combination of the known profiles' predicted log values plus a bias, fitted to
the shots by non-negative least squares (`ProfileMix`; the stand-in alone is one such
combination). A new device's latency is mostly a blend of devices like it: on NAS-Bench-201's
training networks, with the other devices' *measured* latencies, 10 shots rank HELP's six
held-out devices at mean Spearman 0.948 this way, 0.946 with ridge (lambda 0.1) and 0.924 with
the single best device (choices made there, not on the test networks). The model then decodes
the new profile as each source profile and combines (`RegressionLM.sample`). Cross-validation
on the shots (two folds of five, or leave-one-out) proved too noisy to choose between mix and
stand-in (it cost 0.01 Spearman against always mixing, on a model's predictions), so the mix
is used whenever it applies.
"""

from __future__ import annotations

import dataclasses
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from perfhint.models import encoders
from perfhint.models.core import Example

DEFAULT_STEPS = 300
MIX_MIN_SHOTS = 5  # fewer shots: the stand-in (and maybe a fitted row) only
AGREE_LOG = 0.1  # profiles whose predictions of a target differ less (median over the shots,
# natural log: 10 %) agree on it: a profile-independent target (accuracy), nothing to mix
FLAT_LOG = 0.01  # a profile whose predicted log values spread less over the shots: not mixed


def _log(msg: str) -> None:
    sys.stderr.write(msg + "\n")


@dataclass(frozen=True)
class ProfileMix:
    """A calibrated profile's values of some targets as a fit over known profiles: for each
    target t in `weights`, log v = bias[t] + sum over p of weights[t][p] * log v_p, where v_p
    is the model's value for the same query on known profile p (weights >= 0)."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]

    def sources(self) -> list[str]:
        """The known profiles it reads, in first-named order."""
        return list(dict.fromkeys(p for w in self.weights.values() for p in w))

    def combine(self, target: str, values: dict[str, np.ndarray]) -> np.ndarray:
        """The mixed values of `target` from each source profile's values (same shape)."""
        logs = sum(w * np.log(np.maximum(values[p], 1e-300))
                   for p, w in self.weights[target].items())  # fmt: skip
        return np.exp(np.clip(self.bias[target] + logs, -700.0, 700.0))

    def to_json(self) -> dict:
        return {"weights": self.weights, "bias": self.bias}

    @classmethod
    def from_json(cls, d: dict) -> ProfileMix:
        weights = {t: {p: float(w) for p, w in ws.items()} for t, ws in d["weights"].items()}
        bias = {t: float(b) for t, b in d["bias"].items()}
        if set(weights) != set(bias) or any(w < 0 for ws in weights.values() for w in ws.values()):
            raise ValueError("a profile mix needs a bias per target and weights >= 0")
        return cls(weights, bias)


def fit_mix(examples: list[Example], predictions: dict[str, list]) -> ProfileMix | None:
    """Non-negative least squares of the shots' log values on each candidate profile's
    predicted log medians (`predictions`: profile -> one Prediction per shot), per target the
    candidates disagree on; None when no target qualifies or there are too few shots."""
    from scipy.optimize import nnls

    profiles = list(predictions)
    weights, bias = {}, {}
    if len(profiles) < 2:
        return None
    for t in _targets(examples):
        rows = [i for i, e in enumerate(examples) if t in e.query.targets]
        y = np.array([examples[i].values[examples[i].query.targets.index(t)] for i in rows])
        if len(rows) < MIX_MIN_SHOTS or not (y > 0).all():
            continue
        x = np.array([[predictions[p][i].values[t].median for p in profiles] for i in rows])
        if not (x > 0).all():
            continue
        x, y = np.log(x), np.log(y)
        if np.median(x.max(axis=1) - x.min(axis=1)) < AGREE_LOG:
            continue
        # a free bias: centre both sides; scale each profile so the fit does not favour the
        # ones with the widest spread; a profile whose predictions hardly vary over the shots
        # ranks nothing (and its scaled column would be noise with a huge weight)
        mu, sd = x.mean(axis=0), x.std(axis=0)
        varies = sd > FLAT_LOG
        if not varies.any():
            continue
        w = np.zeros(len(profiles))
        w[varies], _ = nnls((x[:, varies] - mu[varies]) / sd[varies], y - y.mean())
        coef = w / np.where(varies, sd, 1.0)  # w is 0 where the profile does not vary
        if not (coef > 0).any():
            continue
        weights[t] = {p: float(c) for p, c in zip(profiles, coef, strict=True) if c > 0}
        bias[t] = float(y.mean() - coef @ mu)
    return ProfileMix(weights, bias) if weights else None


def candidate_predictions(
    model, examples: list[Example], num_samples: int | None = None
) -> dict[str, list]:
    """Each candidate known profile's predictions of the shots (profile -> Predictions).

    Candidates: profiles trained on the shots' targets and measured in their execution modes
    (a GPU timed eager and compiled is not stood in for by a NAS device timed in one setting).
    """
    from perfhint.models.profiles import load_profiles

    targets = {t for e in examples for t in e.query.targets}
    modes = {e.query.mode for e in examples} - {"default"}
    known = load_profiles()

    def measured_in(p: str) -> set[str]:  # execution modes the profile's data has
        return set(known[p].modes) if p in known else set()

    candidates = [
        p
        for p in model.config.profiles
        if targets <= set(model.profile_targets.get(p, ())) and modes <= measured_in(p)
    ] or list(model.config.profiles)
    candidates = [p for p in candidates if p not in model.profile_mixes]  # mixes do not nest
    return {
        p: model.predict(
            [dataclasses.replace(e.query, profile=p) for e in examples], num_samples=num_samples
        )
        for p in candidates
    }


def rank_profiles(
    model, examples: list[Example], num_samples: int | None = None, predictions=None
) -> dict[str, float]:
    """Mean Spearman of each candidate profile's predictions against the shots' values."""
    predictions = predictions or candidate_predictions(model, examples, num_samples)
    return {p: shot_score(examples, preds) for p, preds in predictions.items()}


def shot_score(examples: list[Example], preds) -> float:
    """Mean over the shots' targets of the Spearman between their values and the predicted
    medians (a constant prediction counts -1)."""
    from perfhint.models.metrics import spearman_score

    per_target = []
    for t in _targets(examples):
        pairs = [
            (e.values[e.query.targets.index(t)], p.values[t].median)
            for e, p in zip(examples, preds, strict=True)
            if t in e.query.targets
        ]
        s = spearman_score([a for a, _ in pairs], [b for _, b in pairs])
        per_target.append(-1.0 if math.isnan(s) else s)
    return float(np.mean(per_target))


def add_profile(model, profile: str, source: str) -> None:
    """Give `profile` the next spare slot, its embedding copied from `source`."""
    from perfhint.models.decoder import Vocab

    c = model.config
    if c.spare_profiles < 1:
        raise ValueError(
            f"no spare profile slot left for {profile!r} (the model knows {', '.join(c.profiles)})"
        )
    model.config = dataclasses.replace(
        c, profiles=c.profiles + (profile,), spare_profiles=c.spare_profiles - 1
    )
    old_ids = model.vocab.index
    model.vocab = Vocab(
        model.config.profiles, model.config.spare_profiles, c.modes, c.targets, c.number
    )
    assert all(model.vocab.index.get(t) == i for t, i in old_ids.items() if "spare" not in t)
    with torch.no_grad():
        emb = model.decoder.tok_emb.weight
        emb[model.vocab.profile_id(profile)] = emb[model.vocab.profile_id(source)]


def calibrate_model(
    model,
    examples: list[Example],
    profile: str,
    train_config=None,
    check: bool = True,
    mix: bool = True,
):
    """Adapt `model` in place to `profile` from a few labelled `examples`; returns the model.

    mix: for a new profile, blend known profiles for the targets they disagree on
    (`fit_mix`) when there are enough shots; then nothing else is fitted.
    check: otherwise, fit the new profile's row only when that ranks the shots better under
    two-fold cross-validation than the stand-in does (`fit_gain`); else keep the stand-in's.
    """
    from perfhint.models.rlm import TrainConfig

    if not examples:
        raise ValueError("calibration needs at least one labelled example")
    config = train_config or TrainConfig(lr=1e-2, max_steps=DEFAULT_STEPS)
    examples = [
        dataclasses.replace(e, query=dataclasses.replace(e.query, profile=profile))
        for e in examples
    ]
    for e in examples:
        for t in e.query.targets:
            if t not in model.config.targets:
                raise ValueError(f"unknown target {t!r}; known: {', '.join(model.config.targets)}")
    if profile not in model.config.profiles:
        predictions = candidate_predictions(model, examples)
        scores = rank_profiles(model, examples, predictions=predictions)
        source = max(scores, key=scores.get)
        _log(f"calibrate: initialising {profile!r} from {source!r} (Spearman on shots: {scores})")
        add_profile(model, profile, source)
        model.profile_targets[profile] = _targets(examples)
        blend = fit_mix(examples, predictions) if mix else None
        if blend is not None:
            model.profile_mixes[profile] = blend
            _log(f"calibrate: {profile!r} mixes known profiles for {', '.join(blend.weights)}: "
                 f"{blend.to_json()}")  # fmt: skip
            return model
        if check and len(examples) >= 4:
            # the new row is a copy of the source's: its ranking of the shots is scores[source]
            fitted, standing = fit_gain(model, examples, profile, config), scores[source]
            _log(
                f"calibrate: shots ranked at Spearman {fitted:.3f} by a row fitted on the "
                f"other fold, {standing:.3f} by {source!r}'s"
            )
            if not fitted > standing:
                _log(f"calibrate: {profile!r} keeps {source!r}'s embedding (no fit)")
                return model
    fit_row(model, examples, profile, config)
    model.profile_targets[profile] = _targets(examples)
    return model


def _targets(examples: list[Example]) -> list[str]:
    return list(dict.fromkeys(t for e in examples for t in e.query.targets))


def fit_gain(model, examples: list[Example], profile: str, config) -> float:
    """Spearman of the shots' values against predictions from a row fitted on the other half
    of the shots (`shot_score`; the two folds' held-out predictions pooled); the row is
    restored."""
    order = np.random.default_rng(config.seed).permutation(len(examples))
    folds = [[examples[i] for i in order[f::2]] for f in range(2)]
    emb = model.decoder.tok_emb.weight
    row = model.vocab.profile_id(profile)
    start = emb[row].detach().clone()
    held_out = {}
    try:
        for f in range(2):
            with torch.no_grad():
                emb[row] = start
            fit_row(model, folds[1 - f], profile, config, quiet=True)
            preds = model.predict([e.query for e in folds[f]])
            held_out.update(zip(map(id, folds[f]), preds, strict=True))
    finally:
        with torch.no_grad():
            emb[row] = start
    return shot_score(examples, [held_out[id(e)] for e in examples])


def fit_row(model, examples: list[Example], profile: str, config, quiet: bool = False) -> None:
    """Fine-tune `profile`'s embedding row alone on `examples` (`config.max_steps` steps)."""
    from perfhint.models.train import Objective, _label_mask, _sequences, _tensors

    torch.manual_seed(config.seed)
    device = model.device
    texts = [encoders.render_input(e.query) for e in examples]
    cache = encoders.StateCache(model.encoder, use_disk=not model.config.trains_encoder)
    cache.fill(texts, config.encode_batch_size)
    memory, mask = cache.batch(texts, device)
    memory_ids, numbers = model.memory_ids(texts), model.memory_numbers(texts)
    literals = model.memory_literals(texts)
    tokens, labels = _tensors(_sequences(model, examples), device)
    labels = _label_mask(model, labels)

    decoder = model.decoder
    row = model.vocab.profile_id(profile)
    emb = decoder.tok_emb.weight
    keep_row = torch.zeros(emb.shape[0], 1, device=emb.device)
    keep_row[row] = 1.0
    hook = emb.register_hook(lambda g: g * keep_row)  # only the new profile's row learns
    opt = torch.optim.AdamW([emb], lr=config.lr, weight_decay=0.0)
    objective = Objective(decoder, None, model.logit_bias).to(device)
    objective.train()
    steps = config.max_steps or DEFAULT_STEPS
    try:
        for step in range(steps):
            loss = objective(
                tokens, labels, memory, mask, memory_ids=memory_ids, memory_numbers=numbers,
                memory_literals=literals,
            )  # fmt: skip
            opt.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(decoder.parameters(), config.grad_clip)
            opt.step()
            if not quiet and (step == 0 or step == steps - 1):
                _log(f"calibrate step {step + 1}/{steps}: loss {loss.item():.4f}")
    finally:
        hook.remove()
        objective.eval()


def main(args) -> int:
    """`perfhint calibrate`: k shots of --profile from --task's training split -> --out."""
    from perfhint.models.metrics import spearman_score
    from perfhint.models.rlm import RegressionLM
    from perfhint.models.tasks import load_task

    model = RegressionLM.load(args.model)
    splits = load_task(args.task).load_splits(seed=0)
    pool = [e for e in splits.train if e.query.profile == args.profile]
    if not pool:
        raise ValueError(
            f"task {args.task!r} has no training examples for profile {args.profile!r}"
        )
    rng = np.random.default_rng(0)
    shots = [pool[i] for i in rng.permutation(len(pool))[: args.shots]]
    model.calibrate(shots, args.profile)
    test = [e for e in splits.test if e.query.profile == args.profile][:256]
    lines = [
        f"- calibrated to profile `{args.profile}` from {len(shots)} shots of task `{args.task}`"
    ]
    if test:
        preds = model.predict([e.query for e in test])
        for j, t in enumerate(test[0].query.targets):
            rows = [(e.values[j], p.values[t].median) for e, p in zip(test, preds, strict=True)]
            s = spearman_score([a for a, _ in rows], [b for _, b in rows])
            lines.append(
                f"- {t} on {len(test)} test examples of `{args.profile}`: Spearman {s:.3f}"
            )
            _log(lines[-1][2:])
    card = ""
    if args.model and (Path(args.model) / "card.md").is_file():
        card = (Path(args.model) / "card.md").read_text()
    model.save(args.out, card=card)
    card += "\n## Calibration\n\n" + "\n".join(lines) + "\n"
    (Path(args.out) / "card.md").write_text(card)
    _log(f"saved {model.version} to {args.out}")
    return 0
