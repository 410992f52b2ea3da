"""A tiny real checkpoint for the server tests, trained in the session and saved to disk.

It knows three kinds of profile, so every path of the server is exercised with real
predictions: `this-machine` (CPU: functions and programs, memory and latency),
`nvidia-h100-sxm` (GPU: programs in eager and compile-max-autotune modes, triton kernels) and
`pixel3` (a neural-architecture device: accuracy and latency).
"""

from __future__ import annotations

import pytest

SERVER_PROFILES = ("this-machine", "nvidia-h100-sxm", "pixel3")
SERVER_TARGETS = ("peak_memory_bytes", "latency_s", "cifar10_accuracy_pct")
SERVER_MODES = ("default", "eager", "compile-max-autotune")


def _examples(make_synthetic, n: int, seed: int):
    from perfhint.models.core import Example, Query

    out = []
    for i, ex in enumerate(make_synthetic(n, seed=seed, profiles=("this-machine",))):
        q = ex.query
        kind = "function" if i % 2 else "program"
        mem, lat = ex.values
        out.append(
            Example(Query(q.text, kind, "python", "this-machine", q.targets), (mem, lat), ex.group)
        )
        mode = ("eager", "compile-max-autotune")[i % 2]
        gpu_lat = lat * (0.5 if mode == "eager" else 0.25)
        out.append(
            Example(
                Query(q.text, "program", "python", "nvidia-h100-sxm", ("latency_s",), mode),
                (gpu_lat,),
                ex.group,
            )
        )
        if i % 4 == 0:
            out.append(
                Example(
                    Query(q.text, "triton", "python", "nvidia-h100-sxm", ("latency_s",), "default"),
                    (gpu_lat,),
                    ex.group,
                )
            )
        out.append(
            Example(
                Query(
                    q.text,
                    "architecture",
                    "python",
                    "pixel3",
                    ("latency_s", "cifar10_accuracy_pct"),
                ),
                (lat * 10, 50.0 + (i % 40)),
                ex.group,
            )
        )
    return out


@pytest.fixture(scope="session")
def server_model_dir(tmp_path_factory, tiny_encoder_dir, synthetic_examples):
    from dataclasses import replace

    from modelkit import tiny_model_config

    from perfhint.models.rlm import RegressionLM, TrainConfig

    config = replace(
        tiny_model_config(str(tiny_encoder_dir)),
        targets=SERVER_TARGETS,
        profiles=SERVER_PROFILES,
        modes=SERVER_MODES,
        spare_profiles=1,
    )
    model = RegressionLM.create(config, seed=0)
    model.tasks = ["server-fixture"]
    train = _examples(synthetic_examples, 64, seed=1)
    valid = _examples(synthetic_examples, 16, seed=2)
    model.fit(
        train, valid, TrainConfig(batch_size=32, max_epochs=2, lr=3e-3, device="cpu", log_every=0)
    )
    return model.save(
        tmp_path_factory.mktemp("server-model") / "server-tiny", card="# server test model\n"
    )
