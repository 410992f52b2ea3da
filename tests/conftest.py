"""Shared fixtures: a tiny random Hugging Face encoder and a tiny trained RegressionLM.

Both are built in the test session (no downloads) and are fast: the encoder in well under a
second, the model in a few seconds. Use them as

    def test_x(tiny_encoder_dir, tiny_model_dir, synthetic_examples): ...

`synthetic_examples(n, seed=0)` makes labelled examples whose label is a known function of the
text: each text allocates a few buffers of d x 10**k bytes (digits written out); the memory
target is their sum and the latency target is 1e-9 s per byte.
"""

from __future__ import annotations

import pytest
from modelkit import build_tiny_encoder, make_synthetic, tiny_model_config  # noqa: E402


@pytest.fixture(scope="session")
def synthetic_examples():
    return make_synthetic


@pytest.fixture(scope="session")
def tiny_encoder_dir(tmp_path_factory):
    return build_tiny_encoder(tmp_path_factory.mktemp("tiny-encoder"))


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tiny_encoder_dir):
    """A tiny RegressionLM trained briefly on the synthetic task and saved (a checkpoint dir)."""
    from perfhint.models.rlm import RegressionLM, TrainConfig

    train = make_synthetic(256, seed=1)
    valid = make_synthetic(32, seed=2)
    model = RegressionLM.create(tiny_model_config(str(tiny_encoder_dir)), seed=0)
    model.tasks = ["synthetic-fixture"]
    model.fit(
        train, valid, TrainConfig(batch_size=32, max_epochs=4, lr=3e-3, device="cpu", log_every=0)
    )
    return model.save(tmp_path_factory.mktemp("tiny-model") / "tiny", card="# tiny test model\n")
