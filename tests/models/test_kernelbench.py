"""The kernelbench task: split by problem, nvidia-l4 kept out of training, profiles, counts."""

from __future__ import annotations

import csv
import hashlib
import json
import math
from importlib import resources

import numpy as np
import pytest

from perfhint.models.core import Example, Query
from perfhint.models.kernelbench import dataset
from perfhint.models.kernelbench.render import model_text
from perfhint.models.profiles import load_profiles

COLUMNS = ["program", "level", "problem", "gpu", "mode", "mean_ms", "setup"]


def _program(n: int, size: int) -> str:
    return (
        "import torch\nimport torch.nn as nn\n\n"
        "class Model(nn.Module):\n"
        '    """Adds one."""\n'
        "    def forward(self, x):\n"
        f"        return x + {n}  # problem {n}\n\n"
        f"size = {size} * 2\n\n"
        "def get_inputs():\n    return [torch.rand(size)]\n\n"
        "def get_init_inputs():\n    return []\n"
    )


@pytest.fixture()
def data_root(tmp_path):
    """A small KernelBench-shaped folder: 30 problems, two sizes each, 3 GPUs, 2 modes."""
    (tmp_path / "programs").mkdir()
    rows = []
    for n in range(30):
        for size in (100, 1000):
            text = _program(n, size)
            sha = hashlib.sha256(text.encode()).hexdigest()[:12]
            (tmp_path / "programs" / f"{sha}.py").write_text(text)
            gpus = ["nvidia-h100-sxm", "nvidia-t4"] + (["nvidia-l4"] if n < 3 else [])
            for gpu in gpus:
                for mode in ("compile-inductor-default", "eager"):
                    ms = size * (2 if gpu == "nvidia-t4" else 1) * (0.5 if mode != "eager" else 1)
                    rows.append([sha, "1", f"{n}_Add", gpu, mode, ms, "a"])
            # a second setup timing the same program on the same GPU: geometric mean
            rows.append([sha, "1", f"{n}_Add", "nvidia-h100-sxm", "eager", size * 4, "b"])
    with (tmp_path / "timings.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(rows)
    dataset._read.cache_clear()
    yield tmp_path
    dataset._read.cache_clear()


def test_split_is_by_problem_and_keeps_l4_out_of_training(data_root):
    splits = dataset.load_splits(seed=0, root=data_root)
    sides = {name: {e.group for e in getattr(splits, name)} for name in ("train", "valid", "test")}
    assert sides["train"] and sides["valid"] and sides["test"]
    assert not sides["train"] & sides["test"]
    assert not sides["train"] & sides["valid"]
    assert not sides["valid"] & sides["test"]
    for e in splits.train + splits.valid + splits.test:
        assert e.query.profile != "nvidia-l4"  # in no split: an unseen profile
    l4 = dataset.l4_examples(data_root)
    assert len(l4) == 3 * 2 * 2
    assert {e.group for e in l4} <= sides["test"]  # their problems are never trained on
    assert len(splits.train) + len(splits.valid) + len(splits.test) == 30 * 2 * (2 * 2)


def test_examples_read_the_rendered_program_eager_first_in_seconds(data_root):
    examples = dataset.load_examples(data_root)
    e = examples[0]
    assert e.query.kind == "program" and e.query.language == "python"
    assert e.query.targets == ("latency_s",)
    assert e.query.mode == "eager"  # eager listed before the compiled modes
    assert e.query.text.startswith("# input elements: ")
    assert e.query.text.splitlines()[1].startswith("size = ")
    assert "Adds one" not in e.query.text
    # the two setups (size ms and 4*size ms) on the same GPU are one example: geometric mean
    h100_eager = [
        x for x in examples if x.query.profile == "nvidia-h100-sxm" and x.query.mode == "eager"
    ]
    assert len(h100_eager) == 60
    for x in h100_eager:
        size = 100 if "\nsize = 200\n" in x.query.text else 1000
        assert math.isclose(x.values[0], math.sqrt(size * 4 * size) / 1000, rel_tol=1e-9)
    assert dataset.program_id(e, data_root) is not None


def test_compiled_examples_ask_for_the_eager_latency_then_the_speedup(data_root):
    """One sequence, eager latency then eager / compiled: the decoder writes the speed-up."""
    examples = dataset.load_examples(data_root)
    eager = {(e.query.text, e.query.profile): e for e in examples if e.query.mode == "eager"}
    compiled = [e for e in examples if e.query.mode != "eager"]
    assert compiled and all(e.query.targets == ("latency_s",) for e in eager.values())
    for e in compiled:
        assert e.query.targets == (dataset.EAGER_TARGET, dataset.SPEEDUP_TARGET)
        assert e.values[0] == eager[e.query.text, e.query.profile].values[0]
        assert math.isclose(dataset.latency(e), e.values[0] / e.values[1])
        if e.query.profile == "nvidia-t4":  # one setup there: compile halves the time
            assert math.isclose(e.values[1], 2.0)
        alone = dataset.latency_only(e)
        assert alone.query.targets == ("latency_s",) and alone.values == (dataset.latency(e),)
        scored = e.with_derived()  # `perfhint eval` scores its latency too
        assert scored.query.targets == (*e.query.targets, "latency_s")
        assert scored.values == (*e.values, dataset.latency(e))
        old = e.asking(("latency_s", dataset.EAGER_TARGET))  # a model before the speed-up
        assert old.query.targets == (dataset.EAGER_TARGET, "latency_s")
    assert dataset.latency_only(compiled[0]).query.mode == compiled[0].query.mode


def test_splits_are_seeded():
    groups = [f"g{i}" for i in range(50)]
    a = dataset.split_groups(groups, {"g0"}, seed=1)
    assert a == dataset.split_groups(groups, {"g0"}, seed=1)
    assert a != dataset.split_groups(groups, {"g0"}, seed=2)
    assert a["g0"] == "test"


def test_renamed_problems_share_a_group():
    assert dataset.problem_group("3", "36_LTSMHn") == dataset.problem_group("3", "36_LSTMHn")
    assert dataset.problem_group("1", "36_X") != dataset.problem_group("3", "36_X")


def _example(text: str, gpu: str, mode: str, value: float) -> Example:
    q = Query(
        text=text, kind="program", language="python", profile=gpu, targets=("latency_s",), mode=mode
    )
    return Example(query=q, values=(value,), group=text)


def test_flop_baseline_fits_log_linear_costs(monkeypatch):
    rng = np.random.default_rng(0)
    feats = {f"p{i}": tuple(rng.uniform(1, 10, size=3)) for i in range(60)}
    feats["hub"] = (math.nan,) * 3
    monkeypatch.setattr(
        dataset, "_analytic_features", lambda exs: np.array([feats[e.query.text] for e in exs])
    )

    def latency(text):
        f = feats[text]
        return 10 ** (-6 + 0.5 * f[0] + 0.2 * f[2])

    train = [_example(f"p{i}", "nvidia-t4", "eager", latency(f"p{i}")) for i in range(50)]
    test = [_example(f"p{i}", "nvidia-t4", "eager", latency(f"p{i}")) for i in range(50, 60)]
    test.append(_example("hub", "nvidia-t4", "eager", 1.0))
    pred = dataset.flop_baseline(train, test)
    for e, p in zip(test[:-1], pred, strict=False):
        assert math.isclose(p, e.values[0], rel_tol=0.05)
    train_median = 10 ** np.median(np.log10([e.values[0] for e in train]))
    assert math.isclose(pred[-1], train_median)  # no counts (level 4): the train median
    assert list(dataset.baselines(train, test)) == ["flops_bytes_loglinear"]
    # a compiled row asking for its eager latency too: that slot comes from the eager fit
    slow = {"eager": 1.0, "compile-max-autotune": 0.1}
    train += [
        _example(f"p{i}", "nvidia-t4", "compile-max-autotune", latency(f"p{i}") * 0.1)
        for i in range(50)
    ]
    joint = Example(
        query=Query("p55", "program", "python", "nvidia-t4",
                    (dataset.EAGER_TARGET, dataset.SPEEDUP_TARGET, "latency_s"),
                    "compile-max-autotune"),
        values=(latency("p55"), 1 / slow["compile-max-autotune"],
                latency("p55") * slow["compile-max-autotune"]),
        group="p55",
    )  # fmt: skip
    (row,) = dataset.baselines(train, [joint])["flops_bytes_loglinear"]
    assert math.isclose(row[0], latency("p55"), rel_tol=0.05)
    assert math.isclose(row[1], 10.0, rel_tol=0.1)  # the ratio of the two fits
    assert math.isclose(row[2], latency("p55") * 0.1, rel_tol=0.05)


def test_render_puts_sizes_first_and_executes_nothing():
    source = (
        '"""Module doc."""\nimport os\nos.remove("/nonexistent")  # never run\n'
        "class Model:\n    '''doc'''\n    def forward(self, x):\n        return x\n"
        "a = b = 4\nc, d = 2 * a, 1 << 3\nh: int = 2 ** 10\nname = 'gpt2'\nbig = 10 ** 100\n"
        "def get_inputs():\n    return [a]\n"
    )
    text = model_text(source)
    lines = text.splitlines()
    assert lines[:5] == ["a = 4", "b = 4", "h = 1024", "name = 'gpt2'", "def get_inputs():"]
    assert "Module doc" not in text and "doc" not in text and "never run" not in text
    assert "import os" not in text
    assert "c, d = (2 * a, 1 << 3)" in text  # not folded (<< is not folded), kept as code
    assert "big = 10 ** 100" in text  # too large to fold
    assert model_text("def broken(:\n") == "def broken(:\n"


def test_analytic_counts_a_linear_layer():
    from perfhint.models.kernelbench.analytic import count

    source = (
        "import torch\nimport torch.nn as nn\n"
        "class Model(nn.Module):\n"
        "    def __init__(self, i, o):\n        super().__init__()\n        self.fc = nn.Linear(i, o)\n"
        "    def forward(self, x):\n        return torch.relu(self.fc(x))\n"
        "def get_inputs():\n    return [torch.randn(8, 64, device='cuda')]\n"
        "def get_init_inputs():\n    return [64, 32]\n"
    )
    counts = count(source)
    assert counts["flops"] == 2 * 8 * 64 * 32
    assert counts["ops"] >= 2
    # inputs + weights + outputs of addmm and relu, fp32
    assert counts["bytes"] >= 4 * (8 * 64 + 64 * 32 + 32 + 8 * 32)
    assert count("from transformers import AutoModel\n") is None
    assert count("raise RuntimeError('no meta')\n") is None


# ---- the real data (read-only, offline); skipped where the shared folder is absent --------

real_data = pytest.mark.skipif(
    not (dataset.data_dir() / "timings.csv").exists(), reason="KernelBench data not present"
)


@real_data
def test_every_gpu_is_a_known_profile_with_its_modes():
    profiles = load_profiles()
    with (dataset.data_dir() / "timings.csv").open(newline="") as f:
        pairs = {(r["gpu"], r["mode"]) for r in csv.DictReader(f)}
    assert len({g for g, _ in pairs}) == 14
    for gpu, mode in pairs:
        assert gpu in profiles, gpu
        assert profiles[gpu].kind == "gpu"
        assert "latency_s" in profiles[gpu].targets
        assert mode in profiles[gpu].modes and mode in dataset.MODES


@real_data
def test_flops_cache_covers_every_program():
    cache = json.loads(
        resources.files("perfhint.models.kernelbench").joinpath("flops.json").read_text()
    )
    programs = {p.stem for p in (dataset.data_dir() / "programs").glob("*.py")}
    assert set(cache) == programs
    counted = [v for v in cache.values() if v is not None]
    assert len(counted) > 0.8 * len(cache)
    assert all(v["bytes"] > 0 and v["ops"] >= 1 for v in counted)
    for sha in programs:  # Hugging Face (level 4) programs cannot run on meta: null
        if "from_pretrained" in (dataset.data_dir() / "programs" / f"{sha}.py").read_text():
            assert cache[sha] is None


@real_data
def test_real_split_keeps_l4_out_and_problems_whole():
    dataset._read.cache_clear()
    splits = dataset.load_splits(seed=0)
    train_groups = {e.group for e in splits.train + splits.valid}
    test_groups = {e.group for e in splits.test}
    assert not train_groups & test_groups
    assert all(e.query.profile != "nvidia-l4" for e in splits.train + splits.valid + splits.test)
    l4 = dataset.l4_examples()
    assert len(l4) == 47 and {e.group for e in l4} <= test_groups
    assert len({e.group for e in splits.test}) >= 40


def test_gpu_queries_decode_eager_first_and_summarize_the_speedup():
    from perfhint.models.kernelbench.render import compile_summary, gpu_queries

    qs = gpu_queries("x = 2\n", "nvidia-h100-sxm", ["compile-max-autotune", "eager"])
    assert [q.mode for q in qs] == ["eager", "compile-max-autotune"]
    assert all(q.kind == "program" and q.targets == ("latency_s",) for q in qs)
    s = compile_summary(
        ["eager", "compile-max-autotune", "compile-inductor-default"], [2.7e-3, 1.4e-3, 2.0e-3]
    )
    assert s["best_mode"] == "compile-max-autotune"
    assert math.isclose(s["speedup"], 2.7 / 1.4)


def test_render_counts_input_elements_statically():
    source = (
        "n = 4\nshape = (8, 16)\n"
        "def get_inputs():\n"
        "    return [torch.rand(n, *shape), torch.randint(0, 10, (n, 2)), torch.randn(x)]\n"
    )
    first = model_text(source).splitlines()[0]
    assert first == "# input elements: 5.2e+02 (2 tensors, largest 5.1e+02)"
