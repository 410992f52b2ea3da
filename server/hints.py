"""What the user reads: compact numbers with units, hover text, budget checks.

Pure functions over predictions; no LSP types here. A unit's predictions are a mapping
mode -> Prediction (one entry, mode "default", for CPU profiles; eager and compile modes for
GPU profiles).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from perfhint.models.core import EAGER_LATENCY, Prediction

_TARGET_LABELS = {
    "peak_memory_bytes": "peak memory",
    "latency_s": "latency",
}


def target_label(target: str) -> str:
    if target in _TARGET_LABELS:
        return _TARGET_LABELS[target]
    if target.endswith("_accuracy_pct"):
        return target.removesuffix("_accuracy_pct").upper() + " accuracy"
    return target.replace("_", " ")


def _number(x: float) -> str:
    """Two or three significant digits: 2.1, 34, 340; absurdly large values as 6.0e+11."""
    if x >= 9999.5:
        return f"{x:.1e}"
    if x >= 9.95:
        return f"{x:.0f}"
    return f"{x:.1f}"


def format_bytes(n: float) -> str:
    """Decimal units, as `ls -h --si` and system monitors show them: 2.1 MB."""
    if not math.isfinite(n):
        return "?"
    sign = "-" if n < 0 else ""
    n = abs(n)
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale * 0.9995:
            return f"{sign}{_number(n / scale)} {unit}"
    return f"{sign}{n:.0f} B"


def format_seconds(s: float) -> str:
    """340 µs, 2.7 ms, 1.2 s, 3.5 min."""
    if not math.isfinite(s):
        return "?"
    sign = "-" if s < 0 else ""
    s = abs(s)
    if s >= 120:
        return f"{sign}{_number(s / 60)} min"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if s >= scale * 0.9995:
            return f"{sign}{_number(s / scale)} {unit}"
    return f"{sign}{_number(s / 1e-9)} ns"


def format_value(target: str, value: float) -> str:
    # sizes and durations are never negative: a sampled value below zero reads as zero
    if target.endswith("_bytes"):
        return format_bytes(max(value, 0.0))
    if target.endswith("_s"):
        return format_seconds(max(value, 0.0))
    if target.endswith("_pct"):
        return f"{value:.1f} %"
    return f"{value:.3g}"


def _targets(preds: Mapping[str, Prediction]) -> list[str]:
    """Every target of the predictions, in first-seen order (a compiled mode's own eager
    latency is not one: it only gives that mode's speed-up)."""
    return list(dict.fromkeys(t for p in preds.values() for t in p.values if t != EAGER_LATENCY))


def _compile_modes(preds: Mapping[str, Prediction], target: str) -> list[str]:
    """The torch.compile modes that predict `target`, fastest first."""
    compiled = [m for m, p in preds.items() if m.startswith("compile") and target in p.values]
    return sorted(compiled, key=lambda m: preds[m].values[target].median)


def inlay_label(preds: Mapping[str, Prediction]) -> str:
    """`~2.1 MB · 340 µs`; with modes `~2.7 ms eager · ~1.4 ms compile-max-autotune`."""
    if not preds:
        return ""
    if len(preds) == 1:
        (pred,) = preds.values()
        shown = [(t, q) for t, q in pred.values.items() if t != EAGER_LATENCY]
        return " · ".join(f"~{format_value(t, q.median)}" for t, q in shown)
    parts = []
    for target in _targets(preds):
        modes = [m for m in ("eager", "default") if m in preds and target in preds[m].values]
        for mode in modes[:1] + _compile_modes(preds, target)[:1]:
            parts.append(f"~{format_value(target, preds[mode].values[target].median)} {mode}")
    return " · ".join(parts)


def speedup_text(eager: float, compiled: float) -> str:
    """`1.9x faster` / `1.2x slower`: what a compile mode buys over eager."""
    if eager <= 0 or compiled <= 0:
        return "?"
    ratio = eager / compiled
    return f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x slower"


def _modes_line(preds: Mapping[str, Prediction], target: str) -> str:
    """`latency: ~2.7 ms eager; torch.compile: ~1.4 ms max-autotune (1.9x faster), ...`."""
    label = target_label(target)
    median = {m: p.values[target].median for m, p in preds.items() if target in p.values}
    compiled = _compile_modes(preds, target)
    if "eager" not in median or not compiled:
        return f"{label}: " + ", ".join(
            f"~{format_value(target, v)} {m}" for m, v in median.items()
        )
    e = median["eager"]

    def eager_for(mode: str) -> float:
        """The eager latency the mode's speed-up is read against: the one the model wrote
        in the same sequence when it did (a joint query), else the eager query's."""
        own = preds[mode].values.get(EAGER_LATENCY) if target == "latency_s" else None
        return own.median if own is not None else e

    parts = [
        f"~{format_value(target, median[m])} {m.removeprefix('compile-')} "
        f"({speedup_text(eager_for(m), median[m])})"
        for m in compiled
    ]
    return f"{label}: ~{format_value(target, e)} eager; torch.compile: " + ", ".join(parts)


def hover_markdown(
    title: str,
    preds: Mapping[str, Prediction],
    profile_id: str,
    profile_name: str,
    kind: str,
    context: str = "",
) -> str:
    """Median and p10-p90 per target (and mode), the profile and the model version; for a
    function, the lines of its file it was read with (its workload's sizes)."""
    lines = [f"**{title}** — predicted on **{profile_name}** (`{profile_id}`)", ""]
    multi = len(preds) > 1
    header = (
        "| target | mode | median | p10 – p90 |" if multi else "| target | median | p10 – p90 |"
    )
    lines += [header, "|---|---|---|---|" if multi else "|---|---|---|"]
    versions = set()
    for mode, pred in preds.items():
        versions.add(pred.model_version)
        for target, q in pred.values.items():
            if target == EAGER_LATENCY:  # it shows as this mode's speed-up, below
                continue
            cells = [target_label(target)] + ([mode] if multi else [])
            cells += [
                f"~{format_value(target, q.median)}",
                f"{format_value(target, q.p10)} – {format_value(target, q.p90)}",
            ]
            lines.append("| " + " | ".join(cells) + " |")
    if multi:
        lines += [""] + [_modes_line(preds, t) for t in _targets(preds)]
    if context:
        quoted = context.replace("`", "'")  # a backtick would end the code span
        lines += ["", f"read with the file's size lines: `{quoted}`"]
    version = ", ".join(sorted(v for v in versions if v)) or "unknown"
    lines += [
        "",
        f"_kind `{kind}` · model `{version}` · perfhint predicts from the text; it never runs your code_",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class BudgetExcess:
    target: str
    mode: str
    median: float
    budget: float

    def message(self, name: str, profile_id: str) -> str:
        mode = "" if self.mode in ("default", "") else f" ({self.mode})"
        return (
            f"{name}: predicted {target_label(self.target)}{mode} ~{format_value(self.target, self.median)} "
            f"exceeds the budget {format_value(self.target, self.budget)} on {profile_id}"
        )


def over_budget(
    preds: Mapping[str, Prediction], budgets: Mapping[str, float]
) -> list[BudgetExcess]:
    """Targets whose predicted median exceeds the user's budget for that target."""
    out = []
    for mode, pred in preds.items():
        for target, q in pred.values.items():
            budget = budgets.get(target)
            if budget is not None and q.median > budget:
                out.append(BudgetExcess(target, mode, q.median, budget))
    return out
