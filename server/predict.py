"""`perfhint predict PATH...`: per-file and per-function predictions, as JSON or a table.

JSON contract (DESIGN.md): one object per file with `path`, `language`, `profile`,
`program` and `functions` (each with `name`, `start_line`, `end_line` — 1-based, inclusive —
and `predictions`); a prediction is `{"<target>": {"median", "p10", "p90"}}`. Profiles with
several modes (GPU: eager, compile modes) also give `modes: {mode: prediction}`; the
headline prediction is the first mode's. Files the model has nothing to say about get an
empty `program` and only the functions it can answer for. Unreadable files get `error`.
"""

from __future__ import annotations

import os
from pathlib import Path

from perfhint.server.engine import PredictionService
from perfhint.server.functions import ParsedDocument, language_for_path
from perfhint.server.hints import inlay_label
from perfhint.server.units import units_for

MAX_FILE_BYTES = 2_000_000
_SKIP_DIRS = {
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    "build",
    "dist",
    "target",
}


def expand_paths(paths) -> list[Path]:
    """Files as given, and supported source files found recursively under directories."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                out += [Path(root) / f for f in sorted(files) if language_for_path(f) is not None]
        elif path.is_file():
            out.append(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return out


def predict_paths(
    paths, profile: str = "this-machine", model_dir=None, num_samples: int | None = None
) -> list[dict]:
    files = expand_paths(paths)
    service = PredictionService(model_dir, num_samples=num_samples)
    knowledge = service.load()
    if knowledge is None:
        raise ValueError(f"the model did not load: {service.error}")
    if profile not in knowledge.profile_targets:
        raise ValueError(
            f"the model knows no profile {profile!r}; known: {', '.join(knowledge.profiles)}"
        )

    prepared = []
    for path in files:
        language = language_for_path(path)
        entry = {
            "path": str(path),
            "language": language.id if language else None,
            "profile": profile,
        }
        try:
            source = path.read_bytes()
        except OSError as e:
            prepared.append((dict(entry, error=str(e)), []))
            continue
        if language is None:
            prepared.append((dict(entry, error="unsupported language"), []))
        elif len(source) > MAX_FILE_BYTES or b"\x00" in source:
            prepared.append((dict(entry, error="binary or larger than 2 MB"), []))
        else:
            doc = ParsedDocument(language, source)
            prepared.append(
                (entry, units_for(language.id, source, doc.functions(), profile, knowledge))
            )

    service.predict_missing([q for _, units in prepared for u in units for q in u.queries])
    results = []
    for entry, units in prepared:
        if "error" in entry:
            results.append(entry)
            continue
        entry.update(model_version=knowledge.version, program={}, functions=[])
        for unit in units:
            by_mode = {q.mode: service.lookup(q) for q in unit.queries}
            if any(p is None for p in by_mode.values()):
                continue
            block = {"predictions": next(iter(by_mode.values())).to_json()}
            if len(by_mode) > 1:
                block["modes"] = {m: p.to_json() for m, p in by_mode.items()}
            block["label"] = inlay_label(by_mode)
            if unit.is_program:
                entry["program"] = block["predictions"]
                if "modes" in block:
                    entry["program_modes"] = block["modes"]
                entry["program_label"] = block["label"]
            else:
                entry["functions"].append(
                    {
                        "name": unit.name,
                        "kind": unit.queries[0].kind,
                        "start_line": unit.start_line + 1,
                        "end_line": unit.end_line + 1,
                        **block,
                    }
                )
        results.append(entry)
    return results


def format_table(results: list[dict]) -> str:
    """A readable table: one block per file, the file's line first, then its functions."""
    lines = []
    for r in results:
        head = f"{r['path']}  [{r.get('language') or '?'}, {r['profile']}]"
        if "error" in r:
            lines.append(f"{head}  error: {r['error']}")
            continue
        lines.append(f"{head}  {r.get('program_label') or '-'}")
        width = max((len(f["name"]) for f in r["functions"]), default=0)
        for f in r["functions"]:
            span = f"L{f['start_line']}-{f['end_line']}"
            lines.append(f"  {f['name']:<{width}}  {span:<10} {f['label']}")
    if results and "model_version" in results[0]:
        lines.append(
            f"(model {results[0]['model_version']}; medians of the predicted distributions)"
        )
    return "\n".join(lines) + "\n"
