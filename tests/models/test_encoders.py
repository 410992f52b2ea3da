"""Encoders: the rendered input, pooling, the state cache (memory and disk), scratch BPE."""

from __future__ import annotations

import numpy as np
import torch

from perfhint.models import encoders
from perfhint.models.core import (
    CONTEXT_CHARS,
    CONTEXT_EARLY,
    CONTEXT_LINES,
    Query,
    literal_lines,
    workload_context,
)


def test_render_input_has_kind_and_language_header():
    q = Query("int main() {}\n", "program", "C", "this-machine", ("latency_s",))
    assert encoders.render_input(q) == "# kind: program\n# language: C\nint main() {}\n"


def test_a_query_s_context_follows_its_text_and_the_encoder_never_reads_it():
    q = Query("def f(v): ...\n", "function", "python", "this-machine", ("x",), context="n = 9")
    text = encoders.render_input(q)
    read = "# kind: function\n# language: python\ndef f(v): ...\n"
    assert encoders.split_context(text) == (read, "n = 9")
    assert encoders.rendered_kind(text) == "function"
    plain = encoders.render_input(Query("a\x1db", "program", "c", "p", ("x",)))
    assert encoders.split_context(plain) == ("# kind: program\n# language: c\na b", "")


def test_workload_context_is_the_last_literal_lines_outside_the_function():
    source = "\n".join(
        ["def work(v, n):", "    for i in range(n):", "        v[i] = i * 3", "",
         "def main():", *[f"    a{k} = {k % 2}" for k in range(8)], "    n = 1000  # size",
         "    work([0] * n, n)", "    print('done')"]
    )  # fmt: skip
    lines = literal_lines(source)
    assert [i for i, _ in lines] == [2, *range(5, 15)]
    context = workload_context(lines, 0, 2)
    assert context.split(" | ") == ["a4 = 0", "a5 = 1", "a6 = 0", "a7 = 1", "n = 1000  # size",
                                    "work([0] * n, n)"][-CONTEXT_LINES:]  # fmt: skip
    # main's own lines are not its context; the function's line above is
    assert workload_context(lines, 4, 15) == "v[i] = i * 3"
    assert workload_context([(0, "x = 1")], 0, 0) == ""
    long = literal_lines("y = " + "1 + " * 100 + "1")
    assert len(long[0][1]) == CONTEXT_CHARS


def test_workload_context_keeps_a_size_set_before_the_last_lines():
    """`n = 100000` opens main, then more literal lines than CONTEXT_LINES: the last lines
    lack 100000, so its line comes back (in file order); values they hold do not."""
    body = ["    n = 100_000", "    m = 7", "    seed = 42", "    h = 0"]
    body += [f"    h = (h * 31 + {k % 2}) % 1000000007" for k in range(CONTEXT_LINES)]
    source = "\n".join(["def work(v):", "    return v", "", "def main():", *body])
    context = workload_context(literal_lines(source), 0, 1).split(" | ")
    early = ["n = 100_000", "m = 7", "seed = 42"][-CONTEXT_EARLY:] if CONTEXT_EARLY else []
    assert context[: len(early)] == early and len(context) == CONTEXT_LINES + len(early)
    assert "h = 0" not in context  # 0 is in the last lines already
    assert context[-CONTEXT_LINES:] == [line.strip() for line in body[-CONTEXT_LINES:]]


def test_pool_states_averages_real_tokens_only():
    states = torch.arange(10, dtype=torch.float32).view(1, 5, 2)
    mask = torch.tensor([[True, True, True, False, False]])
    pooled, pmask = encoders.pool_states(states, mask, 2)
    assert pooled.shape == (1, 3, 2) and pmask.tolist() == [[True, True, False]]
    torch.testing.assert_close(pooled[0, 0], states[0, :2].mean(0))
    torch.testing.assert_close(pooled[0, 1], states[0, 2])  # padding not averaged in


def test_pretrained_encoder_truncates_and_skips_padding(tiny_encoder_dir):
    enc = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=16)
    ids = enc.tokenize(["a", "buf0 = alloc(5)\n" * 20])
    assert len(ids[0]) < len(ids[1]) == 16
    states, mask = enc(ids)
    assert states.shape[:2] == mask.shape == (2, 16)
    assert mask.sum(1).tolist() == [len(ids[0]), 16]


def test_tail_tokens_keep_the_end_of_a_long_text(tiny_encoder_dir):
    """A program's workload is built at its end: head + tail survive, the middle is dropped."""
    text = "buf0 = alloc(5)\n" * 12 + "main(12345)\n"
    whole = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=128).tokenize([text])[0]
    head = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32)
    both = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32, tail_tokens=12)
    assert 32 < len(whole) < 128
    assert head.tokenize([text])[0] == whole[:31] + whole[-1:]  # the closing special token stays
    ids = both.tokenize([text, "a"])
    assert ids[0] == whole[:20] + whole[-12:]
    assert ids[1] == head.tokenize(["a"])[0]  # short texts are untouched
    assert both.key != head.key  # cached states of one setting are never read by the other


def test_split_gives_the_window_and_what_it_left_out_in_order(tiny_encoder_dir):
    """A lexical decoder embeds what the encoder did not read: the middle of a program, the
    end of a head-only text; nothing of a text that fits."""
    text = "buf0 = alloc(5)\n" * 12 + "main(12345)\n"
    cell = "buf0 = alloc(5)\n" * 6
    arch = encoders.render_input(Query(cell, "architecture", "python", "this-machine", ("x",)))
    whole, whole_arch = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=256).tokenize(
        [text, arch]
    )
    both = encoders.load_pretrained(
        str(tiny_encoder_dir), max_tokens=32, tail_tokens=12, head_kinds=("architecture",)
    )
    (read, unread), (short, nothing), (arch_read, arch_unread) = both.split([text, "a", arch], 500)
    assert [read, short, arch_read] == both.tokenize([text, "a", arch])
    assert unread == whole[20:-12] and read + unread != whole
    assert sorted(read + unread) == sorted(whole)  # every token, once
    assert 32 < len(whole_arch) < 256
    assert nothing == [] and arch_unread == whole_arch[32:]
    assert both.split([text], 5)[0][1] == whole[20:25]  # at most `unread`, the first ones
    head = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32)
    ((read, unread),) = head.split([text], 500)
    assert read == head.tokenize([text])[0] and unread == whole[32:]
    assert len(head.tokenize([text])[0]) == 32  # the split left the window's truncation on

    ids = encoders.lexical_ids([(read, unread), ([5, 6], [])])
    assert ids.shape == (2, 32 + len(unread))
    assert ids[1].tolist() == [5, 6] + [0] * (30 + len(unread))
    assert encoders.lexical_ids([([5, 6], []), ([7], [])]).tolist() == [[5, 6], [7, 0]]


def test_head_kinds_read_only_the_head_of_their_texts(tiny_encoder_dir):
    """An architecture's cell comes first and its shared skeleton last: its head is kept."""
    body = "buf0 = alloc(5)\n" * 12 + "main(12345)\n"
    arch, prog = (
        encoders.render_input(Query(body, k, "python", "this-machine", ("latency_s",)))
        for k in ("architecture", "program")
    )
    assert encoders.rendered_kind(arch) == "architecture" and encoders.rendered_kind("x") == ""
    tail = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32, tail_tokens=12)
    mixed = encoders.load_pretrained(
        str(tiny_encoder_dir), max_tokens=32, tail_tokens=12, head_kinds=("architecture",)
    )
    whole = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=256).tokenize([arch])[0]
    ids = mixed.tokenize([arch, prog])
    assert ids[0] == whole[:32]
    assert ids[1] == tail.tokenize([prog])[0] != ids[0][:32]
    assert mixed.key != tail.key


def test_state_cache_encodes_once_and_reuses_disk(tiny_encoder_dir, tmp_path):
    enc = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=64)
    texts = ["buf0 = alloc(5)\n", "x", "buf0 = alloc(5)\n", "for i in range(10):\n    print(i)\n"]
    cache = encoders.StateCache(enc, cache_dir=tmp_path)
    cache.fill(texts, batch_size=2)
    assert len(cache.states) == 3
    with torch.no_grad():
        direct, mask = enc(enc.tokenize([texts[3]]))
    torch.testing.assert_close(cache.states[texts[3]].float(), direct[0], atol=2e-3, rtol=2e-3)
    files = list(tmp_path.rglob("*.safetensors"))
    assert len(files) == 3

    calls = []
    original = enc.forward
    enc.forward = lambda ids: calls.append(ids) or original(ids)
    again = encoders.StateCache(enc, cache_dir=tmp_path)
    again.fill(texts)
    assert calls == []  # everything came from disk
    batch, bmask = again.batch(texts[:2], "cpu")
    assert batch.shape[0] == 2 and bmask.sum(1).tolist() == [
        cache.states[texts[0]].shape[0],
        cache.states[texts[1]].shape[0],
    ]
    # a context is not encoder input: the same function under two contexts is one entry
    mark = encoders.CONTEXT_MARK
    again.fill([texts[0] + mark + "n = 10", texts[0] + mark + "n = 99"])
    assert calls == [] and again.length(texts[0] + mark + "n = 10") == bmask[0].sum()
    with_context, _ = again.batch([texts[0] + mark + "n = 10", texts[0]], "cpu")
    torch.testing.assert_close(with_context[0], with_context[1])


def test_scratch_encoder_learns_a_code_vocabulary():
    texts = ["for i in range(10):\n    total += i * i\n"] * 20 + [
        "while x < 10 ** 6:\n    x *= 2\n"
    ] * 20
    tok = encoders.train_bpe(texts, vocab_size=300)
    enc = encoders.build_scratch(tok, d_model=16, n_layers=1, n_heads=2, max_tokens=64)
    ids = enc.tokenize(["    total += i * i\n"])[0]
    pieces = tok.decode(ids)
    assert "total += i * i" in pieces  # byte-level: indentation and operators survive
    digits = tok.encode("x = 250000").tokens[1:-1]  # digit by digit, however frequent
    assert (
        digits[-6:] == list("250000") and tok.decode(tok.encode("x = 250000").ids) == "x = 250000"
    )
    states, mask = enc([ids])
    assert states.shape == (1, len(ids), 16)


def test_split_digits_reads_every_digit_as_a_token(tiny_encoder_dir):
    """A workload size's magnitude becomes its digit count, not whichever pieces are in vocab."""
    plain = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=64)
    split = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=64, split_digits=True)
    text = "n = 250000\nmain(n)\n"
    pieces = split.tokenizer.encode(text).tokens
    assert [p for p in pieces if any(c.isdigit() for c in p)] == list("250000")
    assert len(split.tokenize([text])[0]) > len(plain.tokenize([text])[0])
    assert split.tokenize(["main(x)"]) == plain.tokenize(["main(x)"])  # no digits: unchanged
    assert split.key != plain.key


def test_numeral_spans_read_literals_not_names():
    """Each literal once, with its value's magnitude; grouping and type suffixes are read,
    digits inside names are not."""
    text = "n = 250000; x1 = 0x10; y = 1.5e3; z = 1_000_000; w = 3000L; k = 7_i64; int64_t q = 0"
    spans = encoders.numeral_spans(text)
    assert [text[a:b] for a, b, _ in spans] == [
        "250000", "0x10", "1.5e3", "1_000_000", "3000L", "7_i64", "0"
    ]  # fmt: skip
    values = [10**x - 1 for _, _, x in spans]
    assert np.allclose(values, [250000, 16, 1500, 1e6, 3000, 7, 0])
    assert encoders.numeral_spans("f(1e999)")[0][2] == encoders.NUMERAL_MAX


def test_numbers_align_with_the_window(tiny_encoder_dir):
    """Every word piece of a literal carries its magnitude, other tokens -1, and the list is
    cut by the same head + tail window as the ids the encoder reads."""
    enc = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32, tail_tokens=12)
    text = "buf0 = alloc(5)\n" * 12 + "main(250000)\n"
    (read, _), (short, _) = enc.split([text, "n = 250000"], 0)
    numbers, short_numbers = enc.numbers([text, "n = 250000"])
    assert len(numbers) == len(read) and len(short_numbers) == len(short)
    pieces = enc.tokenizer.encode("n = 250000").tokens
    marked = [p for p, x in zip(pieces, short_numbers, strict=True) if x >= 0]
    assert "".join(marked).replace("##", "").replace("Ġ", "") == "250000"
    assert {round(x, 3) for x in short_numbers if x >= 0} == {round(np.log10(250001), 3)}
    assert round(max(numbers), 3) == round(np.log10(250001), 3)  # the tail's literal is read
    assert short_numbers[0] == short_numbers[-1] == -1.0  # special tokens are not numerals
    padded = encoders.pad_numbers([[1.0, 2.0], [3.0]])
    assert padded.tolist() == [[1.0, 2.0], [3.0, -1.0]]


def test_far_literals_are_the_literals_the_window_leaves_out(tiny_encoder_dir):
    """A workload size assigned in the middle of a program (outside head + tail) is found,
    with the tokens before it; literals inside the window and in short texts are not."""
    enc = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32, tail_tokens=12)
    middle = "".join(f"buf{i} = alloc({10**i})\n" for i in range(1, 7))
    text = "x = 5\n" * 4 + middle + "y = z\n" * 3 + "main(12345)\n"
    (found,), (short,) = enc.far_literals([text], 10, 3), enc.far_literals(["n = 7"], 10, 3)
    assert short == []
    (read, unread) = enc.split([text], 500)[0]
    values = [round(10**x - 1) for _, x in found]
    assert values and set(values) <= {10**i for i in range(1, 7)}  # the middle's, in order
    assert values == sorted(values) and 12345 not in values and 5 not in values
    context, magnitude = found[-1]
    assert len(context) == 4 and set(context) <= set(unread)
    assert context[-1] in enc.tokenizer.encode(str(values[-1])).ids  # the literal's first piece
    assert enc.far_literals([text], 2, 3)[0] == found[-2:]  # the last ones kept
    assert [len(c) for c, _ in enc.far_literals([text], 10, 0)[0]] == [1] * len(found)
    head = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32)
    assert round(10 ** head.far_literals([text], 10, 0)[0][-1][1] - 1) == 12345  # past the head

    ids, mags = encoders.pad_literals([found[:2], []])
    assert ids.shape == (2, 2, 4) and mags[1].tolist() == [-1.0, -1.0]
    assert ids[0, 0].tolist() == found[0][0] and mags[0, 1] == float(found[1][1])
    assert encoders.pad_literals([[], []])[0].shape == (2, 1, 1)


def test_early_far_literals_keep_a_size_that_later_constants_would_crowd_out(tiny_encoder_dir):
    """A size assigned early in a long middle, then many `a + 1` / `b = 0`: the last few
    literals are all 0s and 1s; `early` adds the first occurrences of the values they lack."""
    enc = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32, tail_tokens=12)
    middle = "m = 5\nn = 70000\n" + "".join(f"a{i} = a{i} + 1\nb{i} = 0\n" for i in range(12))
    text = "x = y\n" * 6 + middle + "y = z\n" * 3 + "main(n)\n"
    values = lambda found: [round(10**x - 1) for _, x in found]  # noqa: E731
    last = enc.far_literals([text], 4, 3)[0]
    assert values(last) == [1, 0, 1, 0]
    (found,) = enc.far_literals([text], 4, 3, early=2)
    assert values(found) == [5, 70000, 1, 0, 1, 0] and found[2:] == last  # text order
    assert found[1][0][-1] in enc.tokenizer.encode("70000").ids and len(found[1][0]) == 4
    assert values(enc.far_literals([text], 4, 3, early=1)[0]) == [70000, 1, 0, 1, 0]  # latest
    assert enc.far_literals([text], 40, 3, early=2) == enc.far_literals([text], 40, 3)  # all in


def test_a_context_s_literals_are_far_literals_and_leave_the_encoder_s_input_alone(
    tiny_encoder_dir,
):
    enc = encoders.load_pretrained(str(tiny_encoder_dir), max_tokens=32, tail_tokens=12)
    q = Query("def f(v): return v\n", "function", "python", "p", ("x",))
    bare = encoders.render_input(q)
    small = encoders.render_input(Query(**{**q.__dict__, "context": "n = 10 | f([0] * n)"}))
    large = encoders.render_input(Query(**{**q.__dict__, "context": "n = 10**6 | f([0] * n)"}))
    assert enc.split([bare, small], 8) == enc.split([bare, bare], 8)
    assert enc.numbers([small]) == enc.numbers([bare])
    (none, few, more) = enc.far_literals([bare, small, large], 10, 2)
    assert none == [] and [round(10**x - 1) for _, x in few] == [10, 0]
    assert [round(10**x - 1) for _, x in more] == [10, 6, 0]
    assert few[0][0][-1] in enc.tokenizer.encode("10").ids and len(few[0][0]) == 3
    assert enc.far_literals([large], 1, 2)[0] == more[-1:]
    # a text not searched past its window still gives its context's literals
    long = encoders.render_input(
        Query(**{**q.__dict__, "text": "x = 5\n" * 40, "context": "n = 10"})
    )
    assert enc.far_literals([long], 10, 2, past=[False])[0] == few[:1]
    assert [round(10**x - 1) for _, x in enc.far_literals([long], 10, 2)[0]][-1] == 10
