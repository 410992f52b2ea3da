"""RegressionLM: sampling under the grammar, KV cache == full re-decoding, checkpoints."""

from __future__ import annotations

import dataclasses
import json
import shutil

import numpy as np
import pytest

from perfhint.models import encoders
from perfhint.models.checkpoints import CheckpointError
from perfhint.models.core import COMPILE_SPEEDUP, EAGER_LATENCY, Example, Query
from perfhint.models.rlm import ModelConfig, RegressionLM, TrainConfig


@pytest.fixture(scope="module")
def model(tiny_model_dir):
    return RegressionLM.load(tiny_model_dir, device="cpu")


@pytest.fixture(scope="module")
def queries(synthetic_examples):
    return [e.query for e in synthetic_examples(6, seed=7)]


def test_samples_follow_the_grammar_even_at_high_temperature(model, queries):
    fmt = model.config.number
    for temperature in (1.0, 50.0):
        samples = model.sample(queries, num_samples=16, temperature=temperature, seed=1)
        for q, s in zip(queries, samples, strict=True):
            assert s.shape == (16, len(q.targets))
            assert np.isfinite(s).all()
            for v in s.ravel():
                assert _writable(fmt, v), v
            assert np.abs(s).max() <= fmt.largest


def _writable(fmt, v: float) -> bool:
    """v == +-m x 10**(e - digits + 1) for an integer mantissa m < 10**digits, e in range."""
    if v == 0:
        return True
    for e in range(fmt.min_exponent, fmt.max_exponent + 1):
        m = abs(v) / 10.0 ** (e - fmt.num_digits + 1)
        if round(m) < 10**fmt.num_digits and abs(m - round(m)) < 1e-6 * max(1.0, m):
            return True
    return False


def test_kv_cache_gives_the_same_samples_as_full_redecoding(model, queries):
    mixed = queries + [dataclasses.replace(queries[0], targets=("latency_s",))]
    fast = model.sample(mixed, num_samples=8, seed=3)
    slow = model.sample(mixed, num_samples=8, seed=3, use_cache=False)
    for a, b in zip(fast, slow, strict=True):
        np.testing.assert_array_equal(a, b)


def test_seed_controls_samples(model, queries):
    a = model.sample(queries[:2], num_samples=8, seed=5)
    b = model.sample(queries[:2], num_samples=8, seed=5)
    c = model.sample(queries[:2], num_samples=8, seed=6)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert not all(np.array_equal(x, y) for x, y in zip(a, c, strict=True))


@pytest.mark.parametrize("num_samples", [None, 16])
def test_predict_gives_ordered_quantiles_per_target(model, queries, num_samples):
    preds = model.predict(queries, num_samples=num_samples)
    assert len(preds) == len(queries)
    for q, p in zip(queries, preds, strict=True):
        assert set(p.values) == set(q.targets)
        for quant in p.values.values():
            assert quant.p10 <= quant.median <= quant.p90
        assert p.model_version == model.version
    if num_samples is None:  # exact quantiles: deterministic, whatever the seed
        again = model.predict(queries, seed=9)
        assert [p.values for p in again] == [p.values for p in preds]


def test_exact_quantiles_match_the_quantiles_of_many_samples(model, queries):
    # the digit-by-digit walk finds the decoder distribution's quantiles; 4,000 samples of
    # the same distribution estimate them: the sample quantile's rank must sit near the level
    levels = (0.1, 0.5, 0.9)
    first = [dataclasses.replace(q, targets=q.targets[:1]) for q in queries]
    exact = model.sample(first, levels=levels)
    many = model.sample(first, num_samples=4000, seed=3)
    for e, s in zip(exact, many, strict=True):
        assert e.shape == (len(levels), 1)
        assert np.all(np.diff(e[:, 0]) >= 0)
        for level, v in zip(levels, e[:, 0], strict=True):
            below, at = (s[:, 0] < v).mean(), (s[:, 0] <= v).mean()
            assert below - 0.03 <= level <= at + 0.03, (level, below, at)
    again = model.sample(first, levels=levels)
    assert all(np.array_equal(a, b) for a, b in zip(exact, again, strict=True))


def test_exact_quantiles_mirror_inside_negative_numbers():
    import torch

    from perfhint.models.rlm import _quantile_draw

    # sign step: P(-) = 0.25, P(+) = 0.75 (ids 0 = <+>, 1 = <->); the 0.1-quantile is negative
    # and, being near the bottom, must sit among the largest negative magnitudes
    logits = torch.log(torch.tensor([[0.75, 0.25]]))
    token, q = _quantile_draw(logits, torch.tensor([0.1], dtype=torch.float64), sign_offset=0)
    assert token.item() == 1 and q.item() == pytest.approx(0.6)
    token, q = _quantile_draw(logits, torch.tensor([0.5], dtype=torch.float64), sign_offset=0)
    assert token.item() == 0 and q.item() == pytest.approx(1 / 3)
    # a digit step: the crossing token and the level inside its share
    logits = torch.log(torch.tensor([[0.2, 0.0, 0.5, 0.3]]))
    token, q = _quantile_draw(logits, torch.tensor([0.45], dtype=torch.float64))
    assert token.item() == 2 and q.item() == pytest.approx(0.5)
    token, q = _quantile_draw(logits, torch.tensor([1.0], dtype=torch.float64))
    assert token.item() == 3 and q.item() == pytest.approx(1.0)


def test_save_load_round_trip_gives_identical_samples(model, queries, tmp_path):
    model.save(tmp_path / "copy", card="# copy\n")
    again = RegressionLM.load(tmp_path / "copy", device="cpu")
    assert again.config == model.config
    assert again.profile_targets == model.profile_targets
    assert again.version.startswith("copy-")
    a = model.sample(queries, num_samples=8, seed=2)
    b = again.sample(queries, num_samples=8, seed=2)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_memory_layers_train_save_and_load(tiny_encoder_dir, synthetic_examples, tmp_path):
    from modelkit import tiny_model_config

    config = dataclasses.replace(tiny_model_config(str(tiny_encoder_dir)), memory_layers=1)
    model = RegressionLM.create(config, seed=0)
    before = {k: v.clone() for k, v in model.decoder.memory_layers.state_dict().items()}
    model.fit(
        synthetic_examples(64, seed=3),
        config=TrainConfig(batch_size=32, max_epochs=1, device="cpu", log_every=0),
    )
    after = model.decoder.memory_layers.state_dict()
    assert any(not (before[k] == after[k]).all() for k in before)  # they are trained
    again = RegressionLM.load(model.save(tmp_path / "mem", card="# mem\n"), device="cpu")
    assert again.config.memory_layers == 1
    queries = [e.query for e in synthetic_examples(4, seed=9)]
    a = model.sample(queries, num_samples=4, seed=1)
    b = again.sample(queries, num_samples=4, seed=1)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_loading_with_more_memory_layers_starts_from_the_same_predictions(
    tiny_model_dir, model, queries
):
    grown = RegressionLM.load(tiny_model_dir, device="cpu", window={"memory_layers": 2})
    assert grown.config.memory_layers == 2 and len(grown.decoder.memory_layers) == 2
    a = model.sample(queries, num_samples=8, seed=2)
    b = grown.sample(queries, num_samples=8, seed=2)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def assert_decodes_alike(model, again, queries):
    """`again` (a saved and loaded `model`) samples as `model` does, with and without cache."""
    a = model.sample(queries, num_samples=4, seed=1)
    b = again.sample(queries, num_samples=4, seed=1)
    c = again.sample(queries, num_samples=4, seed=1, use_cache=False)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert all(np.array_equal(x, y) for x, y in zip(a, c, strict=True))


def test_lexical_embedding_trains_saves_loads_and_decodes_alike_with_and_without_cache(
    tiny_encoder_dir, synthetic_examples, tmp_path
):
    from modelkit import tiny_model_config

    config = dataclasses.replace(
        tiny_model_config(str(tiny_encoder_dir)), lexical=True, memory_layers=1
    )
    model = RegressionLM.create(config, seed=0)
    vocab_size = model.encoder.tokenizer.get_vocab_size()
    assert tuple(model.decoder.lexical.weight.shape) == (vocab_size, config.d_model)
    assert not model.decoder.lexical.weight.any()  # starts at zero
    model.fit(
        synthetic_examples(64, seed=3),
        config=TrainConfig(batch_size=32, max_epochs=1, device="cpu", log_every=0),
    )
    assert model.decoder.lexical.weight.any()  # the input tokens' rows learned
    again = RegressionLM.load(model.save(tmp_path / "lex", card="# lex\n"), device="cpu")
    assert again.config.lexical
    queries = [e.query for e in synthetic_examples(4, seed=9)]
    assert_decodes_alike(model, again, queries)


def test_lexical_tokens_past_the_window_train_save_load_and_decode_alike(
    tiny_encoder_dir, synthetic_examples, tmp_path
):
    from modelkit import tiny_model_config

    base = tiny_model_config(str(tiny_encoder_dir))
    config = dataclasses.replace(base, lexical=True, lexical_tokens=base.max_input_tokens + 40)
    model = RegressionLM.create(config, seed=0)
    assert model.unread_tokens == 40 and model.decoder.unread is not None
    long_text = "x = alloc(5)\n" * 100
    ids = model.memory_ids([long_text, "a"])
    assert ids.shape == (2, model.encoder.max_tokens + 40)
    model.fit(
        synthetic_examples(64, seed=3),
        config=TrainConfig(batch_size=32, max_epochs=1, device="cpu", log_every=0),
    )
    again = RegressionLM.load(model.save(tmp_path / "wide", card="# wide\n"), device="cpu")
    assert again.config.lexical_tokens == config.lexical_tokens
    queries = [e.query for e in synthetic_examples(3, seed=9)]
    queries.append(dataclasses.replace(queries[0], text=long_text))
    assert_decodes_alike(model, again, queries)
    with pytest.raises(ValueError, match="lexical_tokens needs"):
        dataclasses.replace(base, lexical_tokens=base.max_input_tokens + 40)


def test_unread_kinds_limit_reading_past_the_window_to_those_kinds(tiny_encoder_dir):
    from modelkit import tiny_model_config

    from perfhint.models.core import Query
    from perfhint.models.encoders import render_input

    base = tiny_model_config(str(tiny_encoder_dir))
    config = dataclasses.replace(
        base, lexical=True, lexical_tokens=base.max_input_tokens + 40, unread_kinds=("program",)
    )
    model = RegressionLM.create(config, seed=0)
    long_text = "x = alloc(5)\n" * 100
    texts = [
        render_input(Query(long_text, kind, "Python", "this-machine", ("latency_s",)))
        for kind in ("program", "architecture")
    ]
    (_, program), (_, architecture) = model.split(texts)
    assert len(program) == 40 and architecture == []
    assert ModelConfig.from_json(config.to_json()).unread_kinds == ("program",)


def test_loading_with_a_lexical_embedding_starts_from_the_same_predictions(
    tiny_model_dir, model, queries
):
    grown = RegressionLM.load(tiny_model_dir, device="cpu", window={"lexical": True})
    assert grown.config.lexical and grown.decoder.lexical is not None
    a = model.sample(queries, num_samples=8, seed=2)
    b = grown.sample(queries, num_samples=8, seed=2)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_numerals_train_save_load_and_decode_alike_with_and_without_cache(
    tiny_encoder_dir, synthetic_examples, tmp_path
):
    from modelkit import tiny_model_config

    config = dataclasses.replace(tiny_model_config(str(tiny_encoder_dir)), numerals=True)
    model = RegressionLM.create(config, seed=0)
    assert not model.decoder.numerals.weight.any()
    numbers = model.memory_numbers(["n = 4000", "x"])
    assert numbers.shape == (2, len(model.encoder.tokenize(["n = 4000"])[0]))
    assert (numbers[0] > 3).any() and (numbers[1] == -1).all()
    model.fit(
        synthetic_examples(64, seed=3),
        config=TrainConfig(batch_size=32, max_epochs=1, device="cpu", log_every=0),
    )
    assert model.decoder.numerals.weight.any()  # the synthetic texts' literals taught it
    again = RegressionLM.load(model.save(tmp_path / "num", card="# num\n"), device="cpu")
    assert again.config.numerals
    queries = [e.query for e in synthetic_examples(4, seed=9)]
    assert_decodes_alike(model, again, queries)


def test_loading_with_numerals_starts_from_the_same_predictions(tiny_model_dir, model, queries):
    grown = RegressionLM.load(tiny_model_dir, device="cpu", window={"numerals": True})
    assert grown.config.numerals and grown.decoder.numerals is not None
    a = model.sample(queries, num_samples=8, seed=2)
    b = grown.sample(queries, num_samples=8, seed=2)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_lexical_and_numerals_need_one_state_per_token():
    with pytest.raises(ValueError, match="lexical needs pool_stride 1"):
        ModelConfig(lexical=True, pool_stride=2)
    with pytest.raises(ValueError, match="numerals needs pool_stride 1"):
        ModelConfig(numerals=True, pool_stride=2)


def test_checkpoint_keeps_a_reference_to_a_frozen_encoder(tiny_model_dir):
    from safetensors import safe_open

    meta = json.loads((tiny_model_dir / "config.json").read_text())
    assert meta["format_version"] == 1
    assert meta["model"]["encoder"]
    with safe_open(str(tiny_model_dir / "model.safetensors"), "pt") as f:
        names = list(f.keys())
    assert names and all(n.startswith("decoder.") for n in names)
    assert (tiny_model_dir / "card.md").read_text().strip()


def test_unknown_names_raise_value_error_naming_the_known_ones(model, queries):
    with pytest.raises(ValueError, match="unknown profile 'pixel9'; known: this-machine"):
        model.predict([dataclasses.replace(queries[0], profile="pixel9")])
    with pytest.raises(ValueError, match="unknown target 'energy_j'"):
        model.sample([dataclasses.replace(queries[0], targets=("energy_j",))])
    with pytest.raises(ValueError, match="unknown mode"):
        model.sample([dataclasses.replace(queries[0], mode="compile-max-autotune")])


def _copy(src, dst):
    shutil.copytree(src, dst)
    return dst


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda d: (d / "model.safetensors").unlink(), "no model.safetensors"),
        (lambda d: (d / "config.json").unlink(), "config.json missing"),
        (lambda d: (d / "config.json").write_text("{not json"), "corrupt"),
        (lambda d: (d / "model.safetensors").write_bytes(b"\x00" * 100), "corrupt"),
        (
            lambda d: (d / "model.safetensors").write_bytes(
                (d / "model.safetensors").read_bytes()[:-50]
            ),
            "corrupt",
        ),
    ],
)
def test_damaged_checkpoints_raise_checkpoint_error(tiny_model_dir, tmp_path, damage, message):
    d = _copy(tiny_model_dir, tmp_path / "ckpt")
    damage(d)
    with pytest.raises(CheckpointError, match=message):
        RegressionLM.load(d, device="cpu")


def _edit_config(d, edit):
    meta = json.loads((d / "config.json").read_text())
    edit(meta)
    (d / "config.json").write_text(json.dumps(meta))


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda m: m.update(format_version=99), "format_version 99"),
        (lambda m: m["model"].update(d_model=64), "does not match its config"),
        (lambda m: m["model"].update(n_layers=3), "missing"),
        (lambda m: m["model"].update(mystery_knob=1), "unknown ModelConfig keys"),
        (lambda m: m["model"].update(encoder="/nonexistent/encoder"), "cannot load encoder"),
        (lambda m: m["model"]["targets"].append("energy_j"), "does not match"),
    ],
)
def test_mismatched_checkpoints_raise_checkpoint_error(tiny_model_dir, tmp_path, edit, message):
    d = _copy(tiny_model_dir, tmp_path / "ckpt")
    _edit_config(d, edit)
    with pytest.raises(CheckpointError, match=message):
        RegressionLM.load(d, device="cpu")


def test_configs_round_trip_and_refuse_unknown_keys():
    config = ModelConfig(targets=("a", "b"), profiles=("p",), spare_profiles=1)
    assert ModelConfig.from_json(json.loads(json.dumps(config.to_json()))) == config
    config = ModelConfig(attention_dropout=0.0)
    assert ModelConfig.from_json(json.loads(json.dumps(config.to_json()))) == config
    # a checkpoint written before attention_dropout existed reads as "same as dropout"
    assert ModelConfig.from_json({"dropout": 0.2}).attention_dropout is None
    train = TrainConfig(optimizer="adafactor", max_steps=5)
    assert TrainConfig.from_json(json.loads(json.dumps(train.to_json()))) == train
    with pytest.raises(ValueError, match="unknown TrainConfig keys"):
        TrainConfig.from_json({"lr": 1e-3, "learning_rate": 1e-3})
    with pytest.raises(ValueError, match="unknown NumberFormat keys"):
        ModelConfig.from_json({"number": {"digits": 3}})
    with pytest.raises(ValueError):
        TrainConfig(optimizer="sgd")


def test_calibrate_adds_a_profile_in_a_spare_slot(tiny_model_dir, synthetic_examples, tmp_path):
    model = RegressionLM.load(tiny_model_dir, device="cpu")
    spare = model.config.spare_profiles
    shots = synthetic_examples(8, seed=11, profiles=("raspi4",))
    model.calibrate(shots, "raspi4", TrainConfig(lr=1e-2, max_steps=5))
    assert model.config.profiles[-1] == "raspi4"
    assert model.config.spare_profiles == spare - 1
    assert model.profile_targets["raspi4"] == list(shots[0].query.targets)
    q = Query("x = alloc(5)\n", "program", "Python", "raspi4", ("peak_memory_bytes",))
    assert model.predict([q], num_samples=4)[0].values["peak_memory_bytes"].median is not None
    model.save(tmp_path / "cal")
    again = RegressionLM.load(tmp_path / "cal", device="cpu")
    assert "raspi4" in again.config.profiles


def test_calibration_teaches_no_target_sequence(tiny_model_dir, synthetic_examples):
    """Shots asking for part of a trained sequence train (at most) a profile row: every
    profile's part-queries still decode along the whole sequence."""
    model = RegressionLM.load(tiny_model_dir, device="cpu")
    trained = dict(model.target_chains)
    shots = synthetic_examples(8, seed=11, profiles=("raspi4",), two_targets=False)
    model.calibrate(shots, "raspi4", TrainConfig(lr=1e-2, max_steps=5))
    assert model.target_chains == trained
    assert model.decode_plan(shots[0].query)[0] == ("peak_memory_bytes", "latency_s")


@pytest.mark.parametrize("gain", [(0.1, 0.5), (0.5, 0.1)])
def test_calibration_fits_the_new_row_only_when_cross_validation_says_it_helps(
    tiny_model_dir, synthetic_examples, monkeypatch, gain
):
    import torch

    from perfhint.models import calibrate

    model = RegressionLM.load(tiny_model_dir, device="cpu")
    known = model.config.profiles[0]
    emb = model.decoder.tok_emb.weight
    before = emb.detach().clone()
    own = synthetic_examples(8, seed=13, profiles=(known,))
    fitted = calibrate.fit_gain(model, own, known, TrainConfig(lr=1e-2, max_steps=3))
    standing = calibrate.shot_score(own, model.predict([e.query for e in own]))
    assert -1 <= fitted <= 1 and -1 <= standing <= 1
    assert torch.equal(emb, before)  # the row it fitted is restored

    shots = synthetic_examples(8, seed=13, profiles=("raspi4",))
    # gain = (the cross-validated fit's score, the stand-in's score on the shots)
    monkeypatch.setattr(calibrate, "fit_mix", lambda *a: None)  # the row's path, not a mix
    monkeypatch.setattr(calibrate, "fit_gain", lambda *a: gain[0])
    monkeypatch.setattr(calibrate, "rank_profiles", lambda *a, **k: {known: gain[1]})
    model.calibrate(shots, "raspi4", TrainConfig(lr=1e-2, max_steps=5))
    new = emb[model.vocab.profile_id("raspi4")]
    copied = any(
        torch.equal(new, emb[model.vocab.profile_id(p)]) for p in model.config.profiles[:-1]
    )
    assert copied == (gain[0] <= gain[1])
    assert model.profile_targets["raspi4"] == list(shots[0].query.targets)


def _predictions(medians: dict[str, float]):
    from perfhint.models.core import Prediction, Quantiles

    return Prediction({t: Quantiles(v, v / 2, v * 2) for t, v in medians.items()})


def test_fit_mix_recovers_a_blend_of_known_profiles_and_skips_targets_they_agree_on():
    from perfhint.models import calibrate
    from perfhint.models.core import Example

    rng = np.random.default_rng(0)
    logs = rng.normal(0, 1, size=(8, 3))  # three known profiles' predicted log latency
    shots, predictions = [], {"a": [], "b": [], "c": []}
    for row in logs:
        latency = np.exp(0.3 + 1.5 * row[0] + 0.5 * row[1])
        q = Query("x = 1\n", "architecture", "python", "new", ("accuracy_pct", "latency_s"))
        shots.append(Example(q, (70.0 + row[2], latency), "g"))
        for p, v in zip(predictions, row, strict=True):  # all three agree on the accuracy
            predictions[p].append(_predictions({"accuracy_pct": 70.0, "latency_s": np.exp(v)}))
    mix = calibrate.fit_mix(shots, predictions)
    assert set(mix.weights) == {"latency_s"}  # accuracy: nothing to mix
    w = mix.weights["latency_s"]
    assert w["a"] == pytest.approx(1.5, abs=1e-6) and w["b"] == pytest.approx(0.5, abs=1e-6)
    assert w.get("c", 0.0) == pytest.approx(0.0, abs=1e-6)
    assert mix.bias["latency_s"] == pytest.approx(0.3, abs=1e-6)
    few = {p: v[: calibrate.MIX_MIN_SHOTS - 1] for p, v in predictions.items()}
    assert calibrate.fit_mix(shots[: calibrate.MIX_MIN_SHOTS - 1], few) is None


def test_a_mixed_profile_decodes_as_its_sources_combined_and_survives_save_and_load(
    tiny_model_dir, tmp_path
):
    from perfhint.models import calibrate

    model = RegressionLM.load(tiny_model_dir, device="cpu")
    a, b = model.config.profiles[:2]
    calibrate.add_profile(model, "raspi4", a)
    model.save(tmp_path / "plain")
    plain = model.version
    mem = "peak_memory_bytes"
    model.profile_mixes["raspi4"] = calibrate.ProfileMix({mem: {a: 0.5, b: 0.5}}, {mem: np.log(2)})
    text, targets = "buf0 = alloc(5000)\n", ("peak_memory_bytes", "latency_s")
    on = {p: Query(text, "program", "Python", p, targets) for p in (a, b, "raspi4")}
    va, vb, mixed = model.medians([on[a], on[b], on["raspi4"]])
    assert mixed[0] == pytest.approx(2 * np.sqrt(va[0] * vb[0]), rel=1e-6)
    assert mixed[1] == pytest.approx(va[1], rel=1e-6)  # not mixed: the stand-in's slot (a's row)
    p = model.predict([on["raspi4"]])[0].values[mem]
    assert p.p10 <= p.median <= p.p90
    again = RegressionLM.load(model.save(tmp_path / "mixed"), device="cpu")
    assert again.version != plain  # the mix predicts: part of the version
    assert np.allclose(again.medians([on["raspi4"]])[0], mixed)
    meta = json.loads((tmp_path / "mixed" / "config.json").read_text())
    meta["profile_mixes"]["raspi4"]["weights"][mem] = {"nowhere": 1.0}
    (tmp_path / "mixed" / "config.json").write_text(json.dumps(meta))
    with pytest.raises(CheckpointError, match="unknown or mixed profiles"):
        RegressionLM.load(tmp_path / "mixed", device="cpu")
    meta["profile_mixes"]["raspi4"]["weights"][mem] = {a: -1.0}
    (tmp_path / "mixed" / "config.json").write_text(json.dumps(meta))
    with pytest.raises(CheckpointError, match="bad profile_mixes"):
        RegressionLM.load(tmp_path / "mixed", device="cpu")


def test_calibration_mixes_known_profiles_when_they_disagree_on_a_target(
    tiny_model_dir, synthetic_examples, monkeypatch
):
    from perfhint.models import calibrate

    model = RegressionLM.load(tiny_model_dir, device="cpu")
    monkeypatch.setattr(calibrate, "AGREE_LOG", -1.0)  # any spread counts as disagreement
    shots = synthetic_examples(8, seed=17, profiles=("raspi4",))
    model.calibrate(shots, "raspi4", TrainConfig(lr=1e-2, max_steps=3))
    mix = model.profile_mixes["raspi4"]
    assert set(mix.weights) <= set(shots[0].query.targets) and mix.weights
    assert set(mix.sources()) <= set(model.config.profiles) - {"raspi4"}
    assert model.profile_targets["raspi4"] == list(shots[0].query.targets)
    q = dataclasses.replace(shots[0].query, text="buf0 = alloc(70)\n")
    assert model.predict([q])[0].values["peak_memory_bytes"].median > 0


def test_calibration_stands_in_only_profiles_measured_in_the_shots_modes(
    tiny_model_dir, synthetic_examples, monkeypatch
):
    from perfhint.models import calibrate, profiles

    model = RegressionLM.load(tiny_model_dir, device="cpu")
    shots = [
        dataclasses.replace(e, query=dataclasses.replace(e.query, mode="eager"))
        for e in synthetic_examples(6, seed=12, profiles=("nvidia-l4",))
    ]
    timed_eager = profiles.Profile(
        "nvidia-h100", "H100", "gpu", ("latency_s",), "", modes=("eager",)
    )
    monkeypatch.setattr(profiles, "load_profiles", lambda: {"nvidia-h100": timed_eager})
    assert set(calibrate.rank_profiles(model, shots, num_samples=2)) == {"nvidia-h100"}
    monkeypatch.setattr(profiles, "load_profiles", lambda: {})  # none fits: every profile
    assert set(calibrate.rank_profiles(model, shots, num_samples=2)) == set(model.config.profiles)


def test_calibrate_command_writes_an_adapted_checkpoint(
    tiny_model_dir, synthetic_examples, tmp_path, monkeypatch
):
    import argparse
    import types

    from perfhint.models import calibrate, tasks

    pixel = ("pixel3",)
    splits = tasks.Splits(
        synthetic_examples(20, seed=14, profiles=pixel) + synthetic_examples(8, seed=15),
        [],
        synthetic_examples(12, seed=16, profiles=pixel),
    )
    monkeypatch.setattr(
        tasks, "load_task", lambda name: types.SimpleNamespace(load_splits=lambda seed=0: splits)
    )
    monkeypatch.setattr(calibrate, "DEFAULT_STEPS", 3)
    args = argparse.Namespace(
        model=tiny_model_dir, task="synthetic", profile="pixel3", shots=5, out=tmp_path / "cal"
    )
    assert calibrate.main(args) == 0
    model = RegressionLM.load(tmp_path / "cal", device="cpu")
    assert model.config.profiles[-1] == "pixel3"
    card = (tmp_path / "cal" / "card.md").read_text()
    assert (
        card.startswith("# tiny test model")
        and "calibrated to profile `pixel3` from 5 shots" in card
    )
    assert "Spearman" in card


def test_far_literals_train_save_load_and_reach_predictions(
    tiny_encoder_dir, synthetic_examples, tmp_path
):
    """A model with far_literals reads the literals its window leaves out: changing one
    changes the prediction; it trains, saves and loads; v16-style checkpoints can grow it."""
    import torch
    from modelkit import TARGETS, tiny_model_config

    from perfhint.models.encoders import render_input

    config = dataclasses.replace(
        tiny_model_config(str(tiny_encoder_dir)), max_input_tokens=32, tail_tokens=12,
        lexical=True, numerals=True, fan_in_cross_init=True, far_literals=8,
    )  # fmt: skip
    with pytest.raises(ValueError, match="far_literals needs lexical and numerals"):
        dataclasses.replace(config, numerals=False)
    model = RegressionLM.create(config, seed=0)
    torch.nn.init.normal_(model.decoder.numerals.weight, std=0.5)
    text = "x = 5\n" * 4 + "n = {}\n" + "buf0 = alloc(5)\n" * 6 + "main(n)\n"
    queries = [
        Query(text.format(n), "program", "python", "this-machine", TARGETS) for n in (10, 10**9)
    ]
    assert model.memory_literals([render_input(q) for q in queries])[1].max() > 8
    a, b = model.medians(queries)
    assert not np.allclose(a, b, rtol=1e-3, atol=0)  # the far literal's size reaches the prediction
    model.fit(
        synthetic_examples(64, seed=3),
        config=TrainConfig(batch_size=32, max_epochs=1, device="cpu", log_every=0),
    )
    again = RegressionLM.load(model.save(tmp_path / "far", card="# far\n"), device="cpu")
    assert again.config.far_literals == 8
    assert_decodes_alike(model, again, queries)
    plain = dataclasses.replace(config, far_literals=0)
    saved = RegressionLM.create(plain, seed=0).save(tmp_path / "plain", card="# plain\n")
    grown = RegressionLM.load(saved, device="cpu", window={"far_literals": 8})
    assert grown.decoder.far is not None and grown.config.far_literals == 8


def test_a_function_s_context_reaches_predictions_only_with_context_literals(tiny_encoder_dir):
    """The same function text under `n = 10` and `n = 10**9` in its caller: one question each,
    answered differently by a context_literals model and alike by a model without."""
    import torch
    from modelkit import TARGETS, tiny_model_config

    config = dataclasses.replace(
        tiny_model_config(str(tiny_encoder_dir)), max_input_tokens=32, tail_tokens=12,
        lexical=True, numerals=True, far_literals=8, context_literals=True,
    )  # fmt: skip
    with pytest.raises(ValueError, match="context_literals needs far_literals"):
        dataclasses.replace(config, far_literals=0)
    body = "def work(v):\n    return sorted(v)\n"
    queries = [
        Query(body, "function", "python", "this-machine", TARGETS, context=f"n = {n}")
        for n in (10, "10000000000")
    ]
    for reads_context in (True, False):
        model = RegressionLM.create(
            dataclasses.replace(config, context_literals=reads_context), seed=0
        )
        torch.nn.init.normal_(model.decoder.numerals.weight, std=0.5)
        a, b = model.medians(queries)
        assert np.allclose(a, b, rtol=1e-3, atol=0) != reads_context


def test_early_literals_reach_the_model_s_far_literals(tiny_encoder_dir, tmp_path):
    """`early_literals` adds to the literals a model reads past its window, survives a save
    and load, and needs far literals."""
    from modelkit import TARGETS, tiny_model_config

    config = dataclasses.replace(
        tiny_model_config(str(tiny_encoder_dir)), max_input_tokens=32, tail_tokens=12,
        lexical=True, numerals=True, far_literals=3,
    )  # fmt: skip
    with pytest.raises(ValueError, match="early_literals needs far_literals"):
        dataclasses.replace(config, far_literals=0, early_literals=2)
    middle = "n = 70000\n" + "".join(f"a{i} = a{i} + 1\nb{i} = 0\n" for i in range(12))
    text = "x = y\n" * 6 + middle + "y = z\n" * 3 + "main(n)\n"
    rendered = [encoders.render_input(Query(text, "program", "python", "this-machine", TARGETS))]

    def sizes(model):
        return [round(10**x - 1) for _, x in model.far_literals(rendered)[0]]

    assert sizes(RegressionLM.create(config, seed=0)) == [0, 1, 0]
    early = RegressionLM.create(dataclasses.replace(config, early_literals=2), seed=0)
    assert sizes(early) == [70000, 0, 1, 0]
    loaded = RegressionLM.load(early.save(tmp_path / "e", card="# e\n"), device="cpu")
    assert loaded.config.early_literals == 2 and sizes(loaded) == [70000, 0, 1, 0]


def test_part_of_a_trained_target_sequence_is_decoded_along_the_whole_sequence(
    tiny_model_dir, tmp_path
):
    model = RegressionLM.load(tiny_model_dir, device="cpu")
    mem, lat = "peak_memory_bytes", "latency_s"
    assert model.target_chains == {"program/default": [(mem, lat)]}  # what fit recorded
    text, profile = "buf0 = alloc(5000)\n", model.config.profiles[0]
    whole = Query(text, "program", "Python", profile, (mem, lat))
    alone = dataclasses.replace(whole, targets=(lat,))
    both = model.medians([whole])[0]
    assert model.decode_plan(alone) == ((mem, lat), [1])
    assert model.medians([alone])[0] == pytest.approx(both[1:])  # latency after memory
    swapped = dataclasses.replace(whole, targets=(lat, mem))
    assert model.medians([swapped])[0] == pytest.approx(both[::-1])
    elsewhere = dataclasses.replace(alone, kind="function")  # nothing recorded: as asked
    assert model.decode_plan(elsewhere) == ((lat,), [0])
    model.record_chains([Example(alone, (1.0,))])  # now trained on its own too
    assert model.decode_plan(alone) == ((lat,), [0])
    again = RegressionLM.load(model.save(tmp_path / "chains"), device="cpu")
    assert again.target_chains == model.target_chains
    meta = json.loads((tmp_path / "chains" / "config.json").read_text())
    meta["target_chains"]["program/default"] = [["nowhere_s"]]
    (tmp_path / "chains" / "config.json").write_text(json.dumps(meta))
    with pytest.raises(CheckpointError, match="bad target_chains"):
        RegressionLM.load(tmp_path / "chains", device="cpu")


def test_a_compiled_modes_latency_is_its_eager_latency_over_the_decoded_speedup(
    tiny_encoder_dir, synthetic_examples
):
    from modelkit import tiny_model_config

    eager, speedup, lat = EAGER_LATENCY, COMPILE_SPEEDUP, "latency_s"
    config = dataclasses.replace(
        tiny_model_config(str(tiny_encoder_dir)),
        targets=(lat, eager, speedup), modes=("eager", "compile"),
    )  # fmt: skip
    train = []
    for e in synthetic_examples(64, seed=3):
        q, v = e.query, e.values[1]
        train.append(Example(dataclasses.replace(q, mode="eager", targets=(lat,)), (v,)))
        both = dataclasses.replace(q, mode="compile", targets=(eager, speedup))
        train.append(Example(both, (v, 2.0)))
    model = RegressionLM.create(config, seed=0)
    model.fit(train, train[:8], TrainConfig(batch_size=32, max_epochs=3, lr=3e-3, log_every=0))
    assert model.target_chains["program/compile"] == [(eager, speedup)]
    q = dataclasses.replace(train[1].query, targets=(eager, lat))
    assert model.decode_plan(q) == ((eager, speedup), [0, (0, 1)])
    (e, s), (e2, derived) = model.medians([train[1].query, q])
    assert e2 == e and derived == pytest.approx(e / s)
    p10, p50, p90 = model.sample([q], levels=(0.1, 0.5, 0.9))[0][:, 1]
    assert p10 <= p50 <= p90 and p50 == pytest.approx(derived)
    on_eager = dataclasses.replace(q, mode="eager", targets=(lat,))
    assert model.decode_plan(on_eager) == ((lat,), [0])  # eager: decoded, nothing to derive
