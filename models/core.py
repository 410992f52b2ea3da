"""The records other parts of perfhint rely on. Framework-free and fast to import.

A *target* is a measured quantity with its unit in its name (`peak_memory_bytes`,
`latency_s`, `cifar10_accuracy_pct`). A *profile* is the hardware/runtime setting on which a
target was measured (`this-machine`, `nvidia-h100-sxm`, `pixel3`). A *mode* is how the code is
run on that profile (`eager`, `compile-max-autotune`; `default` where nothing varies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

Kind = Literal["program", "function", "triton", "architecture"]
KINDS: tuple[str, ...] = ("program", "function", "triton", "architecture")
DEFAULT_MODE = "default"
# a compiled mode's query may ask for this first: the same program's eager latency, then the
# compile speed-up (eager latency / this mode's latency, 1.9 = 1.9x faster): the decoder
# writes the ratio itself rather than a second latency it must keep within a few percent of
# the first to get the ratio's sign right
EAGER_LATENCY = "eager_latency_s"
COMPILE_SPEEDUP = "compile_speedup_x"
# targets a model may answer without decoding them: target -> (a, b), its value is a / b
DERIVED_TARGETS: dict[str, tuple[str, str]] = {"latency_s": (EAGER_LATENCY, COMPILE_SPEEDUP)}


@dataclass(frozen=True)
class Query:
    """What the model is asked: read `text`, decode `targets` in order for `profile`/`mode`."""

    text: str
    kind: str
    language: str
    profile: str
    targets: tuple[str, ...]
    mode: str = DEFAULT_MODE
    # for a function: the lines of its file that set sizes (`workload_context` below); a
    # function's cost follows the workload its caller gives it (`n = 1000` in main)
    context: str = ""


@dataclass(frozen=True)
class Example:
    """A labelled query: `values[i]` is the measured value of `query.targets[i]`.

    `group` names what must not be split across train and test (a task, a problem, an
    architecture), so held-out scores measure generalisation to unseen problems.
    """

    query: Query
    values: tuple[float, ...]
    group: str = ""

    def __post_init__(self) -> None:
        if len(self.values) != len(self.query.targets):
            raise ValueError(
                f"{len(self.values)} values for {len(self.query.targets)} targets "
                f"{self.query.targets}"
            )

    def with_derived(self) -> Example:
        """This example also asking for the DERIVED_TARGETS its own values give (a compiled
        mode's latency_s from its eager latency and speed-up): to score every row on them."""
        q, have = self.query, dict(zip(self.query.targets, self.values, strict=True))
        extra = {
            t: have[a] / have[b] for t, (a, b) in DERIVED_TARGETS.items()
            if t not in have and a in have and b in have and have[b] > 0
        }  # fmt: skip
        if not extra:
            return self
        query = replace(q, targets=(*q.targets, *extra))
        return replace(self, query=query, values=(*self.values, *extra.values()))

    def asking(self, targets) -> Example:
        """This example asking only for those of its targets (derived ones included) that are
        in `targets`, in its order: a model trained before a target existed can still use it."""
        full = self.with_derived()
        keep = [i for i, t in enumerate(full.query.targets) if t in targets]
        query = replace(full.query, targets=tuple(full.query.targets[i] for i in keep))
        return replace(full, query=query, values=tuple(full.values[i] for i in keep))


@dataclass(frozen=True)
class Quantiles:
    """A predicted distribution, summarised from the decoder's samples."""

    median: float
    p10: float
    p90: float

    def to_json(self) -> dict[str, float]:
        return {"median": self.median, "p10": self.p10, "p90": self.p90}


@dataclass(frozen=True)
class Prediction:
    """Per-target quantiles for one query, and the model that made them."""

    values: dict[str, Quantiles]
    model_version: str = ""

    def to_json(self) -> dict[str, dict[str, float]]:
        return {name: q.to_json() for name, q in self.values.items()}


Outcome = Literal["ok", "compile_error", "runtime_error", "timeout", "out_of_memory", "skipped"]


@dataclass(frozen=True)
class Measurement:
    """One program's real labels from the sandboxed harness (see perfhint.models.measure).

    Failures are values: `outcome` says what happened, and labels are None unless it is "ok".
    """

    path: str
    language: str
    outcome: str
    peak_memory_bytes: float | None = None
    latency_s: float | None = None
    latency_spread_s: float | None = None  # (p90 - p10) over the timed runs
    cpu_s: float | None = None  # median user+system CPU seconds of the timed runs
    runs: int = 0
    unstable: bool = False
    message: str = ""
    environment: dict[str, str] = field(default_factory=dict)
    functions: dict[str, dict[str, float]] = field(default_factory=dict)


# a numeric literal: hex, digits grouped by _ or ' (1_000_000, 1'000'000), or a decimal with
# optional fraction and exponent, then any type suffix (3000L, 5u64, 8_i64, Fortran's 3000_8);
# not the digits inside a name (x1, int64_t)
NUMERAL = re.compile(
    r"(?<![\w.])(0[xX][0-9a-fA-F]+|\d{1,3}(?:[_']\d{3})+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"(?:_?[A-Za-z]\w*|_\d+)?(?!\w)"
)


def numerals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every numeric literal in `text`, in order; the digits without
    their group separators (`1_000_000` -> `1000000`) or type suffix."""
    return [
        (m.start(), m.end(), m.group(1).replace("_", "").replace("'", ""))
        for m in NUMERAL.finditer(text)
    ]


CONTEXT_LINES = 6  # the lines of a function's file shown with it (`workload_context`)
CONTEXT_CHARS = 80  # each cut to this many characters
CONTEXT_EARLY = 2  # and up to this many earlier ones that introduce a value (a size set early)


def literal_lines(source: str) -> list[tuple[int, str]]:
    """(0-based line, stripped text cut to CONTEXT_CHARS) of each line of `source` holding a
    numeric literal: what `workload_context` chooses from, found once per file."""
    return [
        (i, line.strip()[:CONTEXT_CHARS])
        for i, line in enumerate(source.splitlines())
        if NUMERAL.search(line)
    ]


def workload_context(lines: list[tuple[int, str]], start_line: int, end_line: int) -> str:
    """The last CONTEXT_LINES of a file's `literal_lines` outside lines start_line..end_line
    (a function's own, inclusive), then up to CONTEXT_EARLY earlier ones that introduce a
    value those lack (the latest such), in file order, joined by " | ". A function's text
    rarely holds its workload's size; the file's entry point does (`n = 1000`,
    `solve(10**6)`), often followed by more literal lines than CONTEXT_LINES (`h = 0`,
    `% 1000000007`): the last six alone miss the size of 40 % of the corpus's held-out Python
    functions, two early lines bring that to 25 %."""
    outside = [(i, text) for i, text in lines if not start_line <= i <= end_line]
    last = outside[-CONTEXT_LINES:] if CONTEXT_LINES else []
    seen = {v for _, text in last for _, _, v in numerals(text)}
    early: list[tuple[int, str]] = []
    for i, text in reversed(outside[: len(outside) - len(last)]):
        if len(early) == CONTEXT_EARLY:
            break
        new = [v for _, _, v in numerals(text) if v not in seen]
        if new:
            early.append((i, text))
            seen.update(new)
    return " | ".join(text for _, text in sorted(early + last))
