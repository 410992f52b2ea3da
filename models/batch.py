"""`perfhint predict-batch`: answer a JSONL file of requests with one model load.

Request:  {"id", "text", "language", "kind", "profile", "targets": [...], ["mode"], ["context"]}
Answer:   {"id", "predictions": {target: {"median", "p10", "p90"}}}  or  {"id", "error": "..."}

Valid requests are predicted together (batched); a bad request gets its own error line and
never sinks the batch. Unknown optional fields are ignored. Answers keep the input order.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from perfhint.models.core import DEFAULT_MODE, KINDS, Query

REQUIRED = ("id", "text", "language", "kind", "profile", "targets")


def parse_request(line: str) -> tuple[object, Query]:
    """(id, Query) from one JSONL line; ValueError with a readable message if it is malformed."""
    try:
        req = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON: {e}") from None
    if not isinstance(req, dict):
        raise ValueError("a request must be a JSON object")
    missing = [k for k in REQUIRED if k not in req]
    if missing:
        raise ValueError(f"missing field(s): {', '.join(missing)}")
    targets = req["targets"]
    if isinstance(targets, str):
        targets = [targets]
    if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
        raise ValueError("targets must be a list of strings")
    for key in ("text", "language", "kind", "profile"):
        if not isinstance(req[key], str):
            raise ValueError(f"{key} must be a string")
    if req["kind"] not in KINDS:
        raise ValueError(f"unknown kind {req['kind']!r}; known: {', '.join(KINDS)}")
    mode = req.get("mode") or DEFAULT_MODE
    if not isinstance(mode, str):
        raise ValueError("mode must be a string")
    context = req.get("context") or ""
    if not isinstance(context, str):
        raise ValueError("context must be a string")
    query = Query(
        text=req["text"],
        kind=req["kind"],
        language=req["language"],
        profile=req["profile"],
        targets=tuple(targets),
        mode=mode,
        context=context,
    )
    return req["id"], query


def _request_id(line: str):
    try:
        req = json.loads(line)
        return req.get("id") if isinstance(req, dict) else None
    except json.JSONDecodeError:
        return None


def answer_lines(lines: list[str], model, num_samples: int | None = None) -> list[dict]:
    """Answers (dicts) for JSONL request lines, in order; blank lines are skipped."""
    answers: list[dict] = []
    pending: list[tuple[int, Query]] = []  # (answer slot, query)
    for line in lines:
        if not line.strip():
            continue
        try:
            rid, query = parse_request(line)
            if query.mode == DEFAULT_MODE and DEFAULT_MODE not in model.config.modes:
                query = _fallback_mode(query, model)
            model.check_query(query)
        except ValueError as e:
            answers.append({"id": _request_id(line), "error": str(e)})
            continue
        answers.append({"id": rid})
        pending.append((len(answers) - 1, query))
    if pending:
        try:
            preds = model.predict([q for _, q in pending], num_samples=num_samples)
        except Exception as e:  # a model failure is reported per request, not raised
            preds = [e] * len(pending)
        for (slot, _), pred in zip(pending, preds, strict=True):
            if isinstance(pred, Exception):
                answers[slot]["error"] = f"prediction failed: {pred}"
            else:
                answers[slot]["predictions"] = pred.to_json()
    return answers


def _fallback_mode(query: Query, model) -> Query:
    """No mode given and the model has no "default" mode: use "eager" where it knows it."""
    from dataclasses import replace

    if "eager" in model.config.modes:
        return replace(query, mode="eager")
    return query


def predict_batch(
    in_path: str | os.PathLike,
    out_path: str | os.PathLike,
    model_dir: str | os.PathLike | None = None,
    num_samples: int | None = None,
) -> int:
    """Read requests from `in_path`, write answers to `out_path`; returns the number of errors."""
    from perfhint.models.rlm import RegressionLM

    lines = Path(in_path).read_text().splitlines()
    model = RegressionLM.load(model_dir, device="auto")
    answers = answer_lines(lines, model, num_samples=num_samples)
    with open(out_path, "w") as f:
        for a in answers:
            f.write(json.dumps(a) + "\n")
    return sum("error" in a for a in answers)
