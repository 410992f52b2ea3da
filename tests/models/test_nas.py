"""The "nas" task: rendering, parameter/FLOP counts, splits and baselines.

The rendered modules are instantiated on the meta device (no memory, no weights) and checked
against NAS-Bench-201's macro-architecture computed by hand below, and against
perfhint.models.nas.flops. Data tests use a small CSV written in the test, so the default
tier does not need ../shared.
"""

from __future__ import annotations

import csv
import random

import pytest

from perfhint.models.nas import dataset
from perfhint.models.nas.flops import cost
from perfhint.models.nas.render import (
    FBNET_BLOCKS,
    NB201_EDGES,
    NB201_OPS,
    format_nasbench201,
    model_class_name,
    parse_fbnet,
    parse_nasbench201,
    render,
)
from perfhint.models.profiles import load_profiles

ALL_3X3 = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|"
ALL_NONE = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|"
RESNET_LIKE = "|nor_conv_3x3~0|+|none~0|nor_conv_3x3~1|+|skip_connect~0|none~1|none~2|"
MIXED = "|nor_conv_1x1~0|+|avg_pool_3x3~0|skip_connect~1|+|nor_conv_3x3~0|none~1|nor_conv_1x1~2|"
FBNET_ARCH = "7-8-1-8-4-8-8-8-7-4-1-4-7-3-2-7-3-2-4-2-4-5"


def nb201_params_by_hand(n_conv3: int, n_conv1: int) -> int:
    """NAS-Bench-201's CIFAR-10 network from its definition, for a cell with n_conv3 3x3 and
    n_conv1 1x1 ReLU-Conv-BN edges (pool, skip and none edges have no parameters)."""
    total = 3 * 16 * 9 + 2 * 16  # stem conv 3->16 + BN
    for c in (16, 32, 64):
        per_cell = n_conv3 * (9 * c * c + 2 * c) + n_conv1 * (c * c + 2 * c)
        total += 5 * per_cell
    for c_in, c_out in ((16, 32), (32, 64)):  # residual reduction blocks
        total += 9 * c_in * c_out + 2 * c_out  # conv_a 3x3 stride 2 + BN
        total += 9 * c_out * c_out + 2 * c_out  # conv_b 3x3 + BN
        total += c_in * c_out  # shortcut: 2x2 avg pool, 1x1 conv
    total += 2 * 64  # last BN
    total += 64 * 10 + 10  # classifier
    return total


def instantiate(space: str, arch: str):
    torch = pytest.importorskip("torch")
    namespace: dict = {}
    exec(compile(render(space, arch), f"<{space}>", "exec"), namespace)  # our own text
    with torch.device("meta"):
        return namespace[model_class_name(space)]()


def test_published_nb201_sizes_by_hand():
    # NAS-Bench-201 reports 1.53 M parameters and 220 M multiply-adds for the all-3x3 cell.
    assert nb201_params_by_hand(6, 0) == 1_531_546
    assert cost("nasbench201", ALL_3X3).flops == 2 * 220_119_680


@pytest.mark.parametrize("arch", [ALL_3X3, ALL_NONE, RESNET_LIKE, MIXED])
def test_rendered_nb201_module_has_published_parameter_count(arch):
    ops = parse_nasbench201(arch)
    expected = nb201_params_by_hand(ops.count("nor_conv_3x3"), ops.count("nor_conv_1x1"))
    model = instantiate("nasbench201", arch)
    assert sum(p.numel() for p in model.parameters()) == expected
    assert cost("nasbench201", arch).params == expected


@pytest.mark.parametrize(("space", "arch"), [("nasbench201", MIXED), ("fbnet", FBNET_ARCH)])
def test_rendered_module_runs_and_flops_match_torch_counter(space, arch):
    torch = pytest.importorskip("torch")
    from torch.utils.flop_counter import FlopCounterMode

    model = instantiate(space, arch)
    size = 32 if space == "nasbench201" else 224
    counter = FlopCounterMode(display=False)
    with counter:
        out = model(torch.zeros(2, 3, size, size, device="meta"))
    assert out.shape == (2, 10 if space == "nasbench201" else 1000)
    assert counter.get_total_flops() == 2 * cost(space, arch).flops  # batch of 2
    assert sum(p.numel() for p in model.parameters()) == cost(space, arch).params


def test_rendered_cell_spells_out_the_wiring():
    text = render("nasbench201", MIXED)
    assert "self.edge_0_1 = relu_conv_bn(C, C, 1)" in text
    assert "x2 = self.edge_0_2(x0) + self.edge_1_2(x1)" in text
    assert "x3 = self.edge_0_3(x0) + self.edge_2_3(x2)" in text  # edge 1->3 is none
    assert "zero edges (op none): 1->3" in text
    assert text.index("class Cell") < text.index("class Network")  # varying part first
    assert "torch.zeros_like(x0)" in render("nasbench201", ALL_NONE)


def test_render_is_deterministic_and_distinguishes_architectures():
    rng = random.Random(0)
    archs = {
        format_nasbench201(tuple(rng.choice(NB201_OPS) for _ in NB201_EDGES)) for _ in range(50)
    }
    texts = {render("nasbench201", a) for a in archs}
    assert len(texts) == len(archs)
    assert all(render("nasbench201", a) == render("nasbench201", a) for a in archs)
    fb = "-".join(str(rng.randrange(len(FBNET_BLOCKS))) for _ in range(22))
    assert render("fbnet", fb) == render("fbnet", fb)
    assert render("fbnet", fb) != render("fbnet", FBNET_ARCH)


def test_parse_round_trip_and_errors():
    assert format_nasbench201(parse_nasbench201(MIXED)) == MIXED
    assert parse_fbnet(FBNET_ARCH)[:3] == (7, 8, 1)
    for bad in ["", "|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|", "|none~1|+|none~0|none~1|"]:
        with pytest.raises(ValueError):
            parse_nasbench201(bad)
    for bad in ["1-2-3", "9-" * 21 + "9", "a" * 22]:
        with pytest.raises(ValueError):
            parse_fbnet(bad)
    with pytest.raises(ValueError):
        render("darts", MIXED)


def write_fixture(tmp_path, n_nb201=60, n_fbnet=30):
    """Small CSVs with the real columns and made-up, deterministic values."""
    rng = random.Random(1)
    devices = ["pixel3", "eyeriss", "titan_rtx_32"]
    with (tmp_path / "nasbench201.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["nb201_index", "arch", *dataset.NB201_ACCURACY_COLUMNS]
            + [f"latency_ms_{d}" for d in devices]
        )
        seen = set()
        while len(seen) < n_nb201:
            arch = format_nasbench201(tuple(rng.choice(NB201_OPS) for _ in NB201_EDGES))
            if arch in seen:
                continue
            seen.add(arch)
            w.writerow([len(seen), arch, 90.5, 70.25, 40.0] + [rng.uniform(1, 20) for _ in devices])
    with (tmp_path / "fbnet.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["fbnet_index", "ops"] + [f"latency_ms_{d}" for d in devices])
        for i in range(n_fbnet):
            ops = "-".join(str(rng.randrange(9)) for _ in range(22))
            w.writerow([i, ops] + [rng.uniform(5, 30) for _ in devices])
    return devices


def test_splits_are_disjoint_by_architecture_and_labelled(tmp_path):
    devices = write_fixture(tmp_path)
    splits = dataset.load_splits(seed=0, directory=tmp_path)
    groups = [{e.group for e in part} for part in (splits.train, splits.valid, splits.test)]
    assert not (groups[0] & groups[1] or groups[0] & groups[2] or groups[1] & groups[2])
    assert sum(len(g) for g in groups) == 90
    nb = next(e for e in splits.train if e.group.startswith("nasbench201:"))
    assert nb.query.targets == (
        "cifar10_accuracy_pct",
        "cifar100_accuracy_pct",
        "imagenet16_accuracy_pct",
        "latency_s",
    )
    assert nb.values[:3] == (90.5, 70.25, 40.0)
    assert 1e-3 <= nb.values[3] <= 20e-3  # ms -> s
    assert nb.query.kind == "architecture" and nb.query.language == "python"
    assert nb.query.text == render("nasbench201", dataset.arch_of(nb)[1])
    fb = next(e for e in splits.test if e.group.startswith("fbnet:"))
    assert fb.query.targets == ("latency_s",)
    assert {e.query.profile for e in splits.train} == set(devices)


def test_train_size_knob_keeps_the_test_set(tmp_path):
    write_fixture(tmp_path)
    full = dataset.load_splits(directory=tmp_path, spaces=["nasbench201"])
    small = dataset.load_splits(directory=tmp_path, spaces=["nasbench201"], train_archs=10)
    assert len({e.group for e in small.train}) == 10
    assert [e.group for e in small.test] == [e.group for e in full.test]
    few = dataset.load_splits(directory=tmp_path, spaces=["nasbench201"], devices_per_arch=1)
    assert len(few.train) == len({e.group for e in few.train}) == len({e.group for e in full.train})
    held = dataset.load_splits(directory=tmp_path, exclude=["pixel3"])
    assert "pixel3" not in {e.query.profile for e in held.train + held.valid}
    assert "pixel3" in {e.query.profile for e in held.test}


def test_profile_ids_exist_in_profiles_json():
    path = dataset.data_dir()
    if not (path / "nasbench201.csv").is_file():
        pytest.skip(f"no nas data at {path}")
    known = load_profiles()
    for space in ("nasbench201", "fbnet"):
        with (path / dataset.FILES[space]).open() as f:
            header = f.readline().strip().split(",")
        devices = {c.removeprefix("latency_ms_") for c in header if c.startswith("latency_ms_")}
        assert len(devices) == 27
        assert devices <= set(known), devices - set(known)
        assert all("latency_s" in known[d].targets for d in devices)


def test_baselines_align_with_test_and_rank_latency(tmp_path):
    write_fixture(tmp_path)
    splits = dataset.load_splits(directory=tmp_path)
    from perfhint.models.nas.mlp import MLPConfig, onehot_mlp_baseline

    out = dataset.cost_baseline(splits.train, splits.test, "flops")
    assert len(out) == len(splits.test)
    assert all(len(p) == len(e.query.targets) for p, e in zip(out, splits.test, strict=True))
    mlp = onehot_mlp_baseline(splits.train, splits.test, MLPConfig(steps=50))
    assert len(mlp) == len(splits.test)
    assert all(v == v for p in mlp for v in p)  # no NaN: every test key was seen in training
