"""The decoder's vocabulary, grammar bias and KV cache, on random weights (no training)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from perfhint.models.decoder import (
    NUMERAL_STEP,
    PROMPT_LENGTH,
    Decoder,
    Vocab,
    spare_profile_name,
)
from perfhint.models.numeric import NumberFormat

FMT = NumberFormat(num_digits=3, min_exponent=-4, max_exponent=6)


def make_vocab(spare: int = 2) -> Vocab:
    return Vocab(("cpu", "gpu"), spare, ("default", "eager"), ("mem", "lat"), FMT)


def make_decoder(vocab: Vocab, seed: int = 0, memory_layers: int = 0) -> Decoder:
    torch.manual_seed(seed)
    return Decoder(
        len(vocab), vocab.max_length, 12, 16, 2, 2, 32, 0.0, memory_layers=memory_layers
    ).eval()


def test_vocab_layout_and_sequence():
    v = make_vocab()
    assert v.tokens[:2] == ["<pad>", "<bos>"]
    assert v.max_length == PROMPT_LENGTH + 2 * (FMT.length + 1)
    seq = v.sequence("gpu", "eager", ("mem", "lat"), (1500.0, -0.25))
    assert len(seq) == v.max_length
    assert seq[:4] == [
        v.index["<bos>"],
        v.profile_id("gpu"),
        v.mode_id("eager"),
        v.target_id("mem"),
    ]
    first = np.array(seq[4 : 4 + FMT.length]) - v.number_offset
    second = np.array(seq[5 + FMT.length :]) - v.number_offset
    assert FMT.decode_ids(first[None])[0] == 1500.0
    assert FMT.decode_ids(second[None])[0] == -0.25
    assert seq[4 + FMT.length] == v.target_id("lat")


def test_spare_slots_keep_ids_stable():
    before = make_vocab(spare=2)
    after = Vocab(("cpu", "gpu", "pixel3"), 1, ("default", "eager"), ("mem", "lat"), FMT)
    assert len(before) == len(after)
    assert after.profile_id("pixel3") == before.profile_id(spare_profile_name(0))
    for t, i in before.index.items():
        if "spare" not in t:
            assert after.index[t] == i


def test_logit_bias_allows_exactly_the_grammar():
    v = make_vocab()
    bias = v.logit_bias().numpy()
    allowed = FMT.allowed_mask()
    for i in range(v.max_length - 1):
        p = v.number_position(i + 1)
        if p < 0:  # forced tokens follow: nothing is masked (and nothing is sampled)
            assert (bias[i] == 0).all()
        else:
            ok = np.isfinite(bias[i])
            assert ok[v.number_offset :].tolist() == allowed[p].tolist()
            assert not ok[: v.number_offset].any()


def test_kv_cache_matches_full_forward():
    v = make_vocab()
    dec = make_decoder(v)
    B, S, T = 3, 4, 7
    memory = torch.randn(B, T, 12)
    mask = torch.ones(B, T, dtype=torch.bool)
    mask[1, 5:] = False
    seqs = torch.randint(0, len(v), (B * S, v.max_length))
    with torch.no_grad():
        full = dec(seqs, dec.start(memory, mask))
        cache = dec.start(memory, mask, capacity=v.max_length)
        parts = [dec(seqs[:, :4], cache)]
        pos = 4
        for width in (1, 2, 1, 3):  # single steps and multi-token steps after a prefix
            parts.append(dec(seqs[:, pos : pos + width], cache))
            pos += width
        cached = torch.cat(parts, dim=1)
    torch.testing.assert_close(cached, full[:, :pos], atol=1e-5, rtol=1e-5)


def test_shared_prompt_then_expand_matches_running_every_sample():
    v = make_vocab()
    dec = make_decoder(v)
    B, S = 2, 3
    memory, mask = torch.randn(B, 5, 12), torch.ones(B, 5, dtype=torch.bool)
    prompt = torch.randint(0, len(v), (B, 4))
    step = torch.randint(0, len(v), (B * S, 1))
    with torch.no_grad():
        shared = dec.start(memory, mask, capacity=8)
        dec(prompt, shared)
        shared.expand(S)
        a = dec(step, shared)
        each = dec.start(memory, mask, capacity=8)
        dec(prompt.repeat_interleave(S, 0), each)
        b = dec(step, each)
    torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-5)


def test_a_cache_without_capacity_serves_one_forward_only():
    v = make_vocab()
    dec = make_decoder(v)
    cache = dec.start(torch.randn(1, 3, 12), torch.ones(1, 3, dtype=torch.bool))
    dec(torch.zeros(1, 2, dtype=torch.long), cache)
    with pytest.raises(ValueError, match="capacity"):
        dec(torch.zeros(1, 1, dtype=torch.long), cache)


@pytest.mark.parametrize("memory_layers", [0, 2])
def test_samples_fold_into_cross_attention_like_expanded_memory(memory_layers):
    """S sequences per input see exactly their own input's states, padding excluded (also
    inside the memory layers' self-attention)."""
    v = make_vocab()
    dec = make_decoder(v, memory_layers=memory_layers)
    B, S, T = 2, 3, 5
    memory = torch.randn(B, T, 12)
    mask = torch.ones(B, T, dtype=torch.bool)
    mask[0, 3:] = False
    seqs = torch.randint(0, len(v), (B * S, 6))
    with torch.no_grad():
        folded = dec(seqs, dec.start(memory, mask))
        expanded = dec(
            seqs,
            dec.start(memory.repeat_interleave(S, 0), mask.repeat_interleave(S, 0)),
        )
        # padding really is ignored: garbage in masked positions changes nothing
        noisy = memory.clone()
        noisy[0, 3:] = 1e3
        masked = dec(seqs, dec.start(noisy, mask))
    torch.testing.assert_close(folded, expanded, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(folded, masked, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("memory_layers", [0, 1])
def test_inputs_sharing_a_text_read_it_through_rows(memory_layers):
    """rows: the distinct texts' states are projected once and gathered per input."""
    v = make_vocab()
    dec = make_decoder(v, memory_layers=memory_layers)
    distinct = torch.randn(2, 5, 12)
    mask = torch.ones(2, 5, dtype=torch.bool)
    mask[1, 4:] = False
    rows = torch.tensor([1, 0, 1, 1])
    seqs = torch.randint(0, len(v), (4, 6))
    with torch.no_grad():
        gathered = dec(seqs, dec.start(distinct, mask, rows=rows))
        copied = dec(seqs, dec.start(distinct[rows], mask[rows]))
    torch.testing.assert_close(gathered, copied, atol=1e-5, rtol=1e-5)


def test_rejects_bad_head_count():
    with pytest.raises(ValueError, match="multiple"):
        Decoder(10, 10, 4, 10, 1, 3, 8, 0.0)


def test_new_memory_layers_start_as_the_identity():
    """A decoder with fresh memory layers and the weights of one without them gives the
    same logits (so a trained decoder can grow them and fine-tune from where it was)."""
    v = make_vocab()
    plain, layered = make_decoder(v), make_decoder(v, memory_layers=2)
    extra = set(layered.state_dict()) - set(plain.state_dict())
    assert extra and all(k.startswith("memory_layers.") for k in extra)
    layered.load_state_dict(plain.state_dict(), strict=False)
    memory, mask = torch.randn(2, 5, 12), torch.ones(2, 5, dtype=torch.bool)
    seqs = torch.randint(0, len(v), (2, 6))
    with torch.no_grad():
        a = plain(seqs, plain.start(memory, mask))
        b = layered(seqs, layered.start(memory, mask))
        for layer in layered.memory_layers:  # once trained (nonzero output weights) they act
            torch.nn.init.normal_(layer.attn_out.weight, std=0.1)
        c = layered(seqs, layered.start(memory, mask))
    torch.testing.assert_close(a, b)
    assert not torch.allclose(a, c)


def test_lexical_embedding_reads_the_input_ids():
    v = make_vocab()
    torch.manual_seed(0)
    dec = Decoder(len(v), v.max_length, 12, 16, 2, 2, 32, 0.0, lexical_vocab=50).eval()
    memory, mask = torch.randn(2, 5, 12), torch.ones(2, 5, dtype=torch.bool)
    seqs = torch.randint(0, len(v), (2, 6))
    ids = torch.randint(1, 50, (2, 5))
    with pytest.raises(ValueError, match="memory_ids"):
        dec.start(memory, mask)
    torch.nn.init.normal_(dec.lexical.weight, std=0.5)
    with torch.no_grad():
        a = dec(seqs, dec.start(memory, mask, memory_ids=ids))
        b = dec(seqs, dec.start(memory, mask, memory_ids=(ids % 49) + 1))
    assert not torch.allclose(a, b)  # the same states, other tokens: other logits


def test_numeral_embedding_reads_magnitudes_piecewise_linearly():
    v = make_vocab()
    torch.manual_seed(0)
    dec = Decoder(len(v), v.max_length, 12, 16, 2, 2, 32, 0.0, numeral_bins=9).eval()
    assert not dec.numerals.weight.any()  # the magnitudes start at zero, the mark does not
    assert dec.numeral_mark.abs().sum() > 0
    memory, mask = torch.randn(2, 5, 12), torch.ones(2, 5, dtype=torch.bool)
    seqs = torch.randint(0, len(v), (2, 6))
    numbers = torch.tensor([[-1.0, 0.5, 0.5, -1.0, 0.0]] * 2)
    with pytest.raises(ValueError, match="memory_numbers"):
        dec.start(memory, mask)
    torch.nn.init.normal_(dec.numerals.weight, std=0.5)

    def logits(x):
        with torch.no_grad():
            return dec(seqs, dec.start(memory, mask, memory_numbers=x))

    other = numbers.clone()
    other[:, 1:3] = 1.5
    assert not torch.allclose(logits(numbers), logits(other))  # a larger literal reads apart
    off = numbers.clone()
    off[:, 0] = -7.0
    assert torch.allclose(logits(numbers), logits(off))  # tokens outside literals: no effect
    # halfway between two knots: the mean of their rows (1 / NUMERAL_STEP decade apart)
    x = torch.tensor([[0.0, 0.5 / NUMERAL_STEP, 1.0 / NUMERAL_STEP, 99.0]])
    emb = (dec._numeral_embedding(x) - dec.numeral_mark) / 16**0.5
    w = dec.numerals.weight
    assert torch.allclose(emb[0, 1], (w[0] + w[1]) / 2, atol=1e-6)
    assert torch.allclose(emb[0, 2], w[1], atol=1e-6) and torch.allclose(emb[0, 3], w[8])


def test_unread_tokens_are_memory_entries_of_their_own_and_padding_is_ignored():
    v = make_vocab()
    torch.manual_seed(0)
    dec = Decoder(len(v), v.max_length, 12, 16, 2, 2, 32, 0.0, lexical_vocab=50,
                  unread_stride=2).eval()  # fmt: skip
    torch.nn.init.normal_(dec.lexical.weight, std=0.5)
    memory, mask = torch.randn(2, 5, 12), torch.ones(2, 5, dtype=torch.bool)
    seqs = torch.randint(0, len(v), (2, 6))
    ids = torch.randint(1, 50, (2, 5))
    unread = torch.tensor([[7, 8, 6], [9, 0, 0]])
    with torch.no_grad():
        plain = dec(seqs, dec.start(memory, mask, memory_ids=ids))
        wide = dec(seqs, dec.start(memory, mask, memory_ids=torch.cat([ids, unread], 1)))
        other = dec(seqs, dec.start(memory, mask, memory_ids=torch.cat([ids, unread % 5], 1)))
        padded = torch.cat([ids, unread, torch.zeros(2, 4, dtype=torch.long)], 1)
        more_padding = dec(seqs, dec.start(memory, mask, memory_ids=padded))
    assert not torch.allclose(plain, wide)  # the unread tokens are read
    assert not torch.allclose(wide, other)  # and which tokens they are matters
    assert torch.allclose(wide, more_padding, atol=1e-6)  # padding is not read
    with pytest.raises(ValueError, match="memory_ids"):
        dec.start(memory, mask, memory_ids=ids[:, :4])
    # runs of 2: [7, 8] and [6] -> two entries for the first text, one for the second
    runs, runs_mask = dec._unread_runs(unread, 1.0)
    assert runs_mask.tolist() == [[True, True], [True, False]]
    emb = dec.lexical.weight
    assert torch.allclose(runs[0, 0], (emb[7] + emb[8]) / 2) and torch.allclose(runs[1, 0], emb[9])
    with pytest.raises(ValueError, match="unread_stride needs"):
        Decoder(len(v), v.max_length, 12, 16, 2, 2, 32, 0.0, unread_stride=2)


def test_fan_in_cross_init_makes_attention_depend_on_the_memory_from_the_start():
    """With 0.02-std weights every query reads ~the mean of the memory; with fan-in weights
    the attention weights over the same memory are far from uniform."""
    v = make_vocab()

    @torch.no_grad()
    def spread(fan_in: bool) -> float:
        torch.manual_seed(0)
        dec = Decoder(len(v), v.max_length, 12, 64, 1, 2, 32, 0.0, fan_in_cross_init=fan_in)
        layer = dec.layers[0]
        memory = dec.memory_norm(dec.memory_proj(torch.randn(1, 40, 12)))
        k, _ = layer.memory_kv(memory)  # (1, h, T, hd)
        q = layer._heads(layer.cross_q(layer.ln_cross(torch.randn(1, 1, 64))))
        weights = torch.softmax(q @ k.transpose(-1, -2) / k.shape[-1] ** 0.5, dim=-1)
        return float(weights.max() * 40)  # 1.0 = uniform

    assert spread(False) < 1.3
    assert spread(True) > 2.0


def test_attention_dropout_defaults_to_dropout_and_can_be_set_apart():
    dec = Decoder(20, 10, 12, 16, 2, 2, 32, 0.1)
    assert all(layer.attn_dropout == 0.1 for layer in dec.layers)
    dec = Decoder(20, 10, 12, 16, 2, 2, 32, 0.1, memory_layers=1, attn_dropout=0.0)
    layers = list(dec.layers) + list(dec.memory_layers)
    assert all(layer.attn_dropout == 0.0 for layer in layers)
    assert dec.drop.p == 0.1  # residual dropout unchanged


def test_in_order_rows_read_the_same_as_no_rows():
    v = make_vocab()
    dec = make_decoder(v)
    memory, mask = torch.randn(3, 5, 12), torch.ones(3, 5, dtype=torch.bool)
    seqs = torch.tensor([v.prompt("cpu", "default")] * 3)
    with torch.no_grad():
        plain = dec(seqs, dec.start(memory, mask))
        in_order = dec(seqs, dec.start(memory, mask, rows=torch.arange(3)))
        shuffled = dec(seqs, dec.start(memory, mask, rows=torch.tensor([2, 0, 1])))
    assert torch.equal(plain, in_order)
    assert torch.allclose(shuffled, plain[[2, 0, 1]], atol=1e-6)


def test_far_literals_are_memory_entries_read_by_magnitude_and_context():
    v = make_vocab()
    torch.manual_seed(0)
    with pytest.raises(ValueError, match="far_literals needs"):
        Decoder(len(v), v.max_length, 12, 16, 2, 2, 32, 0.0, far_literals=4)
    dec = Decoder(
        len(v), v.max_length, 12, 16, 2, 2, 32, 0.0, lexical_vocab=50, numeral_bins=9,
        fan_in_cross_init=True, far_literals=4,
    ).eval()  # fmt: skip
    torch.nn.init.normal_(dec.lexical.weight, std=0.5)
    torch.nn.init.normal_(dec.numerals.weight, std=0.5)
    memory, mask = torch.randn(2, 5, 12), torch.ones(2, 5, dtype=torch.bool)
    ids, numbers = torch.randint(1, 50, (2, 5)), torch.full((2, 5), -1.0)
    seqs = torch.randint(0, len(v), (2, 6))
    far_ids = torch.tensor([[[3, 4, 5], [6, 7, 0]]] * 2)
    mags = torch.tensor([[1.0, -1.0]] * 2)
    with pytest.raises(ValueError, match="memory_literals"):
        dec.start(memory, mask, memory_ids=ids, memory_numbers=numbers)

    def logits(far_ids, mags):
        with torch.no_grad():
            cache = dec.start(
                memory, mask, memory_ids=ids, memory_numbers=numbers,
                memory_literals=(far_ids, mags),
            )  # fmt: skip
            assert cache.memory_mask.shape[-1] == 5 + far_ids.shape[1]
            return dec(seqs, cache)

    base = logits(far_ids, mags)
    assert not torch.allclose(base, logits(far_ids, torch.tensor([[1.5, -1.0]] * 2)))  # size
    other = far_ids.clone()
    other[:, 0, 0] = 9
    assert not torch.allclose(base, logits(other, mags))  # context
    assert torch.allclose(base, logits(far_ids[:, :1], mags[:, :1]), atol=1e-6)  # -1: absent
    unmoved = far_ids.clone()
    unmoved[:, 1] = 11
    assert torch.allclose(base, logits(unmoved, mags), atol=1e-6)
