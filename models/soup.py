"""A model soup: one checkpoint whose weights are the mean of several fine-tunes' weights.

Fine-tunes of one checkpoint that differ only in their training seed (batch order, dropout)
stay in one basin of the loss, so the mean of their weights is a model too, usually better
than each of them (Wortsman et al., 2022, "Model soups") and no slower: unlike an ensemble
it runs one decoder. Averaging models that do not share an initialisation gives garbage;
nothing here can check that, so the card of the soup names its ingredients.

    soup = average(["runs/ft-seed0", "runs/ft-seed1"], window={"early_literals": 8})
    soup.save("runs/default", card=...)

`window` sets what the soup reads (WINDOW_FIELDS: which tokens and literals; the weights do
not depend on it), e.g. a rule found after its ingredients were trained.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import torch

from perfhint.models.checkpoints import CheckpointError
from perfhint.models.rlm import WINDOW_FIELDS, RegressionLM


def average(
    paths: Sequence[str | os.PathLike], device: str = "cpu", window: dict | None = None
) -> RegressionLM:
    """The first checkpoint with every floating-point weight replaced by the mean over all,
    reading with `window`'s values of WINDOW_FIELDS where given.

    Raises CheckpointError unless every checkpoint has the same architecture, vocabulary,
    profiles and tasks, and the same value in every integer tensor, or for a `window` key that
    is not a window field (one that adds weights would add untrained ones).
    """
    if len(paths) < 2:
        raise CheckpointError("a soup needs at least two checkpoints")
    if bad := sorted(set(window or {}) - set(WINDOW_FIELDS)):
        raise CheckpointError(f"not window fields: {', '.join(bad)}; known: {WINDOW_FIELDS}")
    models = [RegressionLM.load(p, device=device, window=window) for p in paths]
    first = models[0]
    for path, m in zip(paths[1:], models[1:], strict=True):
        if m.config != first.config:
            raise CheckpointError(f"{path}: model config differs from {paths[0]}'s")
        what = ("profile_targets", "target_chains", "tasks")
        if differ := [w for w in what if getattr(m, w) != getattr(first, w)]:
            raise CheckpointError(f"{path}: {', '.join(differ)} differ from {paths[0]}'s")
    states = [m.state_dict() for m in models]  # decoder and, when trained, encoder weights
    mean: dict[str, torch.Tensor] = {}
    for key, value in states[0].items():
        if value.is_floating_point():
            mean[key] = torch.stack([s[key].float() for s in states]).mean(0).to(value.dtype)
        elif all(torch.equal(s[key], value) for s in states[1:]):
            mean[key] = value
        else:
            raise CheckpointError(f"integer tensor {key} differs between the checkpoints")
    first.load_state_dict(mean)
    return first
