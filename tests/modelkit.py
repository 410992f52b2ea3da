"""Helpers behind the shared fixtures (importable by tests as `modelkit`; see conftest.py)."""

from __future__ import annotations

import os

import numpy as np

# 2 cores shared by many jobs: one intra-op thread avoids oversubscription stalls (10x here)
os.environ.setdefault("OMP_NUM_THREADS", "1")

PROFILES = ("this-machine", "nvidia-h100")
TARGETS = ("peak_memory_bytes", "latency_s")


def make_synthetic(n: int, seed: int = 0, profiles=PROFILES, two_targets: bool = True):
    from perfhint.models.core import Example, Query

    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        terms = [
            (int(rng.integers(1, 10)), int(rng.integers(0, 8))) for _ in range(rng.integers(1, 4))
        ]
        lines = [f"buf{j} = alloc({d * 10**k})" for j, (d, k) in enumerate(terms)]
        total = float(sum(d * 10**k for d, k in terms))
        profile = profiles[i % len(profiles)]
        scale = 1.0 if profile == profiles[0] else 4.0  # a second profile, 4x the memory
        targets = TARGETS if two_targets else TARGETS[:1]
        values = (total * scale, total * 1e-9) if two_targets else (total * scale,)
        query = Query(
            text="\n".join(lines) + "\n",
            kind="program",
            language="Python",
            profile=profile,
            targets=targets,
        )
        out.append(Example(query=query, values=values, group=f"g{i}"))
    return out


def build_tiny_encoder(path, seed: int = 0):
    """A randomly initialised 2-layer BERT with a BPE vocabulary learned by `tokenizers`."""
    import torch
    from transformers import BertConfig, BertModel

    from perfhint.models.encoders import train_bpe

    corpus = [e.query.text for e in make_synthetic(300, seed=123)]
    corpus += ["def f(x):\n    return x * 2\n", "for i in range(10):\n    print(i)\n"]
    # stands in for a pretrained encoder's tokenizer (MiniLM's WordPiece keeps digit runs)
    tokenizer = train_bpe(corpus, vocab_size=400, split_digits=False)
    path.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(path / "tokenizer.json"))
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=tokenizer.get_vocab_size(),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        type_vocab_size=1,
    )
    BertModel(config, add_pooling_layer=False).save_pretrained(str(path))
    return path


def tiny_model_config(encoder: str):
    from perfhint.models.rlm import ModelConfig

    return ModelConfig(
        encoder=encoder,
        max_input_tokens=128,
        d_model=32,
        n_layers=2,
        n_heads=2,
        d_ff=64,
        dropout=0.0,
        targets=TARGETS,
        profiles=PROFILES,
        modes=("default", "eager"),
        spare_profiles=2,
    )


def train_switchable_model(encoder_dir, out_dir):
    """A tiny model on the synthetic task with the second profile's labels 1000x the first's,
    so switching the hardware target visibly changes every hint (e2e clients check that)."""
    from dataclasses import replace

    from perfhint.models.rlm import RegressionLM, TrainConfig

    def scaled(examples):
        return [
            replace(e, values=tuple(v * 1000 for v in e.values))
            if e.query.profile != PROFILES[0]
            else e
            for e in examples
        ]

    model = RegressionLM.create(tiny_model_config(str(encoder_dir)), seed=0)
    model.tasks = ["synthetic-e2e"]
    model.fit(
        scaled(make_synthetic(256, seed=1)),
        scaled(make_synthetic(32, seed=2)),
        TrainConfig(batch_size=32, max_epochs=6, lr=3e-3, device="cpu", log_every=0),
    )
    card = (
        "# e2e test model\nSynthetic task; labels of profiles other than this-machine are 1000x.\n"
    )
    return model.save(out_dir, card=card)
