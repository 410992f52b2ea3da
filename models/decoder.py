"""The decoder: a small pre-norm transformer that cross-attends to encoder states and emits
number tokens, with a KV cache for incremental decoding.

Token sequence of one query: [bos, <P:profile>, <M:mode>, <T:target1>, n1..., <T:target2>, n2...]
where each n is a NumberFormat number (`num_digits + 2` tokens). Everything but the numbers
is forced; the grammar inside a number depends only on the position, so a static
(positions, vocab) logit bias enforces it at training and decoding time alike.

Sampling expands every input to S sequences. Cross-attention never copies the encoder
states S times: the S samples of one input are folded into that input's query axis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from perfhint.models.numeric import NumberFormat

PAD, BOS = "<pad>", "<bos>"
PROMPT_LENGTH = 3  # bos, profile, mode
NUMERAL_STEP = 4  # knots of the numeral embedding per decade of magnitude


def spare_profile_name(i: int) -> str:
    return f"<spare{i}>"


class Vocab:
    """Decoder tokens: specials, one slot per profile (plus spare slots), modes, targets, numbers.

    Profile slots are numbered in order, so assigning a spare slot to a new profile keeps every
    id (and every weight shape) unchanged.
    """

    def __init__(
        self,
        profiles: tuple[str, ...],
        spare_profiles: int,
        modes: tuple[str, ...],
        targets: tuple[str, ...],
        number: NumberFormat,
    ) -> None:
        self.number = number
        slots = list(profiles) + [spare_profile_name(i) for i in range(spare_profiles)]
        self.tokens: list[str] = [PAD, BOS]
        self.tokens += [f"<P:{p}>" for p in slots]
        self.tokens += [f"<M:{m}>" for m in modes]
        self.tokens += [f"<T:{t}>" for t in targets]
        self.number_offset = len(self.tokens)
        self.tokens += list(number.tokens)
        self.index = {t: i for i, t in enumerate(self.tokens)}
        self.max_targets = len(targets)
        self.max_length = PROMPT_LENGTH + self.max_targets * (number.length + 1)

    def __len__(self) -> int:
        return len(self.tokens)

    def profile_id(self, profile: str) -> int:
        return self.index[f"<P:{profile}>"]

    def mode_id(self, mode: str) -> int:
        return self.index[f"<M:{mode}>"]

    def target_id(self, target: str) -> int:
        return self.index[f"<T:{target}>"]

    def prompt(self, profile: str, mode: str) -> list[int]:
        return [self.index[BOS], self.profile_id(profile), self.mode_id(mode)]

    def sequence(self, profile: str, mode: str, targets, values) -> list[int]:
        """Full teacher-forcing sequence of a labelled query."""
        ids = self.prompt(profile, mode)
        for target, value in zip(targets, values, strict=True):
            ids.append(self.target_id(target))
            ids += [self.number_offset + i for i in self.number.encode_ids(float(value))]
        return ids

    def number_position(self, position: int) -> int:
        """-1 if sequence position `position` holds a forced token, else its place in a number."""
        if position < PROMPT_LENGTH:
            return -1
        r = (position - PROMPT_LENGTH) % (self.number.length + 1)
        return r - 1

    def logit_bias(self) -> torch.Tensor:
        """(max_length, V) additive bias for the logits at input position i (predicting i+1):
        -inf for tokens the grammar forbids at i+1, 0 elsewhere (all 0 before forced tokens)."""
        allowed = self.number.allowed_mask()  # (L, number vocab)
        bias = np.zeros((self.max_length, len(self)), dtype=np.float32)
        for i in range(self.max_length - 1):
            p = self.number_position(i + 1)
            if p >= 0:
                row = np.full(len(self), -np.inf, dtype=np.float32)
                row[self.number_offset :][allowed[p]] = 0.0
                bias[i] = row
        return torch.from_numpy(bias)


@dataclass
class KVCache:
    """Per-layer keys/values: self-attention fills a preallocated buffer a step at a time,
    cross-attention keys/values are computed once from the memory.

    self_kv[l]: two (N, heads, capacity, head_dim) buffers, N = B * S (allocated on first use;
    None when capacity is 0, i.e. a plain full forward); cross_kv[l]: (B, heads, T, head_dim) x2.
    """

    cross_kv: list[tuple[torch.Tensor, torch.Tensor]]
    memory_mask: torch.Tensor  # (B, 1, 1, T) bool
    capacity: int = 0
    self_kv: list[tuple[torch.Tensor, torch.Tensor] | None] = field(default_factory=list)
    length: int = 0

    def expand(self, samples: int) -> None:
        """Repeat every cached sequence `samples` times (input-major), e.g. after a shared prompt."""
        self.self_kv = [
            None
            if kv is None
            else (kv[0].repeat_interleave(samples, 0), kv[1].repeat_interleave(samples, 0))
            for kv in self.self_kv
        ]


def split_heads(x: torch.Tensor, n_heads: int) -> torch.Tensor:
    """(N, t, D) -> (N, heads, t, D / heads)."""
    N, t, D = x.shape
    return x.view(N, t, n_heads, D // n_heads).transpose(1, 2)


class DecoderLayer(nn.Module):
    def __init__(
        self, d_model: int, n_heads: int, d_ff: int, dropout: float, attn_dropout: float
    ) -> None:
        super().__init__()
        self.n_heads = n_heads
        self.attn_dropout = attn_dropout
        self.ln_self = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.self_out = nn.Linear(d_model, d_model)
        self.ln_cross = nn.LayerNorm(d_model)
        self.cross_q = nn.Linear(d_model, d_model)
        self.cross_kv = nn.Linear(d_model, 2 * d_model)
        self.cross_out = nn.Linear(d_model, d_model)
        self.ln_mlp = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, d_ff), nn.GELU(), nn.Linear(d_ff, d_model))
        self.drop = nn.Dropout(dropout)

    def _heads(self, x: torch.Tensor) -> torch.Tensor:
        return split_heads(x, self.n_heads)

    def memory_kv(self, memory: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        k, v = self.cross_kv(memory).chunk(2, dim=-1)
        return self._heads(k), self._heads(v)

    def forward(self, x, cache: KVCache, index: int):
        """x (N, t, D) at positions cache.length.. -> x; writes this layer's keys/values."""
        N, t, D = x.shape
        past = cache.length
        p = self.attn_dropout if self.training else 0.0
        q, k, v = self.qkv(self.ln_self(x)).chunk(3, dim=-1)
        q, k, v = self._heads(q), self._heads(k), self._heads(v)
        if cache.capacity:
            if cache.self_kv[index] is None:
                shape = (N, self.n_heads, cache.capacity, D // self.n_heads)
                cache.self_kv[index] = (k.new_empty(shape), v.new_empty(shape))
            kbuf, vbuf = cache.self_kv[index]
            kbuf[:, :, past : past + t] = k
            vbuf[:, :, past : past + t] = v
            k, v = kbuf[:, :, : past + t], vbuf[:, :, : past + t]
        elif past:
            raise ValueError("a cache without capacity only serves one full forward")
        if past == 0:
            a = F.scaled_dot_product_attention(q, k, v, dropout_p=p, is_causal=t > 1)
        elif t == 1:
            a = F.scaled_dot_product_attention(q, k, v, dropout_p=p)
        else:  # several new tokens after a cached prefix: causal within the new ones
            i = torch.arange(t, device=x.device)[:, None] + past
            allowed = torch.arange(past + t, device=x.device)[None, :] <= i
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=allowed, dropout_p=p)
        x = x + self.drop(self.self_out(a.transpose(1, 2).reshape(N, t, D)))

        # cross-attention: fold the S samples of each input into its query axis
        ck, cv = cache.cross_kv[index]
        B = ck.shape[0]
        S = N // B
        h, hd = self.n_heads, D // self.n_heads
        cq = self._heads(self.cross_q(self.ln_cross(x)))  # (N, h, t, hd)
        cq = cq.view(B, S, h, t, hd).transpose(1, 2).reshape(B, h, S * t, hd)
        a = F.scaled_dot_product_attention(cq, ck, cv, attn_mask=cache.memory_mask, dropout_p=p)
        a = a.view(B, h, S, t, hd).permute(0, 2, 3, 1, 4).reshape(N, t, D)
        x = x + self.drop(self.cross_out(a))
        return x + self.drop(self.mlp(self.ln_mlp(x)))


class MemoryLayer(nn.Module):
    """A trainable pre-norm self-attention layer over the (projected) encoder states.

    A frozen encoder's states stay fixed (and cached); these layers learn what the decoder
    should read from them, e.g. which number in the text is the workload size. Their output
    projections start at zero, so a new layer is the identity until it is trained (a layer
    added to a trained decoder changes nothing before fine-tuning).
    """

    def __init__(
        self, d_model: int, n_heads: int, d_ff: int, dropout: float, attn_dropout: float
    ) -> None:
        super().__init__()
        self.n_heads = n_heads
        self.attn_dropout = attn_dropout
        self.ln_attn = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.attn_out = nn.Linear(d_model, d_model)
        self.ln_mlp = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, d_ff), nn.GELU(), nn.Linear(d_ff, d_model))
        self.drop = nn.Dropout(dropout)

    def forward(self, m: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """m (U, T, D), mask (U, T) True where a state is real -> (U, T, D)."""
        U, T, D = m.shape
        q, k, v = (split_heads(t, self.n_heads) for t in self.qkv(self.ln_attn(m)).chunk(3, -1))
        p = self.attn_dropout if self.training else 0.0
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :], dropout_p=p)
        m = m + self.drop(self.attn_out(a.transpose(1, 2).reshape(U, T, D)))
        return m + self.drop(self.mlp(self.ln_mlp(m)))


class Decoder(nn.Module):
    """Token ids + encoder states -> next-token logits, optionally through a KVCache.

    memory_layers: MemoryLayers applied to the projected encoder states before the decoder
    layers cross-attend to them (0 = the decoder reads the projected states directly).
    lexical_vocab: the encoder's vocabulary size, to learn an embedding of each input token
    that is added to its projected state (0 = none). A frozen encoder's states say little about
    what a literal like `250000` is worth; a trainable embedding of its word pieces can learn
    it, as a bag-of-tokens regression does. It starts at zero: a decoder that grows it is
    unchanged until trained.
    unread_stride: > 0: the lexical embedding also reads input tokens that have no encoder
        state (those the encoder's window left out), averaged over runs of this many
        consecutive tokens; each run becomes a memory entry of its own, a learned "unread"
        vector plus that mean. A frozen encoder's window then bounds only what is read in
        context, not what is read at all; the runs keep cross-attention's cost (mostly the
        keys/values of every memory entry) from growing with every token.
    fan_in_cross_init: initialise the cross-attention query and key/value projections with
    std 1/sqrt(fan_in) rather than 0.02. With 0.02 the attention logits start near 0, every
    query reads the plain mean of the memory, and programs of one language look alike.
    numeral_bins: > 0: also add to the state of every token inside a numeric literal a
        learned function of the literal's magnitude x = log10(1 + value) (`encoders.numbers`),
        piecewise linear between `numeral_bins` knots 1/NUMERAL_STEP decade apart (rows that start
        at zero), plus a learned mark (random at first, so cross-attention can tell the
        literals apart from the first step): word pieces name a number, this says how large
        it is, so `3000` and `300000` differ by the same step whatever pieces spell them.
    far_literals: > 0 (needs lexical_vocab and numeral_bins): `start` also takes up to this
        many numeric literals the encoder's window left out (`memory_literals`), each one
        memory entry: a learned "far" vector, the literal's numeral embedding and the mean
        lexical embedding of the literal's first token and the few tokens before it.
    attn_dropout: dropout on attention weights (None = `dropout`). Attention dropout keeps
    PyTorch's CPU attention on its slow path (0: ~4 % faster steps, bench/train_step.py).
    """

    def __init__(
        self,
        vocab_size: int,
        max_length: int,
        memory_dim: int,
        d_model: int,
        n_layers: int,
        n_heads: int,
        d_ff: int,
        dropout: float,
        memory_layers: int = 0,
        lexical_vocab: int = 0,
        fan_in_cross_init: bool = False,
        attn_dropout: float | None = None,
        unread_stride: int = 0,
        numeral_bins: int = 0,
        far_literals: int = 0,
    ) -> None:
        super().__init__()
        if d_model % n_heads:
            raise ValueError(f"d_model {d_model} is not a multiple of n_heads {n_heads}")
        self.tok_emb = nn.Embedding(vocab_size, d_model)
        self.pos_emb = nn.Embedding(max_length, d_model)
        self.memory_proj = nn.Linear(memory_dim, d_model)
        self.memory_norm = nn.LayerNorm(d_model)
        self.lexical = nn.Embedding(lexical_vocab, d_model) if lexical_vocab else None
        if unread_stride and not lexical_vocab:
            raise ValueError("unread_stride needs a lexical embedding (lexical_vocab > 0)")
        self.unread_stride = unread_stride
        self.numerals = nn.Embedding(numeral_bins, d_model) if numeral_bins else None
        # unit scale, as `unread`: numeral positions get keys of their own from the first
        # step, so cross-attention can find the literals before their values have learned
        self.numeral_mark = nn.Parameter(torch.randn(d_model)) if numeral_bins else None
        # unit scale, as the normalised states beside it
        self.unread = nn.Parameter(torch.randn(d_model)) if unread_stride else None
        if far_literals and not (lexical_vocab and numeral_bins):
            raise ValueError("far_literals needs a lexical and a numeral embedding")
        self.far = nn.Parameter(torch.randn(d_model)) if far_literals else None
        attn = dropout if attn_dropout is None else attn_dropout
        self.memory_layers = nn.ModuleList(
            MemoryLayer(d_model, n_heads, d_ff, dropout, attn) for _ in range(memory_layers)
        )
        self.layers = nn.ModuleList(
            DecoderLayer(d_model, n_heads, d_ff, dropout, attn) for _ in range(n_layers)
        )
        self.ln_f = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab_size)
        self.drop = nn.Dropout(dropout)
        self.apply(self._init)
        for layer in self.memory_layers:
            nn.init.zeros_(layer.attn_out.weight)
            nn.init.zeros_(layer.mlp[-1].weight)
        for table in (self.lexical, self.numerals):
            if table is not None:
                nn.init.zeros_(table.weight)
        if fan_in_cross_init:
            for layer in self.layers:
                for lin in (layer.cross_q, layer.cross_kv):
                    nn.init.normal_(lin.weight, std=lin.in_features**-0.5)

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.02)
            nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)

    def start(
        self,
        memory: torch.Tensor,
        memory_mask: torch.Tensor,
        capacity: int = 0,
        rows: torch.Tensor | None = None,
        memory_ids: torch.Tensor | None = None,
        memory_numbers: torch.Tensor | None = None,
        memory_literals: tuple[torch.Tensor, torch.Tensor] | None = None,
    ) -> KVCache:
        """A cache with the cross-attention keys/values of memory (U, T, H), mask (U, T).

        capacity: positions to keep self-attention keys/values for (0: one full forward only).
        rows: (B,) index into the U distinct memories, one per input, when several inputs read
        the same text (one network on many devices): the keys/values are computed once per
        distinct text, then gathered. None: input i reads memory i.
        memory_ids: (U, T) the encoder's input token ids behind each state (0 where masked);
        required when the decoder has a lexical embedding. With `unread_stride`, (U, T + E):
        then E ids the encoder did not read (0 = padding; `encoders.lexical_ids`).
        memory_numbers: (U, T) each state's numeral magnitude, -1 where none
        (`encoders.pad_numbers`); required when the decoder has a numeral embedding.
        memory_literals: with `far_literals`, (ids (U, K, C), magnitudes (U, K)) of the
        literals past the window (`encoders.pad_literals`; magnitude -1 = none).
        """
        m = self.memory_norm(self.memory_proj(memory))
        if self.numerals is not None:
            if memory_numbers is None or memory_numbers.shape != memory.shape[:2]:
                raise ValueError("a decoder with a numeral embedding needs memory_numbers (U, T)")
            m = m + self._numeral_embedding(memory_numbers)
        if self.lexical is not None:
            U, T = memory.shape[:2]
            wide = self.unread is not None and memory_ids is not None
            if (
                memory_ids is None
                or memory_ids.shape[0] != U
                or (memory_ids.shape[1] < T if wide else memory_ids.shape[1] != T)
            ):
                raise ValueError("a decoder with a lexical embedding needs memory_ids (U, T)")
            # scaled as token embeddings are: rows that start at zero and move by ~lr a step
            # would otherwise stay tiny beside the unit-variance normalised states
            scale = self.lexical.embedding_dim**0.5
            m = m + self.lexical(memory_ids[:, :T]) * scale
            if memory_ids.shape[1] > T:
                runs, runs_mask = self._unread_runs(memory_ids[:, T:], scale)
                m = torch.cat([m, self.unread + runs], dim=1)
                memory_mask = torch.cat([memory_mask, runs_mask], dim=1)
        if self.far is not None:
            if memory_literals is None or memory_literals[1].shape[0] != memory.shape[0]:
                raise ValueError("a decoder with far_literals needs memory_literals (U, K, C)")
            entries, present = self._far_entries(*memory_literals)
            m = torch.cat([m, entries], dim=1)
            memory_mask = torch.cat([memory_mask, present], dim=1)
        for layer in self.memory_layers:
            m = layer(m, memory_mask)
        cross_kv = [layer.memory_kv(m) for layer in self.layers]
        U = memory.shape[0]
        if rows is not None and rows.shape[0] == U:  # input i reads memory i: nothing to gather
            rows = None if torch.equal(rows, torch.arange(U, device=rows.device)) else rows
        if rows is not None:
            cross_kv = [(k[rows], v[rows]) for k, v in cross_kv]
            memory_mask = memory_mask[rows]
        return KVCache(
            cross_kv=cross_kv,
            memory_mask=memory_mask[:, None, None, :],
            capacity=capacity,
            self_kv=[None] * len(self.layers),
        )

    def _numeral_embedding(self, x: torch.Tensor) -> torch.Tensor:
        """(U, T) magnitudes (-1 = not a numeral) -> (U, T, D): the two knots around each
        magnitude mixed linearly, scaled as the lexical embedding is; zero off numerals."""
        n = self.numerals.num_embeddings
        pos = (x.clamp(min=0) * NUMERAL_STEP).clamp(max=n - 1)
        lo = pos.floor().long().clamp(max=n - 2)
        frac = (pos - lo)[..., None]
        emb = self.numerals(lo) * (1 - frac) + self.numerals(lo + 1) * frac
        scale = self.numerals.embedding_dim**0.5
        return (emb * scale + self.numeral_mark) * (x >= 0)[..., None]

    def _unread_runs(self, ids: torch.Tensor, scale: float):
        """(U, E) unread ids (0 = padding) -> the mean scaled embedding of each run of
        `unread_stride` of them (U, ceil(E / stride), D) and which runs hold any (mask)."""
        U, E = ids.shape
        k = self.unread_stride
        runs = F.pad(ids, (0, (-E) % k)).view(-1, k)
        # summed per run without materialising (U, E, D): one row per run, padding skipped
        emb = F.embedding_bag(runs, self.lexical.weight, mode="sum", padding_idx=0)
        count = (runs != 0).sum(1, keepdim=True)
        emb = emb * scale / count.clamp(min=1)
        return emb.view(U, -1, emb.shape[-1]), count.view(U, -1) > 0

    def _far_entries(self, ids: torch.Tensor, magnitudes: torch.Tensor):
        """ids (U, K, C), magnitudes (U, K) -> memory entries (U, K, D) and their mask."""
        U, K, C = ids.shape
        bag = F.embedding_bag(ids.reshape(-1, C), self.lexical.weight, mode="sum", padding_idx=0)
        count = (ids.reshape(-1, C) != 0).sum(1, keepdim=True).clamp(min=1)
        bag = (bag * self.lexical.embedding_dim**0.5 / count).view(U, K, -1)
        entries = self.far + bag + self._numeral_embedding(magnitudes)
        return entries, magnitudes >= 0

    def forward(self, tokens: torch.Tensor, cache: KVCache) -> torch.Tensor:
        """tokens (N, t) following cache.length earlier ones -> logits (N, t, V); updates cache.

        N must be a multiple of the number of inputs B the cache was started with (N = B * S,
        input-major). With a fresh cache this is the plain full forward.
        """
        N, t = tokens.shape
        past = cache.length
        pos = torch.arange(past, past + t, device=tokens.device)
        x = self.drop(self.tok_emb(tokens) + self.pos_emb(pos))
        for i, layer in enumerate(self.layers):
            x = layer(x, cache, i)
        cache.length = past + t
        return self.head(self.ln_f(x))
