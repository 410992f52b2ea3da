"""Model soups: the mean of fine-tunes' weights is a loadable checkpoint of the same shapes."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch
from modelkit import tiny_model_config

from perfhint.models.checkpoints import CheckpointError
from perfhint.models.rlm import RegressionLM, TrainConfig
from perfhint.models.soup import average
from perfhint.server.cli import main as cli_main


@pytest.fixture(scope="module")
def fine_tunes(tiny_model_dir, tmp_path_factory, synthetic_examples):
    """Two short fine-tunes of the tiny model that differ only in their training seed."""
    out = []
    for seed in (0, 1):
        model = RegressionLM.load(tiny_model_dir, device="cpu")
        model.fit(
            synthetic_examples(64, seed=10),
            synthetic_examples(16, seed=11),
            TrainConfig(batch_size=16, max_steps=8, lr=3e-3, device="cpu", log_every=0, seed=seed),
        )
        out.append(model.save(tmp_path_factory.mktemp("ft") / f"seed{seed}"))
    return out


def test_soup_weights_are_the_mean_of_the_ingredients(fine_tunes):
    a, b = (RegressionLM.load(p, device="cpu").decoder.state_dict() for p in fine_tunes)
    soup = average(fine_tunes).decoder.state_dict()
    floats = [k for k, v in soup.items() if v.is_floating_point()]
    assert floats
    differing = [k for k in floats if not torch.equal(a[k], b[k])]
    assert differing, "the two seeds should have trained to different weights"
    for k in floats:
        torch.testing.assert_close(soup[k], (a[k] + b[k]) / 2)


def test_soup_of_one_checkpoint_twice_predicts_like_it(tiny_model_dir, synthetic_examples):
    queries = [e.query for e in synthetic_examples(6, seed=7)]
    alone = RegressionLM.load(tiny_model_dir, device="cpu").medians(queries)
    soup = average([tiny_model_dir, tiny_model_dir]).medians(queries)
    np.testing.assert_allclose(np.asarray(soup), np.asarray(alone), rtol=1e-5)


def test_cli_writes_a_loadable_soup_whose_card_names_its_ingredients(fine_tunes, tmp_path):
    out = tmp_path / "soup"
    assert cli_main(["average", *map(str, fine_tunes), "--out", str(out)]) == 0
    model = RegressionLM.load(out, device="cpu")
    assert model.version.startswith("soup-")
    card = (out / "card.md").read_text()
    assert all(str(p) in card for p in fine_tunes)


def test_different_architectures_do_not_mix(tiny_model_dir, tiny_encoder_dir, tmp_path, capsys):
    config = dataclasses.replace(tiny_model_config(str(tiny_encoder_dir)), d_model=16)
    other = RegressionLM.create(config, seed=0).save(tmp_path / "other")
    with pytest.raises(CheckpointError, match="config differs"):
        average([tiny_model_dir, other])
    with pytest.raises(CheckpointError, match="at least two"):
        average([tiny_model_dir])
    assert cli_main(["average", str(tiny_model_dir), str(other), "--out", str(tmp_path / "x")]) == 1
    assert "config differs" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_soup_can_read_with_other_window_fields_but_not_other_shapes(fine_tunes, tmp_path):
    out = tmp_path / "soup"
    window = '{"literal_context": 1}'
    assert cli_main(["average", *map(str, fine_tunes), "--out", str(out), "--window", window]) == 0
    model = RegressionLM.load(out, device="cpu")
    assert model.config.literal_context == 1 and window in (out / "card.md").read_text()
    expected = average(fine_tunes).decoder.state_dict()
    for k, v in model.decoder.state_dict().items():
        torch.testing.assert_close(v, expected[k])  # the same weights
    with pytest.raises(CheckpointError, match="not window fields: d_model"):
        average(fine_tunes, window={"d_model": 8})
    plain = average(fine_tunes)
    plain.save(tmp_path / "soup2")
    assert plain.version.split("-")[-1] != model.version.split("-")[-1]  # window is in it
