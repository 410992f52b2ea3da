"""The CLI contract: help is fast and torch-free, exit codes follow DESIGN.md."""

import json
import subprocess
import sys

from perfhint.server.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "perfhint.server", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_does_not_import_torch():
    code = (
        "import sys; from perfhint.server.cli import build_parser; build_parser(); "
        "print('torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_usage_error_exits_2():
    assert main(["no-such-command"]) == 2
    assert main(["predict"]) == 2  # missing PATH


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "predict-batch" in capsys.readouterr().out


def test_missing_checkpoint_is_a_clear_failure(tmp_path):
    proc = run_cli("profiles", "--model", str(tmp_path / "nowhere"))
    assert proc.returncode == 1
    assert "no checkpoint" in proc.stderr
    assert "hint:" in proc.stderr
    assert proc.stdout == ""


def test_profiles_reads_a_checkpoint_config_without_weights(tmp_path):
    config = {
        "model": {"profiles": ["this-machine", "pixel3"]},
        "profile_targets": {"pixel3": ["latency_s"]},
    }
    (tmp_path / "config.json").write_text(json.dumps(config))
    proc = run_cli("profiles", "--json", "--model", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["id"] for r in rows] == ["this-machine", "pixel3"]
    assert rows[1]["kind"] == "mobile" and rows[1]["targets"] == ["latency_s"]
