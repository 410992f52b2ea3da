"""`perfhint predict`: the JSON contract and the table, with a real tiny checkpoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfhint.server.cli import main
from perfhint.server.predict import expand_paths, format_table, predict_paths

SAMPLES = Path(__file__).parent / "samples"


def test_expand_paths_recurses_to_supported_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.py").write_text("def f():\n    pass\n")
    (tmp_path / "a" / "notes.txt").write_text("hi")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "y.js").write_text("function g() {}\n")
    assert expand_paths([tmp_path]) == [tmp_path / "a" / "x.py"]
    with pytest.raises(FileNotFoundError):
        expand_paths([tmp_path / "nope"])


def test_predict_json_contract(server_model_dir, tmp_path):
    (tmp_path / "blob.py").write_bytes(b"\x00\x01\x02")
    results = predict_paths(
        [SAMPLES / "sample.py", SAMPLES / "sample.go", tmp_path / "blob.py"],
        model_dir=server_model_dir,
    )
    py, go, blob = results
    assert py["language"] == "python" and py["profile"] == "this-machine"
    assert set(py["program"]) == {"peak_memory_bytes", "latency_s"}
    q = py["program"]["latency_s"]
    assert set(q) == {"median", "p10", "p90"} and q["p10"] <= q["median"] <= q["p90"]
    names = [f["name"] for f in go["functions"]]
    assert names == ["Norm", "square", "main", "add"]
    square = go["functions"][1]
    assert (square["start_line"], square["end_line"]) == (11, 13)  # 1-based, inclusive
    assert set(square["predictions"]) == {"peak_memory_bytes", "latency_s"}
    assert "error" in blob
    json.dumps(results)  # plain JSON
    table = format_table(results)
    assert "sample.go" in table and "square" in table and "L11-13" in table and "error" in table


def test_predict_gpu_profile_gives_modes(server_model_dir):
    (py,) = predict_paths(
        [SAMPLES / "sample.py"], profile="nvidia-h100-sxm", model_dir=server_model_dir
    )
    assert set(py["program_modes"]) == {"eager", "compile-max-autotune"}
    kinds = {f["name"]: f["kind"] for f in py["functions"]}
    assert kinds == {"Net": "program", "forward": "program", "add_kernel": "triton"}


def test_cli_predict(server_model_dir, capsys):
    assert (
        main(["predict", str(SAMPLES / "sample.rs"), "--json", "--model", str(server_model_dir)])
        == 0
    )
    (out,) = json.loads(capsys.readouterr().out)
    assert out["language"] == "rust" and [f["name"] for f in out["functions"]] == [
        "area",
        "square",
        "main",
        "add",
    ]
    assert (
        main(
            [
                "predict",
                str(SAMPLES / "sample.rs"),
                "--profile",
                "nope",
                "--model",
                str(server_model_dir),
            ]
        )
        == 1
    )
    assert main(["predict", str(SAMPLES / "sample.rs"), "--model", str(Path("/nonexistent"))]) == 1
