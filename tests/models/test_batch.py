"""predict-batch: good and bad requests in one file; one bad request never sinks the batch."""

from __future__ import annotations

import json

from perfhint.models.batch import predict_batch

GOOD = {
    "id": "a",
    "text": "buf0 = alloc(5000)\n",
    "language": "Python",
    "kind": "program",
    "profile": "this-machine",
    "targets": ["peak_memory_bytes", "latency_s"],
    "some_future_field": {"ignored": True},
}


def test_good_and_bad_requests(tiny_model_dir, tmp_path):
    requests = [
        GOOD,
        dict(GOOD, id="b", profile="pixel9"),
        dict(GOOD, id="c", targets=["energy_j"]),
        {"id": "d", "text": "x"},
        dict(GOOD, id="e", kind="essay"),
        dict(GOOD, id="f", mode="eager", targets=["latency_s"]),
        dict(GOOD, id=7, profile="nvidia-h100"),
        dict(GOOD, id="g", kind="function", context="n = 10"),
        dict(GOOD, id="h", context=["n = 10"]),
    ]
    lines = [json.dumps(r) for r in requests] + ["", "{this is not json"]
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text("\n".join(lines) + "\n")
    errors = predict_batch(inp, out, model_dir=tiny_model_dir, num_samples=8)
    answers = [json.loads(x) for x in out.read_text().splitlines()]
    assert [a["id"] for a in answers] == ["a", "b", "c", "d", "e", "f", 7, "g", "h", None]
    assert errors == 6
    by_id = {a["id"]: a for a in answers}
    for rid in ("a", 7, "g"):
        preds = by_id[rid]["predictions"]
        assert set(preds) == {"peak_memory_bytes", "latency_s"}
        for q in preds.values():
            assert q["p10"] <= q["median"] <= q["p90"]
    assert set(by_id["f"]["predictions"]) == {"latency_s"}
    assert "unknown profile 'pixel9'" in by_id["b"]["error"]
    assert "this-machine" in by_id["b"]["error"]
    assert "unknown target 'energy_j'" in by_id["c"]["error"]
    assert "missing field" in by_id["d"]["error"]
    assert "unknown kind" in by_id["e"]["error"]
    assert "context must be a string" in by_id["h"]["error"]
    assert "not valid JSON" in answers[-1]["error"]


def test_batch_answers_equal_single_answers(tiny_model_dir, tmp_path):
    """Batching does not change an answer: same request alone or among others."""
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text(json.dumps(GOOD) + "\n")
    predict_batch(inp, out, model_dir=tiny_model_dir, num_samples=8)
    alone = json.loads(out.read_text())
    assert "predictions" in alone
