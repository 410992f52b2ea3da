"""The prediction service and its plan, with a real (tiny) checkpoint loaded from disk."""

from __future__ import annotations

import dataclasses

from perfhint.models.core import EAGER_LATENCY, Query
from perfhint.server.engine import Ask, Knowledge, PredictionService, plan

KNOWS = Knowledge(
    version="v",
    profiles=("this-machine", "nvidia-h100-sxm", "pixel3"),
    modes=("default", "eager", "compile-max-autotune"),
    profile_targets={
        "this-machine": ("peak_memory_bytes", "latency_s"),
        "nvidia-h100-sxm": ("latency_s",),
        "pixel3": ("latency_s", "cifar10_accuracy_pct"),
    },
)


def test_plan_cpu_profile():
    both = ("peak_memory_bytes", "latency_s")
    assert plan("function", "this-machine", KNOWS) == [Ask("function", "default", both)]
    assert plan("program", "this-machine", KNOWS) == [Ask("program", "default", both)]
    assert plan("triton", "this-machine", KNOWS) == []
    assert plan("architecture", "this-machine", KNOWS) == []


def test_plan_gpu_profile_asks_known_modes_only():
    lat = ("latency_s",)
    expected = [Ask("program", "eager", lat), Ask("program", "compile-max-autotune", lat)]
    assert plan("program", "nvidia-h100-sxm", KNOWS) == expected
    assert plan("architecture", "nvidia-h100-sxm", KNOWS) == expected
    assert plan("function", "nvidia-h100-sxm", KNOWS) == []
    assert plan("triton", "nvidia-h100-sxm", KNOWS) == [Ask("triton", "default", lat)]
    # learnt from PyTorch and Triton code: other languages get no GPU answer, CPU ones still do
    assert plan("program", "nvidia-h100-sxm", KNOWS, "go") == []
    assert plan("program", "this-machine", KNOWS, "go") == plan("program", "this-machine", KNOWS)


def test_plan_asks_a_compiled_mode_for_its_eager_latency_first_when_the_model_knows_it():
    joint = Knowledge(
        version="v",
        profiles=KNOWS.profiles,
        modes=KNOWS.modes,
        profile_targets={**KNOWS.profile_targets, "nvidia-h100-sxm": ("latency_s", EAGER_LATENCY)},
    )
    assert plan("program", "nvidia-h100-sxm", joint) == [
        Ask("program", "eager", ("latency_s",)),
        Ask("program", "compile-max-autotune", (EAGER_LATENCY, "latency_s")),
    ]
    assert plan("architecture", "nvidia-h100-sxm", joint) == plan(
        "program", "nvidia-h100-sxm", joint
    )
    assert plan("program", "this-machine", joint) == plan("program", "this-machine", KNOWS)


def test_plan_nas_device_profile():
    targets = ("latency_s", "cifar10_accuracy_pct")
    assert plan("architecture", "pixel3", KNOWS) == [Ask("architecture", "default", targets)]
    assert plan("function", "pixel3", KNOWS) == []
    assert plan("program", "pixel3", KNOWS) == []


def test_plan_unknown_profile_asks_nothing():
    assert plan("function", "nvidia-a100-40gb", KNOWS) == []
    assert plan("function", "no-such-profile", KNOWS) == []


def test_service_predicts_and_caches(server_model_dir):
    service = PredictionService(server_model_dir, num_samples=8)
    knowledge = service.load()
    assert knowledge is not None and service.error is None
    assert set(knowledge.profile_targets) == {"this-machine", "nvidia-h100-sxm", "pixel3"}
    q = Query(
        "buf0 = alloc(3e5)\n",
        "function",
        "python",
        "this-machine",
        ("peak_memory_bytes", "latency_s"),
    )
    assert service.lookup(q) is None
    (pred,) = service.predict([q])
    assert set(pred.values) == {"peak_memory_bytes", "latency_s"}
    assert (
        pred.values["latency_s"].p10
        <= pred.values["latency_s"].median
        <= pred.values["latency_s"].p90
    )
    assert pred.model_version == knowledge.version
    assert service.lookup(q) is pred  # cached: same text, same answer object


def test_stale_work_stops_early(server_model_dir):
    service = PredictionService(server_model_dir, num_samples=4)
    qs = [
        Query(f"x{i} = alloc({i}e3)\n", "function", "python", "this-machine", ("latency_s",))
        for i in range(20)
    ]
    assert service.predict_missing(qs, is_stale=lambda: True) is False
    assert all(service.lookup(q) is None for q in qs)


def test_missing_and_corrupt_models_give_no_predictions(tmp_path):
    service = PredictionService(tmp_path / "nothing")
    assert service.load() is None and "config.json" in service.error
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "config.json").write_text("{not json")
    (bad / "model.safetensors").write_bytes(b"garbage")
    service = PredictionService(bad)
    assert service.predict([Query("x", "function", "python", "this-machine", ("latency_s",))]) == [
        None
    ]
    assert service.error


def test_function_questions_carry_their_file_s_workload_lines():
    from perfhint.server.functions import find_functions
    from perfhint.server.units import units_for

    reading = dataclasses.replace(KNOWS, reads_context=True)

    def contexts(source: str, knows: Knowledge = reading) -> dict[str, str]:
        units = units_for("python", source.encode(), find_functions("python", source),
                          "this-machine", knows)  # fmt: skip
        return {u.name: u.queries[0].context for u in units}

    source = (
        "def work(v):\n    return sorted(v)\n\n\ndef main():\n    n = 1000\n    work([0] * n)\n"
    )
    found = contexts(source)
    assert found == {"file": "", "work": "n = 1000 | work([0] * n)", "main": ""}
    # a new size in main is a new question for work (the answer cache keys on the context)
    bigger = contexts(source.replace("1000", "10**6"))["work"]
    assert bigger == "n = 10**6 | work([0] * n)"
    # a model that does not read them is asked as before
    assert set(contexts(source, KNOWS).values()) == {""}
