"""The measurement harness: labels, outcomes, and surviving hostile programs (C and Python)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib

import pytest

from perfhint.models.measure import harness, sandbox

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler for the launcher")
needs_gcc = pytest.mark.skipif(shutil.which("gcc") is None, reason="no gcc")

QUICK = sandbox.Limits(wall_s=2.0, address_space_bytes=1 << 30, memory_bytes=256 << 20,
                       file_size_bytes=1 << 20, processes=32)  # fmt: skip


def measure(text: str, language: str, limits: sandbox.Limits = QUICK, runs: int = 1):
    return harness.measure_source(text, language, runs=runs, timeout_s=limits.wall_s,
                                  function_labels=False, limits=limits).measurement  # fmt: skip


def test_table_is_complete_data():
    table = tomllib.loads(harness.TABLE_PATH.read_text())
    assert set(table["limits"]) >= {"native", "vm"}
    for lang, row in table["languages"].items():
        assert row["run"] and row["source"] and row["extensions"], lang
        assert row["limits"] in table["limits"], lang
        assert row.get("apt") or row.get("npm") or row.get("unavailable"), lang
    for lang in ("c", "cpp", "csharp", "d", "fortran", "go", "haskell", "java", "javascript",
                 "kotlin", "ocaml", "perl", "php", "python", "ruby", "rust", "scala",
                 "typescript", "swift", "lua"):  # fmt: skip
        assert lang in table["languages"]


def test_swift_is_reported_unavailable_and_skipped(tmp_path):
    p = tmp_path / "main.swift"
    p.write_text('print("hi")\n')
    (m,) = harness.measure_paths([p])
    assert m.outcome == "skipped" and "Swift" in m.message


def test_unknown_extension_is_skipped(tmp_path):
    p = tmp_path / "notes.txt"
    p.write_text("hello")
    (m,) = harness.measure_paths([p])
    assert m.outcome == "skipped" and m.language == "unknown"


def test_percentile_and_classify_are_pure():
    assert harness.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.5) == 3.0
    assert harness.percentile([1.0, 2.0], 0.9) == pytest.approx(1.9)
    r = sandbox.RunResult(0, 0, 0, 0.0, 0.0, False, False, b"", "")
    assert harness.classify(r) == ("ok", "")
    assert harness.classify(r.__class__(**{**r.__dict__, "timed_out": True}))[0] == "timeout"
    assert harness.classify(r.__class__(**{**r.__dict__, "signal": 24}))[0] == "timeout"
    oom = r.__class__(**{**r.__dict__, "exit_code": 1, "stderr": "MemoryError"})
    assert harness.classify(oom)[0] == "out_of_memory"
    assert harness.classify(r.__class__(**{**r.__dict__, "exit_code": 3}))[0] == "runtime_error"


@needs_cc
@needs_gcc
def test_c_program_labels_are_its_own(tmp_path):
    src = tmp_path / "hello.c"
    src.write_text('#include <stdio.h>\nint main(void){puts("hi");return 0;}\n')
    (m,) = harness.measure_paths([src], runs=5, timeout_s=5)
    assert m.outcome == "ok" and m.runs == 5
    # forked from the tiny launcher, not from this (large) Python process
    assert 0 < m.peak_memory_bytes < 8 << 20
    assert 0 < m.latency_s < 1 and m.latency_spread_s >= 0 and m.cpu_s is not None
    assert m.environment["cpu_model"] and m.environment["toolchain"]
    assert "-O2" in m.environment["compile"]


@needs_cc
@needs_gcc
def test_compile_error_is_an_outcome():
    m = measure("int main( { return 0; }\n", "c")
    assert m.outcome == "compile_error" and "error" in m.message


@needs_cc
@needs_gcc
def test_infinite_loop_times_out():
    m = measure("int main(void){ volatile long x = 0; for (;;) x++; }\n", "c",
                sandbox.Limits(**{**QUICK.__dict__, "wall_s": 1.0}))  # fmt: skip
    assert m.outcome == "timeout"


@needs_cc
def test_fork_bomb_is_contained():
    bomb = (
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    )
    m = measure(bomb, "python", sandbox.Limits(**{**QUICK.__dict__, "wall_s": 1.5}))
    assert m.outcome in ("timeout", "runtime_error")
    # nothing of it is left running: its cgroup could be removed, which needs it empty
    feats = sandbox.features()
    if not feats.cgroup_pids:
        pytest.skip("no pids cgroup here: containment is the process group only")
    from pathlib import Path

    assert not list(Path(feats.cgroup_pids).glob(f"perfhint-{os.getpid()}-*"))


@needs_cc
def test_memory_hog_is_out_of_memory():
    hog = "chunks = []\nwhile True:\n    chunks.append(bytearray(50 * 1024 * 1024))\n"
    m = measure(hog, "python")
    assert m.outcome == "out_of_memory", m.message


@needs_cc
@needs_gcc
def test_native_memory_hog_is_out_of_memory_under_either_limit():
    hog = (
        "#include <stdlib.h>\n#include <string.h>\nint main(void){ for (;;) {"
        " char *p = malloc(32 << 20); if (!p) return 3; memset(p, 1, 32 << 20); } }\n"
    )
    by_cgroup = sandbox.Limits(**{**QUICK.__dict__, "address_space_bytes": 0})
    by_rlimit = sandbox.Limits(
        **{**QUICK.__dict__, "memory_bytes": 0, "address_space_bytes": 256 << 20}
    )
    for limits in ([by_cgroup] if sandbox.features().cgroup_memory else []) + [by_rlimit]:
        m = measure(hog, "c", limits)
        assert m.outcome == "out_of_memory", (limits, m.message)


@needs_cc
@needs_gcc
def test_huge_output_is_cut_at_the_file_size_limit():
    spam = (
        '#include <stdio.h>\nint main(void){ for (;;) fputs("spam spam spam spam\\n", stdout); }\n'
    )
    m = measure(spam, "c")
    assert m.outcome == "runtime_error" and "file-size" in m.message


@needs_cc
def test_program_deleting_files_cannot_touch_the_callers(tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    vandal = (
        "import os, shutil\n"
        "shutil.rmtree('.', ignore_errors=True)\n"  # its own working dir: allowed
        f"os.remove({str(victim)!r})\n"
    )
    m = measure(vandal, "python")
    if sandbox.features().run_as_uid:  # as root the program runs as `nobody`
        assert m.outcome == "runtime_error" and "Permission" in m.message
        assert victim.read_text() == "keep me"
    else:
        pytest.skip("not root: the sandbox cannot switch users (documented in sandbox.py)")


@needs_cc
def test_python_function_labels(tmp_path):
    src = tmp_path / "prog.py"
    src.write_text(
        "def build(n):\n    return [i * 2 for i in range(n)]\n\n"
        "def total(xs):\n    return sum(xs)\n\n"
        "def main():\n    print(total(build(200000)))\n\nmain()\n"
    )
    detail = harness.measure_source(src.read_text(), "python", str(src), runs=1, timeout_s=10)
    f = detail.measurement.functions
    assert {"build", "total", "main"} <= set(f)
    assert f["build"]["peak_memory_bytes"] > 1_000_000 > f["total"]["peak_memory_bytes"]
    assert f["main"]["latency_s"] >= f["build"]["latency_s"] > 0
    assert detail.stdout.strip() == str(sum(i * 2 for i in range(200000)))


def test_cli_measure_json(tmp_path):
    src = tmp_path / "p.py"
    src.write_text("print(sum(range(1000)))\n")
    out = subprocess.run(
        [sys.executable, "-m", "perfhint.server", "measure", str(src), "--json", "--runs", "1"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if shutil.which("cc") is None:
        pytest.skip("no C compiler for the launcher")
    import json

    (row,) = json.loads(out.stdout)
    assert row["outcome"] == "ok" and row["language"] == "python" and row["peak_memory_bytes"] > 0


@needs_cc
@pytest.mark.skipif(shutil.which("javac") is None, reason="no JDK")
def test_java_entry_class_is_taken_from_the_program(tmp_path):
    src = tmp_path / "Greeter.java"
    src.write_text(
        "public class Greeter {\n"
        "    public static void main(String[] args) { System.out.println(7); }\n}\n"
    )
    (m,) = harness.measure_paths([src], runs=1, timeout_s=20)
    assert m.outcome == "ok", m.message
    assert harness.toolchains()["java"].for_text(src.read_text()).source == "Greeter.java"


@needs_cc
def test_stdin_file_beside_the_program_is_its_input(tmp_path):
    src = tmp_path / "echo.py"
    src.write_text("import sys\nprint(sum(int(x) for x in sys.stdin.read().split()))\n")
    (tmp_path / "echo.in").write_text("1 2 3 4\n")
    (m,) = harness.measure_paths([src], runs=1)
    assert m.outcome == "ok"
    detail = harness.measure_source(src.read_text(), "python", runs=1, stdin=b"5 6\n")
    assert detail.stdout.strip() == "11"
