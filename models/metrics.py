"""Metrics as pure functions f(y_true, y_pred). `*_score`: higher is better. numpy/scipy only."""

from __future__ import annotations

import numpy as np
from scipy import stats


def _clean(y_true, y_pred) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(y_true, dtype=float)
    b = np.asarray(y_pred, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {a.shape} vs {b.shape}")
    keep = np.isfinite(a) & np.isfinite(b)
    return a[keep], b[keep]


def spearman_score(y_true, y_pred) -> float:
    """Spearman rank correlation; nan when fewer than 3 points or a constant side."""
    a, b = _clean(y_true, y_pred)
    if len(a) < 3 or np.ptp(a) == 0 or np.ptp(b) == 0:
        return float("nan")
    return float(stats.spearmanr(a, b).statistic)


def kendall_score(y_true, y_pred) -> float:
    """Kendall tau-b; nan when fewer than 3 points or a constant side."""
    a, b = _clean(y_true, y_pred)
    if len(a) < 3 or np.ptp(a) == 0 or np.ptp(b) == 0:
        return float("nan")
    return float(stats.kendalltau(a, b).statistic)


def top1_recall_score(y_true, y_pred, groups) -> float:
    """Fraction of groups where the predicted-lowest member is a truly lowest member."""
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    groups = np.asarray(groups)
    hits, total = 0, 0
    for g in np.unique(groups):
        idx = np.flatnonzero(groups == g)
        if len(idx) < 2:
            continue
        total += 1
        hits += y_true[idx[np.argmin(y_pred[idx])]] <= y_true[idx].min()
    return hits / total if total else float("nan")


def sign_accuracy_score(y_true, y_pred) -> float:
    """Fraction of entries where the signs agree (e.g. of a log speed-up)."""
    a, b = _clean(y_true, y_pred)
    return float(np.mean(np.sign(a) == np.sign(b))) if len(a) else float("nan")
