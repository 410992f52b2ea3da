"""Unit formatting, labels, hover text and budget checks (pure functions, table-driven)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfhint.models.core import Prediction, Quantiles
from perfhint.server.hints import (
    format_bytes,
    format_seconds,
    format_value,
    hover_markdown,
    inlay_label,
    over_budget,
    speedup_text,
)


@pytest.mark.parametrize(
    "n, text",
    [(0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (2_100_000, "2.1 MB"), (34_000_000, "34 MB"),
     (340_000_000, "340 MB"), (999_600, "1.0 MB"), (1.5e9, "1.5 GB"), (2e12, "2000 GB"), (3e13, "3.0e+04 GB"),
     (-2_100_000, "-2.1 MB"), (math.inf, "?"), (math.nan, "?")],
)  # fmt: skip
def test_format_bytes(n, text):
    assert format_bytes(n) == text


@pytest.mark.parametrize(
    "s, text",
    [(340e-6, "340 µs"), (2.7e-3, "2.7 ms"), (0.5, "500 ms"), (1.2, "1.2 s"), (59, "59 s"),
     (300, "5.0 min"), (4e-9, "4.0 ns"), (0, "0.0 ns"), (12e-6, "12 µs"), (math.inf, "?")],
)  # fmt: skip
def test_format_seconds(s, text):
    assert format_seconds(s) == text


def test_format_value_by_unit_in_the_target_name():
    assert format_value("peak_memory_bytes", 2.1e6) == "2.1 MB"
    assert format_value("latency_s", 3.4e-4) == "340 µs"
    assert format_value("cifar10_accuracy_pct", 93.14) == "93.1 %"
    assert format_value("widgets", 1234.5) == "1.23e+03"
    assert format_value("peak_memory_bytes", -5.0) == "0 B"
    assert format_value("latency_s", -1e-3) == "0.0 ns"


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_formatting_never_fails_and_stays_short(x):
    for f in (format_bytes, format_seconds):
        assert 1 <= len(f(x)) <= 16


def _pred(**targets):
    return Prediction(
        {t: Quantiles(m, m * 0.5, m * 2) for t, m in targets.items()}, model_version="m-1"
    )


def test_inlay_label_cpu_and_gpu_modes():
    assert (
        inlay_label({"default": _pred(peak_memory_bytes=2.1e6, latency_s=340e-6)})
        == "~2.1 MB · ~340 µs"
    )
    gpu = {
        "eager": _pred(latency_s=2.7e-3),
        "compile-inductor-default": _pred(latency_s=1.9e-3),
        "compile-max-autotune": _pred(latency_s=1.4e-3),
    }
    assert inlay_label(gpu) == "~2.7 ms eager · ~1.4 ms compile-max-autotune"
    assert inlay_label({}) == ""


def test_hover_has_medians_ranges_profile_and_version():
    text = hover_markdown(
        "`f`", {"default": _pred(latency_s=1e-3)}, "this-machine", "This machine", "function"
    )
    assert "~1.0 ms" in text and "500 µs – 2.0 ms" in text
    assert "This machine" in text and "`this-machine`" in text and "m-1" in text
    assert "size lines" not in text
    text = hover_markdown("`f`", {"default": _pred(latency_s=1e-3)}, "this-machine", "This machine",
                          "function", "n = 10 | s = `x`")  # fmt: skip
    assert "read with the file's size lines: `n = 10 | s = 'x'`" in text
    gpu = {
        "eager": _pred(latency_s=2.7e-3),
        "compile-max-autotune": _pred(latency_s=1.4e-3),
        "compile-reduce-overhead": _pred(latency_s=3.2e-3),
    }
    text = hover_markdown("`Net`", gpu, "nvidia-h100-sxm", "H100", "program")
    # the predicted speed-up of each compile mode over eager, fastest first
    assert (
        "latency: ~2.7 ms eager; torch.compile: ~1.4 ms max-autotune (1.9x faster), "
        "~3.2 ms reduce-overhead (1.2x slower)"
    ) in text


def test_a_joint_query_gives_its_mode_speed_up_and_no_row_of_its_own():
    """A compiled mode that decoded eager then compiled latency: the speed-up is read against
    the eager latency of that same sequence; that number is not shown as a target."""
    gpu = {
        "eager": _pred(latency_s=2.7e-3),
        "compile-max-autotune": _pred(eager_latency_s=2.0e-3, latency_s=2.5e-3),
    }
    text = hover_markdown("`Net`", gpu, "nvidia-h100-sxm", "H100", "program")
    assert "~2.5 ms max-autotune (1.2x slower)" in text  # 2.0 / 2.5, not 2.7 / 2.5
    assert "eager_latency" not in text and "eager latency" not in text
    assert inlay_label(gpu) == "~2.7 ms eager · ~2.5 ms compile-max-autotune"
    assert inlay_label({"compile-max-autotune": gpu["compile-max-autotune"]}) == "~2.5 ms"


@pytest.mark.parametrize(
    ("eager", "compiled", "text"),
    [
        (2.0, 1.0, "2.0x faster"),
        (1.0, 1.0, "1.0x faster"),
        (1.0, 4.0, "4.0x slower"),
        (1.0, 0, "?"),
    ],
)
def test_speedup_text(eager, compiled, text):
    assert speedup_text(eager, compiled) == text


def test_over_budget():
    preds = {"default": _pred(peak_memory_bytes=2e8, latency_s=0.1)}
    (excess,) = over_budget(preds, {"peak_memory_bytes": 1e8, "latency_s": 0.5})
    assert excess.target == "peak_memory_bytes" and excess.budget == 1e8
    assert (
        "f: predicted peak memory ~200 MB exceeds the budget 100 MB on this-machine"
        == excess.message("f", "this-machine")
    )
    assert over_budget(preds, {}) == []
