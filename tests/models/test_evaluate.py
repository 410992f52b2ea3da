import math

import pytest

from perfhint.models.core import Example, Query
from perfhint.models.evaluate import (
    format_table,
    length_baseline,
    score_slices,
    summarize,
    tfidf_ridge_baseline,
)


def ex(text, y, profile="this-machine", language="python"):
    return Example(Query(text, "program", language, profile, ("latency_s",)), (y,), group=text)


def loops(n):
    return (
        "for i in range(10):\n" * n + "    pass\n" + "\n".join(f"x{k} = {k}" for k in range(n % 3))
    )


def test_baselines_and_slices():
    train = [ex(loops(n), 10.0 ** (n / 10)) for n in range(1, 60, 2)]
    test = [ex(loops(n), 10.0 ** (n / 10)) for n in range(2, 60, 3)]
    preds = {"length": length_baseline(test), "tfidf_ridge": tfidf_ridge_baseline(train, test)}
    slices = score_slices("toy", test, preds)
    assert len(slices) == 1
    s = slices[0]
    assert (s.task, s.language, s.profile, s.target, s.n) == (
        "toy",
        "python",
        "this-machine",
        "latency_s",
        20,
    )
    assert s.scores["length"]["spearman"] > 0.95
    assert s.scores["tfidf_ridge"]["spearman"] > 0.5
    table = format_table(slices)
    assert "length ρ" in table and "tfidf_ridge τ" in table
    assert summarize(slices)["toy/latency_s"]["length"] == pytest.approx(
        s.scores["length"]["spearman"]
    )


def test_slices_split_by_language_and_profile():
    test = [
        ex("a" * k, float(k), profile=p, language=lang)
        for k in range(1, 6)
        for p in ("p1", "p2")
        for lang in ("c", "go")
    ]
    slices = score_slices("t", test, {"length": length_baseline(test)})
    assert {(s.language, s.profile) for s in slices} == {
        ("c", "p1"),
        ("c", "p2"),
        ("go", "p1"),
        ("go", "p2"),
    }
    # length of a single token is constant -> Spearman undefined, reported as nan (not 0)
    assert all(math.isnan(s.scores["length"]["spearman"]) for s in slices)


def test_eval_reads_cached_encoder_states_and_scores_the_same(tiny_model_dir, tmp_path):
    from perfhint.models.evaluate import evaluate_task
    from perfhint.models.rlm import RegressionLM

    model = RegressionLM.load(tiny_model_dir, device="cpu")
    plain = evaluate_task(model, "synthetic", num_samples=4, max_test=24)
    cached = evaluate_task(model, "synthetic", 4, max_test=24, cache_dir=str(tmp_path))
    assert list(tmp_path.rglob("*.safetensors"))  # the test texts' states were kept
    again = evaluate_task(model, "synthetic", 4, max_test=24, cache_dir=str(tmp_path))
    for a, b, c in zip(plain, cached, again, strict=True):
        assert a.scores["rlm"] == pytest.approx(b.scores["rlm"], abs=1e-6, nan_ok=True)
        assert b.scores["rlm"] == c.scores["rlm"]


@pytest.mark.parametrize("point", ["quantile", "soft"])
def test_eval_scores_deterministic_point_estimates(tiny_model_dir, point):
    """One deterministic pass: the same scores whatever --samples says; an unknown name fails."""
    from perfhint.models.evaluate import evaluate_task
    from perfhint.models.rlm import RegressionLM

    model = RegressionLM.load(tiny_model_dir, device="cpu")
    a = evaluate_task(model, "synthetic", 4, max_test=24, point=point)
    b = evaluate_task(model, "synthetic", 16, max_test=24, point=point)
    assert [s.scores["rlm"] for s in a] == [s.scores["rlm"] for s in b]
    assert any(not math.isnan(s.scores["rlm"]["spearman"]) for s in a)
    with pytest.raises(ValueError, match="point estimate"):
        evaluate_task(model, "synthetic", 4, max_test=24, point="mean")


def test_a_model_is_asked_only_the_targets_it_knows():
    from perfhint.models.core import Query
    from perfhint.models.evaluate import known_targets

    q = Query("x", "program", "python", "gpu", ("eager_latency_s", "latency_s"), "compile")
    assert known_targets(q, ("latency_s",)).targets == ("latency_s",)
    assert known_targets(q, ("eager_latency_s", "latency_s")) is q
    assert known_targets(q, ("peak_memory_bytes",)).targets == ("latency_s",)  # its error says
