"""Baseline: a multi-layer perceptron over the one-hot encoded cell/layer operations.

The standard predictor baseline of the NAS literature (BRP-NAS, HELP): NAS-Bench-201's six
edges x five ops, or FBNet's 22 layers x nine blocks, one-hot; one network per space with
one output per target key (each accuracy, and log10 latency per device), trained on the same
training architectures as the model with a masked mean-squared error on standardised outputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from perfhint.models.core import Example
from perfhint.models.nas.render import (
    FBNET_BLOCKS,
    NB201_OPS,
    parse_fbnet,
    parse_nasbench201,
)


@dataclass(frozen=True)
class MLPConfig:
    hidden: int = 256
    layers: int = 3
    steps: int = 1500
    batch_size: int = 256
    lr: float = 1e-3
    weight_decay: float = 1e-4
    seed: int = 0


def onehot(space: str, arch: str) -> np.ndarray:
    """(features,) 0/1 vector: position x choice."""
    if space == "nasbench201":
        choices, n = [NB201_OPS.index(op) for op in parse_nasbench201(arch)], len(NB201_OPS)
    else:
        choices, n = list(parse_fbnet(arch)), len(FBNET_BLOCKS)
    x = np.zeros(len(choices) * n, dtype=np.float32)
    x[[i * n + c for i, c in enumerate(choices)]] = 1.0
    return x


def fit_predict(
    x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, config: MLPConfig
) -> np.ndarray:
    """Masked multi-output regression: NaN entries of y_train are missing. Returns (N_test, K)."""
    import torch
    from torch import nn

    torch.manual_seed(config.seed)
    mask = ~np.isnan(y_train)
    mean = np.nanmean(y_train, axis=0)
    std = np.nanstd(y_train, axis=0) + 1e-8
    y = np.where(mask, (y_train - mean) / std, 0.0).astype(np.float32)
    dims = [x_train.shape[1]] + [config.hidden] * (config.layers - 1)
    blocks: list[nn.Module] = []
    for a, b in zip(dims[:-1], dims[1:], strict=True):
        blocks += [nn.Linear(a, b), nn.ReLU()]
    net = nn.Sequential(*blocks, nn.Linear(dims[-1], y.shape[1]))
    opt = torch.optim.AdamW(net.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, config.steps)
    xt, yt, mt = torch.from_numpy(x_train), torch.from_numpy(y), torch.from_numpy(mask)
    gen = torch.Generator().manual_seed(config.seed)
    for _ in range(config.steps):
        idx = torch.randint(0, len(xt), (min(config.batch_size, len(xt)),), generator=gen)
        err = (net(xt[idx]) - yt[idx]) ** 2 * mt[idx]
        loss = err.sum() / mt[idx].sum().clamp(min=1)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
    with torch.no_grad():
        pred = net(torch.from_numpy(x_test)).numpy()
    return pred * std + mean


def onehot_mlp_baseline(
    train: Sequence[Example], test: Sequence[Example], config: MLPConfig | None = None
) -> list[tuple[float, ...]]:
    """Predictions aligned with `test`: latency in seconds, accuracy in %."""
    config = config or MLPConfig()
    from perfhint.models.nas.dataset import _is_log, _key, _table, arch_of

    table = _table(train)
    predicted: dict[tuple[str, str], dict[str, float]] = {}
    for space in sorted({s for s, _ in table}):
        archs = [a for s, a in table if s == space]
        keys = sorted({k for a in archs for k in table[(space, a)]})
        y = np.full((len(archs), len(keys)), np.nan)
        for i, a in enumerate(archs):
            for j, k in enumerate(keys):
                v = table[(space, a)].get(k)
                if v is not None:
                    y[i, j] = np.log10(v) if _is_log(k) else v
        test_archs = sorted({a for e in test for s, a in [arch_of(e)] if s == space})
        if not test_archs:
            continue
        x = np.stack([onehot(space, a) for a in archs])
        xt = np.stack([onehot(space, a) for a in test_archs])
        pred = fit_predict(x, y, xt, config)
        for i, a in enumerate(test_archs):
            predicted[(space, a)] = {
                k: float(10 ** pred[i, j] if _is_log(k) else pred[i, j]) for j, k in enumerate(keys)
            }
    out = []
    for e in test:
        row = predicted.get(arch_of(e), {})
        out.append(tuple(row.get(_key(t, e.query.profile), np.nan) for t in e.query.targets))
    return out
