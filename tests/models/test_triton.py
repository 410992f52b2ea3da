"""The Triton corpus, its measurement script's CPU-side parts, and the "triton" task."""

from __future__ import annotations

import ast
import gzip
import json
import math
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from perfhint.models.triton import corpus, dataset

TRITON_DIR = Path(corpus.__file__).resolve().parent


@pytest.fixture(scope="module")
def samples():
    return corpus.generate()


@pytest.fixture(scope="module")
def splits():
    return dataset.load_splits(seed=0)


def test_generation_is_deterministic(samples):
    again = corpus.generate()
    assert [s.id for s in again] == [s.id for s in samples]
    assert [s.text for s in again[:50]] == [s.text for s in samples[:50]]
    assert [s.id for s in corpus.generate(seed=1)] != [s.id for s in samples]


def test_corpus_covers_the_families_and_configs(samples):
    families = {s.family for s in samples}
    assert {"elementwise", "reduction", "softmax", "norm", "matmul", "attention"} <= families
    assert {"gather", "scatter", "scan"} <= families
    assert {s.dtype for s in samples} >= {"float32", "float16", "bfloat16"}
    assert len({s.id for s in samples}) == len(samples) > 3000
    by_group = defaultdict(list)
    for s in samples:
        by_group[s.group].append(s)
    # a variant group is one task, problem and dtype; its members differ in configuration only
    sizes = [len(v) for v in by_group.values()]
    assert sum(n >= 3 for n in sizes) > 0.8 * len(sizes)
    for members in list(by_group.values())[:200]:
        assert len({(m.task, json.dumps(m.problem), m.dtype) for m in members}) == 1
        assert len({json.dumps(m.config, sort_keys=True) for m in members}) == len(members)


def test_every_text_and_kernel_module_parses(samples):
    for task in corpus.tasks():
        tree = ast.parse(corpus.module_source(task))
        names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert task.kernel in names
    for s in samples[::7]:  # every task's module is parsed above; texts differ in the launch
        ast.parse(s.text)


def test_text_starts_with_the_launch_and_ends_with_the_call(samples):
    s = samples[0]
    lines = s.text.splitlines()
    assert lines[0].startswith(f"# launch {s.launch.kernel}: grid=")
    assert f"num_warps={s.launch.num_warps}" in lines[0]
    assert lines[1].startswith("# tensors: ")
    assert lines[-1].startswith(f"{s.launch.kernel}[")
    assert "@triton.jit" in s.text


def test_flops_and_bytes_follow_the_shapes():
    mm = corpus.task_by_name()["matmul_2d"]
    p = {"M": 256, "N": 128, "K": 64}
    s = corpus.make_sample(mm, p, "float16", mm.configs[0])
    assert s.flops == 2 * 256 * 128 * 64
    assert s.bytes == 2 * (256 * 64 + 64 * 128 + 256 * 128)


def test_standalone_import_for_the_gpu_machine():
    """measure_gpu.py runs under a bare python with this folder on sys.path, no perfhint."""
    code = (
        f"import sys; sys.path.insert(0, {str(TRITON_DIR)!r}); import corpus, measure_gpu; "
        "assert 'perfhint' not in sys.modules; print(len(corpus.generate()))"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == len(corpus.generate())
    help_ = subprocess.run(
        [sys.executable, str(TRITON_DIR / "measure_gpu.py"), "--help"], capture_output=True
    )
    assert help_.returncode == 0 and b"--budget-s" in help_.stdout


# ---- correctness under Triton's CPU interpreter -------------------------------------------------

INTERPRETED = ("add", "softmax_online", "layernorm_row", "linear_recurrence", "matmul_grouped")

# Runs in a fresh process: TRITON_INTERPRET must be set before triton is first imported, since
# triton.language's own @jit helpers are bound to the interpreter (or not) at import.
INTERPRETER_SCRIPT = """
import importlib.util, json, os, sys, tempfile, types
os.environ["TRITON_INTERPRET"] = "1"
import numpy as np
import torch
import triton.runtime.interpreter as interp
sys.path.insert(0, sys.argv[1])
import corpus, measure_gpu

original = interp._patch_lang_tensor
def patched(tensor, scope):
    # Triton 3.6's interpreter calls int() on 1-element arrays, which numpy >= 2.4 refuses
    original(tensor, scope)
    scope.set_attr(tensor, "__index__", lambda self: int(np.asarray(self.handle.data).reshape(-1)[0]))
interp._patch_lang_tensor = patched
measure_gpu._MODULE_DIR = tempfile.mkdtemp()
measure_gpu.write_modules(measure_gpu._MODULE_DIR)
tasks = corpus.task_by_name()
out = {}
for name in sys.argv[2:]:
    task = tasks[name]
    sample = corpus.generate(tiny=True, names=(name,))[0]
    tensors = corpus.make_tensors(torch, sample.launch, "cpu", torch.Generator().manual_seed(0))
    corpus.run_kernel(measure_gpu.kernel_fn(task), sample.launch, tensors)
    err = corpus.relative_errors(torch, task, sample, tensors)
    out[name] = max(err.values()) / corpus.tolerance(task, sample.dtype)
sample = corpus.generate(tiny=True, names=("softmax_row",))[0]
def bench(fn, warmup, rep, return_mode):
    fn()
    return [0.003, 0.001, 0.002]
args = types.SimpleNamespace(device="cpu", l2_bytes=50 << 20, warmup_ms=1, rep_ms=1)
out["measure"] = measure_gpu.measure(torch, bench, sample, tasks["softmax_row"], args)
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def interpreted():
    pytest.importorskip("triton")
    proc = subprocess.run(
        [sys.executable, "-c", INTERPRETER_SCRIPT, str(TRITON_DIR), *INTERPRETED],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", INTERPRETED)
def test_kernels_match_the_reference_under_the_interpreter(interpreted, name):
    assert interpreted[name] <= 1.0  # relative error / tolerance


def test_measure_records_a_sample_under_the_interpreter(interpreted):
    rec = interpreted["measure"]
    assert rec["outcome"] == "ok" and rec["latency_s"] == pytest.approx(2e-6)
    assert rec["p10_s"] <= rec["latency_s"] <= rec["p90_s"] and rec["reps"] == 3
    assert rec["rel_error"] <= 1e-4


def test_an_unwritten_output_fails_the_check():
    import torch

    task = corpus.task_by_name()["add"]
    sample = corpus.generate(tiny=True, names=("add",))[0]
    tensors = corpus.make_tensors(torch, sample.launch, "cpu", torch.Generator().manual_seed(0))
    errors = corpus.relative_errors(torch, task, sample, tensors)  # kernel never ran: NaN poison
    assert errors["out"] == math.inf


# ---- the task ------------------------------------------------------------------------------------


def test_splits_are_by_task_and_cover_both_gpus(splits):
    sides = {}
    for name in ("train", "valid", "test"):
        part = getattr(splits, name)
        assert part
        for e in part:
            assert sides.setdefault(e.group, name) == name
    assert {e.query.profile for e in splits.test} == set(dataset.PROFILES)
    e = splits.test[0]
    assert (e.query.kind, e.query.language, e.query.mode) == ("triton", "python", "default")
    assert e.query.targets == ("latency_s",) and 1e-7 < e.values[0] < 1.0
    assert dataset.load_splits(seed=0).test[:5] == splits.test[:5]


def test_every_family_with_two_tasks_has_one_held_out(splits):
    families = {e.group: dataset.record_of(e)["family"] for e in splits.train + splits.test}
    held_out = {families[e.group] for e in splits.test}
    counts = defaultdict(set)
    for task, fam in families.items():
        counts[fam].add(task)
    assert {f for f, ts in counts.items() if len(ts) >= 2} <= held_out


def test_baselines_are_aligned_and_positive(splits):
    test = splits.test[:300]
    out = dataset.baselines(splits.train, test)
    assert set(out) == {"flops_bytes_loglinear", "roofline"}
    for preds in out.values():
        assert len(preds) == len(test)
        assert all(len(p) == 1 and p[0] > 0 and math.isfinite(p[0]) for p in preds)
    groups = dataset.variant_groups(test)
    assert all(g.startswith(e.query.profile + "|") for g, e in zip(groups, test, strict=True))


def test_collect_joins_runs_with_the_corpus(tmp_path):
    from perfhint.models.triton.collect import main

    s = corpus.generate()[:2]
    run = tmp_path / "run"
    run.mkdir()
    (run / "env.json").write_text(json.dumps({"gpu": "NVIDIA H200"}))
    (run / "ceilings.json").write_text(json.dumps({"copy_bandwidth_bytes_per_s": 4e12}))
    lines = [
        {"id": s[0].id, "task": s[0].task, "outcome": "ok", "latency_s": 1e-5},
        {"id": s[1].id, "task": s[1].task, "outcome": "out_of_resources", "message": "smem"},
        {"id": "unknown-0", "task": "x", "outcome": "ok", "latency_s": 1.0},
    ]
    (run / "records.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    out = tmp_path / "h200.jsonl.gz"
    assert main(["--profile", "nvidia-h200", "--out", str(out), str(run)]) == 0
    recs = [json.loads(x) for x in gzip.open(out, "rt")]
    assert [r["id"] for r in recs] == [s[0].id, s[1].id]
    assert recs[0]["text"] == s[0].text and recs[0]["profile"] == "nvidia-h200"
    assert recs[1]["outcome"] == "out_of_resources"
    assert json.loads((tmp_path / "h200.runs.json").read_text())[0]["env"]["gpu"] == "NVIDIA H200"
