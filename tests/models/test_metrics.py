import math

import numpy as np
import pytest

from perfhint.models.metrics import (
    kendall_score,
    sign_accuracy_score,
    spearman_score,
    top1_recall_score,
)


def test_rank_scores_perfect_reversed_and_monotone():
    y = [1, 2, 3, 4, 5]
    assert spearman_score(y, [10, 20, 30, 40, 50]) == pytest.approx(1.0)
    assert kendall_score(y, np.exp(y)) == pytest.approx(1.0)
    assert spearman_score(y, y[::-1]) == pytest.approx(-1.0)


def test_rank_scores_degenerate_inputs_are_nan():
    assert math.isnan(spearman_score([1, 2], [1, 2]))
    assert math.isnan(kendall_score([1, 1, 1], [1, 2, 3]))
    assert math.isnan(spearman_score([1, 2, 3], [5, 5, 5]))
    with pytest.raises(ValueError):
        spearman_score([1, 2, 3], [1, 2])


def test_non_finite_pairs_are_dropped():
    assert spearman_score([1, 2, 3, 4], [1, 2, 3, float("nan")]) == pytest.approx(1.0)


def test_top1_recall_and_sign_accuracy():
    y_true = [3.0, 1.0, 2.0, 5.0, 4.0]
    y_pred = [3.0, 1.5, 1.0, 4.5, 4.0]
    groups = ["a", "a", "a", "b", "b"]
    # group a: predicted-best is index 2 (true 2.0), truly best is 1.0 -> miss; group b: hit
    assert top1_recall_score(y_true, y_pred, groups) == pytest.approx(0.5)
    assert sign_accuracy_score([1, -1, 2], [3, -2, -1]) == pytest.approx(2 / 3)
