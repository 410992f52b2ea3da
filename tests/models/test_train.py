"""Training: batching, schedule, reproducibility, the `perfhint train` command, and learning."""

from __future__ import annotations

import argparse
import json
import re
import types

import numpy as np
import pytest
import torch

from perfhint.models import train as train_mod
from perfhint.models.rlm import RegressionLM, TrainConfig


def test_batches_are_length_bucketed_and_cover_everything():
    rng = np.random.default_rng(0)
    lengths = rng.integers(5, 500, size=103).tolist()
    batches = train_mod.make_batches(lengths, 10, rng)
    assert sorted(i for b in batches for i in b) == list(range(103))
    spread = np.mean([np.ptp([lengths[i] for i in b]) for b in batches])
    assert spread < np.ptp(lengths) / 5  # neighbours in length share a batch


def test_batches_keep_runs_of_one_text_together():
    rng = np.random.default_rng(0)
    groups = [f"text{i % 7}" for i in range(200)]
    lengths = [len(g) * (i % 7) for i, g in enumerate(groups)]
    batches = train_mod.make_batches(lengths, 16, rng, groups, per_group=4)
    assert sorted(i for b in batches for i in b) == list(range(200))
    assert all(len(b) <= 16 for b in batches)
    distinct = np.mean([len({groups[i] for i in b}) for b in batches])
    assert distinct <= 16 / 4 + 1  # about batch_size / per_group texts per batch
    ungrouped = train_mod.make_batches([0] * 200, 16, rng, groups, per_group=1)
    assert np.mean([len({groups[i] for i in b}) for b in ungrouped]) > 5


def test_repeated_copies_of_an_example_get_groups_of_their_own():
    a, b, c = (types.SimpleNamespace(query=q) for q in ("qa", "qb", "qc"))
    texts = {"qa": "net1", "qb": "net1", "qc": "prog"}
    groups = train_mod._text_groups([a, b, c, c, c], texts)
    assert groups[0] == groups[1]  # one network on two devices: grouped
    assert len({groups[2], groups[3], groups[4]}) == 3  # --repeat copies: kept apart
    assert groups[0] != groups[2]


def test_lr_warms_up_then_decays_to_zero():
    f = [train_mod.lr_factor(s, 100, 10) for s in range(101)]
    assert f[0] == pytest.approx(0.1) and f[9] == pytest.approx(1.0)
    assert all(a >= b for a, b in zip(f[10:], f[11:], strict=False))
    assert f[100] == pytest.approx(0.0, abs=1e-9)


def _tiny(tiny_encoder_dir):
    from modelkit import tiny_model_config

    return tiny_model_config(str(tiny_encoder_dir))


def test_training_is_reproducible_and_lowers_the_loss(tiny_encoder_dir, synthetic_examples):
    data = synthetic_examples(64, seed=4)
    config = TrainConfig(batch_size=16, max_epochs=2, lr=3e-3, device="cpu", log_every=0)
    weights = []
    for _ in range(2):
        m = RegressionLM.create(_tiny(tiny_encoder_dir), seed=0).fit(data, data[:16], config)
        weights.append({k: v.clone() for k, v in m.state_dict().items()})
    for k in weights[0]:
        torch.testing.assert_close(weights[0][k], weights[1][k], rtol=0, atol=0)


def test_validation_sets_are_named_sampled_and_averaged(
    tiny_encoder_dir, synthetic_examples, capsys
):
    data = synthetic_examples(48, seed=7)
    sets = train_mod.validation_sets({"a": data[:30], "b": data[30:34], "c": []}, 10, seed=0)
    assert list(sets) == ["a", "b"]  # empty sets dropped
    assert len(sets["a"]) == 10 and len(sets["b"]) == 4
    assert sets["a"] == train_mod.validation_sets({"a": data[:30]}, 10, seed=0)["a"]
    assert set(map(id, sets["a"])) <= set(map(id, data[:30]))
    assert list(train_mod.validation_sets(data[:5], 0, seed=0)) == ["valid"]

    config = TrainConfig(batch_size=8, max_steps=5, valid_every=2, device="cpu", log_every=0)
    RegressionLM.create(_tiny(tiny_encoder_dir), seed=0).fit(
        data, {"a": data[:8], "b": data[8:12]}, config
    )
    lines = [x for x in capsys.readouterr().err.splitlines() if "valid loss" in x]
    assert [x.split(":")[0] for x in lines] == ["step 2", "step 4", "step 5 (end)"]
    for line in lines:  # the selecting loss is the mean of the named ones
        mean, a, b = map(float, re.findall(r"\d+\.\d+", line))
        assert mean == pytest.approx((a + b) / 2, abs=2e-4)


def test_spearman_selection_keeps_the_best_ranking_weights(synthetic_examples, capsys):
    """select_on="spearman": the weights kept rank the validation sets as well as the best
    validation logged did (the score is the mean over the named sets)."""
    from perfhint.models.rlm import ModelConfig

    kw = dict(profiles=("this-machine",), two_targets=False)
    train = synthetic_examples(256, seed=31, **kw)
    valid = {"a": synthetic_examples(24, seed=32, **kw), "b": synthetic_examples(16, seed=33, **kw)}
    config = ModelConfig(
        encoder="minilm", max_input_tokens=64, d_model=64, n_heads=4, d_ff=256, dropout=0.0,
        targets=("peak_memory_bytes",), profiles=("this-machine",), spare_profiles=0,
    )  # fmt: skip
    train_config = TrainConfig(
        batch_size=16, max_epochs=8, lr=3e-3, patience=8, select_on="spearman",
        cache_encoder=False, device="cpu", log_every=0,
    )  # fmt: skip
    model = RegressionLM.create(config, seed=0).fit(train, valid, train_config)
    logged = []
    for line in capsys.readouterr().err.splitlines():
        if "; spearman" in line:  # "...; spearman M (a A, b B)": M the mean of the two sets
            mean, a, b = map(float, re.findall(r"-?\d+\.\d+", line.split("; spearman")[1]))
            assert mean == pytest.approx((a + b) / 2, abs=2e-3)
            logged.append(mean)
    assert len(logged) == 8 and max(logged) > 0.5 and len(set(logged)) > 2
    kept = [train_mod.rank_score(model, exs, model._memory, 16, n) for n, exs in valid.items()]
    assert np.mean(kept) == pytest.approx(max(logged), abs=2e-3)
    with pytest.raises(ValueError, match="select_on"):
        TrainConfig(select_on="kendall")


def test_adafactor_and_max_steps(tiny_encoder_dir, synthetic_examples):
    data = synthetic_examples(32, seed=5)
    config = TrainConfig(
        optimizer="adafactor", batch_size=8, max_steps=3, device="cpu", log_every=0
    )
    m = RegressionLM.create(_tiny(tiny_encoder_dir), seed=0).fit(data, None, config)
    assert m.train_config.max_steps == 3


def test_scratch_encoder_trains_and_round_trips(synthetic_examples, tmp_path):
    import dataclasses

    from modelkit import tiny_model_config

    config = dataclasses.replace(
        tiny_model_config("scratch"),
        scratch_d_model=16,
        scratch_layers=1,
        scratch_heads=2,
        scratch_vocab_size=300,
        freeze_encoder=False,
    )
    data = synthetic_examples(32, seed=6)
    m = RegressionLM.create(config).fit(
        data, None, TrainConfig(batch_size=8, max_steps=4, device="cpu", log_every=0)
    )
    m.save(tmp_path / "scratch")
    assert (tmp_path / "scratch" / "tokenizer.json").is_file()
    again = RegressionLM.load(tmp_path / "scratch", device="cpu")
    qs = [e.query for e in data[:3]]
    a, b = m.sample(qs, 4, seed=1), again.sample(qs, 4, seed=1)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_train_command_writes_a_checkpoint_with_a_card(
    tiny_encoder_dir, synthetic_examples, tmp_path, monkeypatch
):
    from perfhint.models import tasks

    splits = tasks.Splits(
        synthetic_examples(48, seed=8),
        synthetic_examples(16, seed=9),
        synthetic_examples(16, seed=10),
    )
    fake = types.SimpleNamespace(load_splits=lambda seed=0: splits)
    monkeypatch.setattr(tasks, "load_task", lambda name: fake)
    overrides = tmp_path / "over.json"
    small = {"d_model": 16, "n_heads": 2, "d_ff": 32, "n_layers": 1, "max_input_tokens": 64}
    overrides.write_text(json.dumps({"model": small, "train": {"batch_size": 16, "log_every": 0}}))
    args = argparse.Namespace(
        task=["synthetic"],
        out=tmp_path / "ckpt",
        encoder=str(tiny_encoder_dir),
        epochs=1,
        max_train=32,
        seed=0,
        device="cpu",
        config=overrides,
    )
    assert train_mod.main(args) == 0
    meta = json.loads((tmp_path / "ckpt" / "config.json").read_text())
    assert meta["tasks"] == ["synthetic"]
    assert meta["model"]["d_model"] == 16
    assert set(meta["profile_targets"]) == {"this-machine", "nvidia-h100"}
    card = (tmp_path / "ckpt" / "card.md").read_text()
    assert "| synthetic | 32 | 16 | 16 |" in card and "perfhint train" in card
    assert RegressionLM.load(tmp_path / "ckpt", device="cpu").version == meta["version"]

    # fine-tuning from that checkpoint: same architecture, new weights, the repeat in the card
    train_only = tmp_path / "train-only.json"
    train_only.write_text(json.dumps({"train": {"batch_size": 16, "log_every": 0}}))
    args.init, args.out, args.config, args.repeat = (
        tmp_path / "ckpt",
        tmp_path / "ft",
        train_only,
        ["synthetic=2"],
    )
    assert train_mod.main(args) == 0
    tuned = json.loads((tmp_path / "ft" / "config.json").read_text())
    assert tuned["model"] == meta["model"] and tuned["version"] != meta["version"]
    card = (tmp_path / "ft" / "card.md").read_text()
    assert f"--repeat synthetic=2 --init {tmp_path / 'ckpt'}" in card
    # another run of the same fine-tune on the same split: only the run's own seed differs
    args.train_seed, args.out = 1, tmp_path / "ft-seed1"
    assert train_mod.main(args) == 0
    seed1 = json.loads((tmp_path / "ft-seed1" / "config.json").read_text())
    assert (tuned["train"]["seed"], seed1["train"]["seed"]) == (0, 1)
    assert tuned["train"]["split_seed"] == seed1["train"]["split_seed"] == 0  # one split
    assert seed1["model"] == meta["model"]
    assert seed1["version"].rsplit("-", 1)[1] != tuned["version"].rsplit("-", 1)[1]  # weights
    assert "--seed 0 --train-seed 1" in (tmp_path / "ft-seed1" / "card.md").read_text()
    args.train_seed = None
    args.config = overrides  # a 'model' section cannot apply to a checkpoint's weights
    with pytest.raises(ValueError, match="--init keeps.*not d_ff, d_model"):
        train_mod.main(args)

    # ... except its input window (the same weights, read over a head + tail window), and
    # memory layers may be added
    window = {
        "max_input_tokens": 48,
        "tail_tokens": 16,
        "head_kinds": ["architecture"],
        "memory_layers": 1,
    }
    args.config, args.out = tmp_path / "window.json", tmp_path / "ft-window"
    args.config.write_text(json.dumps({"model": window, "train": {"batch_size": 16}}))
    assert train_mod.main(args) == 0
    windowed = json.loads((tmp_path / "ft-window" / "config.json").read_text())
    assert windowed["model"] == {**meta["model"], **window}
    loaded = RegressionLM.load(tmp_path / "ft-window", device="cpu")
    assert (loaded.encoder.max_tokens, loaded.encoder.tail_tokens) == (48, 16)
    assert len(loaded.decoder.memory_layers) == 1


def test_train_command_refuses_unknown_override_keys(tiny_encoder_dir, tmp_path, monkeypatch):
    from perfhint.models import tasks

    monkeypatch.setattr(tasks, "load_task", lambda name: pytest.fail("should not load"))
    overrides = tmp_path / "over.json"
    overrides.write_text(json.dumps({"optimiser": {}}))
    args = argparse.Namespace(
        task=["synthetic"],
        out=tmp_path / "ckpt",
        encoder="minilm",
        epochs=None,
        max_train=None,
        seed=0,
        device=None,
        config=overrides,
    )
    with pytest.raises(ValueError, match="unknown sections"):
        train_mod.main(args)


DDP_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from modelkit import make_synthetic, tiny_model_config
from perfhint.models.rlm import RegressionLM, TrainConfig
model = RegressionLM.create(tiny_model_config({encoder!r}), seed=0)
config = TrainConfig(batch_size=8, max_epochs=2, device="cpu", log_every=1)
model.fit(make_synthetic(64, seed=1), make_synthetic(16, seed=2), config)
import os
if os.environ["RANK"] == "0":
    model.save({out!r})
"""


@pytest.mark.slow
def test_torchrun_ddp_on_cpu(tiny_encoder_dir, tmp_path):
    """Two gloo processes train one model; rank 0 saves a loadable checkpoint."""
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "ddp.py"
    tests = str(Path(__file__).resolve().parents[1])
    out = tmp_path / "ddp-model"
    script.write_text(DDP_SCRIPT.format(tests=tests, encoder=str(tiny_encoder_dir), out=str(out)))
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2", str(script)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "step 4/" in done.stderr  # 64 examples / 8 per batch / 2 ranks = 4 steps per epoch
    model = RegressionLM.load(out, device="cpu")
    assert model.version.startswith("ddp-model-")


@pytest.mark.gpu
def test_cuda_bf16_training_sampling_and_round_trip(tiny_encoder_dir, synthetic_examples, tmp_path):
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device")
    data = synthetic_examples(128, seed=12)
    config = TrainConfig(batch_size=32, max_epochs=3, device="cuda", bf16=True, log_every=0)
    m = RegressionLM.create(_tiny(tiny_encoder_dir), seed=0).fit(data, data[:32], config)
    assert next(m.decoder.parameters()).is_cuda
    qs = [e.query for e in synthetic_examples(16, seed=13)]
    fast = m.sample(qs, 16, seed=1)
    slow = m.sample(qs, 16, seed=1, use_cache=False)
    same = np.mean([np.array_equal(a, b) for a, b in zip(fast, slow, strict=True)])
    assert same >= 0.9  # GPU kernels differ by shape; a rare tie may break differently
    m.save(tmp_path / "gpu")
    again = RegressionLM.load(tmp_path / "gpu", device="cuda")
    for a, b in zip(fast, again.sample(qs, 16, seed=1), strict=True):
        np.testing.assert_array_equal(a, b)


def _spearman_on(model, test) -> float:
    from perfhint.models.metrics import spearman_score

    preds = model.predict([e.query for e in test], num_samples=16)
    target = test[0].query.targets[0]
    return spearman_score([e.values[0] for e in test], [p.values[target].median for p in preds])


def test_learns_a_known_function_of_the_text(synthetic_examples):
    """Default tier: the label is the sum of numbers written in the text (1 .. 9e7); a model
    that collapses to the mean or mis-tokenizes numbers scores ~0 here."""
    from perfhint.models.metrics import spearman_score
    from perfhint.models.rlm import ModelConfig

    train = synthetic_examples(512, seed=21, profiles=("this-machine",), two_targets=False)
    valid = synthetic_examples(64, seed=22, profiles=("this-machine",), two_targets=False)
    test = synthetic_examples(128, seed=23, profiles=("this-machine",), two_targets=False)
    config = ModelConfig(
        encoder="minilm",
        max_input_tokens=64,
        d_model=128,
        n_heads=4,
        d_ff=512,
        dropout=0.0,
        targets=("peak_memory_bytes",),
        profiles=("this-machine",),
        spare_profiles=0,
    )
    # 30 epochs: ~30 s on 2 cores, Spearman 0.99 for model seeds 0, 4 and 5. At 20 epochs the
    # seeds scored 0.90-0.99 (seed 0 at 0.89997: float noise decided a test sitting there)
    train_config = TrainConfig(batch_size=16, max_epochs=30, lr=2e-3, device="cpu", log_every=0)
    model = RegressionLM.create(config, seed=0).fit(train, valid, train_config)
    score = _spearman_on(model, test)
    assert score > 0.95, score
    # the soft-greedy point estimate (what select_on="spearman" ranks by) ranks as well as
    # the median of samples and ties less often than plain greedy digits
    queries, truth = [e.query for e in test], [e.values[0] for e in test]
    greedy = [v[0, 0] for v in model.sample(queries, num_samples=1, temperature=0)]
    soft = [v[0, 0] for v in model.sample(queries, num_samples=1, temperature=0, soft=True)]
    assert spearman_score(truth, soft) > 0.9
    assert len(set(soft)) > len(set(greedy))
    assert all(np.sign(soft) == np.sign(greedy))
    with pytest.raises(ValueError, match="greedy"):
        model.sample(queries[:1], temperature=1.0, soft=True)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_synthetic_task_reaches_spearman_above_095():
    """The project's synthetic task (latency = product of loop bounds, 3 .. 3e10 iterations)."""
    from perfhint.models.rlm import ModelConfig
    from perfhint.models.tasks import load_task

    splits = load_task("synthetic").load_splits(seed=0)
    config = ModelConfig(
        encoder="minilm",
        max_input_tokens=128,
        d_model=128,
        n_heads=4,
        d_ff=512,
        dropout=0.0,
        targets=("latency_s",),
        profiles=("this-machine",),
        spare_profiles=0,
    )
    train_config = TrainConfig(batch_size=16, max_epochs=25, lr=2e-3, patience=4, log_every=0)
    model = RegressionLM.create(config, seed=0).fit(splits.train, splits.valid, train_config)
    score = _spearman_on(model, splits.test)
    print(f"synthetic task: Spearman {score:.4f} on {len(splits.test)} held-out programs")
    assert score > 0.95


def test_repeat_option_is_checked():
    from perfhint.models.train import parse_repeats

    assert parse_repeats(["code=8"], ["code", "nas"]) == {"code": 8}
    for bad in ("code", "code=0", "code=x", "triton=2"):
        with pytest.raises(ValueError, match="--repeat"):
            parse_repeats([bad], ["code", "nas"])


def _twin(text: str, values, profile="this-machine"):
    from perfhint.models.core import Example, Query

    q = Query(text, "program", "python", profile, ("peak_memory_bytes", "latency_s"))
    return Example(q, values, "g")


def test_twins_are_one_text_at_other_sizes_under_one_prompt():
    small = _twin("n = 100\nwork(n)\n", (1e6, 1e-3))
    large = _twin("n = 100000\nwork(n)\n", (1e8, 1e-1))
    other_gpu = _twin("n = 100000\nwork(n)\n", (1e8, 1e-1), profile="nvidia-h100")
    other_code = _twin("m = 100\nwork(m)\n", (1e6, 1e-3))
    exs = [small, large, other_gpu, other_code]
    keys = train_mod._cell_keys(exs, {e.query: e.query.text for e in exs})
    assert keys[0] == keys[1]
    assert len(set(keys)) == 3


def test_swap_pairs_need_twins_with_labels_apart_and_never_overlap():
    a = _twin("n = 10\n", (1e6, 1e-3))
    b = _twin("n = 20\n", (1.05e6, 1e-3))  # 0.02 decades: too close to teach anything
    c = _twin("n = 90\n", (9e6, 1e-3))
    d = _twin("x = 1\n", (5e6, 1e-3))
    exs = [a, b, c, d]
    keys = train_mod._cell_keys(exs, {e.query: e.query.text for e in exs})
    assert train_mod._pairs([0, 1, 2, 3], keys, exs, 0.05) == ([(1, 2)], [[True, False]])
    assert train_mod._pairs([0, 2, 1, 3], keys, exs, 0.05)[0] == [(0, 1)]  # then 1 is taken
    assert train_mod._pairs([3, 0], keys, exs, 0.05) == ([], [])


def test_pair_columns_mark_each_swapped_targets_digits(tiny_encoder_dir):
    model = RegressionLM.create(_tiny(tiny_encoder_dir), seed=0)
    exs = [_twin("n = 1\n", (1e3, 1e-3))]
    tokens, labels = train_mod._tensors(train_mod._sequences(model, exs), "cpu")
    labels = train_mod._label_mask(model, labels)[0]
    cols = train_mod._pair_columns(model, [[True, False], [True, True]], len(labels), "cpu")
    L = model.config.number.length
    number = (labels != -100).nonzero().squeeze(1)  # memory's digits, then latency's
    assert cols.shape == (2, 2, len(labels))
    assert cols[0, 0].nonzero().squeeze(1).tolist() == number[:L].tolist()
    assert not cols[0, 1].any()
    assert cols[1, 1].nonzero().squeeze(1).tolist() == number[L:].tolist()
    # a batch mixing tasks: a one-target pair beside a two-target one
    mixed = train_mod._pair_columns(model, [[True], [False, True]], len(labels), "cpu")
    assert mixed[0, 0].any() and not mixed[0, 1].any() and mixed[1, 1].any()
    assert train_mod._pair_columns(model, [], len(labels), "cpu").shape == (0, 1, len(labels))


def test_swap_loss_adds_softplus_of_own_minus_swapped_likelihood(tiny_encoder_dir):
    """The objective with pairs = the plain cross-entropy + w * softplus(nll(a|a) + nll(b|b) -
    nll(b|a) - nll(a|b)), each nll recomputed here from the plain per-sequence losses."""
    import torch.nn.functional as F

    model = RegressionLM.create(_tiny(tiny_encoder_dir), seed=0)
    exs = [_twin("n = 10\n", (1e3, 1e-3)), _twin("n = 99999\n", (4e7, 2.0))]
    texts = [e.query.text for e in exs]
    memory, mask = model.encoder([ids for ids, _ in model.split(texts)])
    memory = memory.float().detach()
    tokens, labels = train_mod._tensors(train_mod._sequences(model, exs), "cpu")
    labels = train_mod._label_mask(model, labels)
    objective = train_mod.Objective(model.decoder, None, model.logit_bias).eval()
    common = dict(memory=memory, memory_mask=mask)
    plain = objective(tokens, labels, **common)

    def nll(seq: int, reads: int) -> torch.Tensor:
        one = objective(tokens[seq : seq + 1], labels[seq : seq + 1], rows=torch.tensor([reads]),
                        **common)  # fmt: skip
        return one * (labels[seq] != -100).sum()

    swap = F.softplus(nll(0, 0) + nll(1, 1) - nll(1, 0) - nll(0, 1))
    pairs = torch.tensor([[0, 1]])
    got = objective(tokens, labels, pairs=pairs, pair_weight=0.5, **common)
    torch.testing.assert_close(got, plain + 0.5 * swap, rtol=1e-5, atol=1e-5)
    # one target swapped: its digits' columns only; none swapped: the plain loss
    cols = train_mod._pair_columns(model, [[False, True]], tokens.shape[1], "cpu")
    only = labels.clone()
    only[:, ~cols[0, 1]] = -100

    def nll_latency(seq: int, reads: int) -> torch.Tensor:
        one = objective(tokens[seq : seq + 1], only[seq : seq + 1], rows=torch.tensor([reads]),
                        **common)  # fmt: skip
        return one * (only[seq] != -100).sum()

    swap = F.softplus(nll_latency(0, 0) + nll_latency(1, 1) - nll_latency(1, 0) - nll_latency(0, 1))
    got = objective(tokens, labels, pairs=pairs, pair_columns=cols, pair_weight=0.5, **common)
    torch.testing.assert_close(got, plain + 0.5 * swap, rtol=1e-5, atol=1e-5)
    none = torch.zeros_like(cols)
    torch.testing.assert_close(
        objective(tokens, labels, pairs=pairs, pair_columns=none, pair_weight=0.5, **common), plain
    )
    torch.testing.assert_close(objective(tokens, labels, pairs=pairs, **common), plain)


def test_training_with_the_swap_loss_runs_and_lowers_it(tiny_encoder_dir, capsys):
    """Twins (one text at several sizes) in the batches: the log counts the pairs."""
    from perfhint.models.core import Example, Query

    rng = np.random.default_rng(3)
    data = []
    for i in range(48):
        n = int(rng.integers(1, 7))
        q = Query(f"buf = alloc({10**n})\nrun({i % 6})\n", "program", "Python", "this-machine",
                  ("peak_memory_bytes", "latency_s"))  # fmt: skip
        data.append(Example(q, (10.0**n, 10.0 ** (n - 9)), f"g{i % 6}"))
    config = TrainConfig(batch_size=8, max_epochs=2, lr=3e-3, device="cpu", log_every=4,
                         pair_weight=1.0)  # fmt: skip
    RegressionLM.create(_tiny(tiny_encoder_dir), seed=0).fit(data, [], config)
    logged = re.findall(r"([\d.]+) swap pairs/example", capsys.readouterr().err)
    assert logged and float(logged[-1]) > 0.1
