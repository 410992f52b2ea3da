"""Units of code the model is asked about: the whole file (a program) and its functions.

Turns a parsed document into (unit, queries) pairs for a profile, using `engine.plan` to ask
only what the checkpoint knows. Shared by the language server and `perfhint predict`.
"""

from __future__ import annotations

from dataclasses import dataclass

from perfhint.models.core import Prediction, Query, literal_lines, workload_context
from perfhint.server.engine import Knowledge, PredictionService, plan
from perfhint.server.functions import Function

MAX_FUNCTIONS = 300  # per document; a 50k-line file gets hints for its first 300 functions


@dataclass(frozen=True)
class Unit:
    name: str
    kind: str  # program | function | architecture | triton
    start_line: int
    end_line: int
    signature_end: tuple[int, int]  # (line, UTF-8 byte column)
    start_byte: int
    queries: tuple[Query, ...]

    @property
    def is_program(self) -> bool:
        return self.kind == "program"


def units_for(
    language_id: str,
    source: bytes,
    functions: list[Function],
    profile: str,
    knowledge: Knowledge | None,
    max_functions: int = MAX_FUNCTIONS,
) -> list[Unit]:
    """The program unit first, then functions in source order; units with no question dropped."""
    if knowledge is None:
        return []
    text = source.decode("utf-8", "replace")
    first_line_end = source.find(b"\n")
    first_line_end = len(source) if first_line_end < 0 else first_line_end
    units = []
    program_queries = _queries(text, "program", language_id, profile, knowledge)
    if program_queries:
        units.append(
            Unit("file", "program", 0, source.count(b"\n"), (0, first_line_end), 0, program_queries)
        )
    architectures = [f for f in functions if f.kind == "architecture"]
    # a model that reads a function's workload lines is asked with them (their edits re-ask)
    literals = literal_lines(text) if knowledge.reads_context else []
    for f in functions[:max_functions]:
        context = workload_context(literals, f.start_line, f.end_line)
        unit_kind = f.kind
        queries = _queries(f.text, f.kind, language_id, profile, knowledge, context)
        owner = _owning_architecture(f, architectures) if f.name == "forward" else None
        if owner is not None:
            # a module's forward pass costs what the module costs, where the profile has a
            # question for modules (GPU, NAS devices); elsewhere it stays a function
            module_queries = _queries(owner.text, "architecture", language_id, profile, knowledge)
            if module_queries:
                unit_kind, queries = "architecture", module_queries
        if queries:
            units.append(
                Unit(
                    f.name,
                    unit_kind,
                    f.start_line,
                    f.end_line,
                    f.signature_end,
                    f.start_byte,
                    queries,
                )
            )
    return units


def _owning_architecture(f: Function, architectures: list[Function]) -> Function | None:
    for a in architectures:
        if a is not f and a.start_byte <= f.start_byte and f.end_byte <= a.end_byte:
            return a
    return None


def _queries(
    text: str,
    unit_kind: str,
    language: str,
    profile: str,
    knowledge: Knowledge,
    context: str = "",
) -> tuple[Query, ...]:
    """The unit's questions; `context` (a function's workload lines) goes with function ones."""
    return tuple(
        Query(
            text=text,
            kind=a.kind,
            language=language,
            profile=profile,
            targets=a.targets,
            mode=a.mode,
            context=context if a.kind == "function" else "",
        )
        for a in plan(unit_kind, profile, knowledge, language)
    )


def unit_predictions(unit: Unit, service: PredictionService) -> dict[str, Prediction]:
    """mode -> cached Prediction; empty unless every question of the unit has an answer."""
    out = {}
    for q in unit.queries:
        pred = service.lookup(q)
        if pred is None:
            return {}
        out[q.mode] = pred
    return out
