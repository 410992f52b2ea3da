"""The Regression Language Model: a text encoder + a number-emitting decoder, one for all
tasks, profiles, modes and targets.

    model = RegressionLM.create(ModelConfig(...)).fit(train, valid, TrainConfig(...))
    model.save(path, card="...")
    model = RegressionLM.load(path)
    model.predict(queries, num_samples=32)   # list[Prediction]: median, p10, p90 per target
    model.sample(queries, num_samples=32)    # list[np.ndarray (num_samples, n_targets)]

Checkpoint directory: config.json, model.safetensors, card.md (and tokenizer.json for a
scratch encoder). No pickle anywhere; a frozen pretrained encoder is referenced, not copied.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from perfhint.models import encoders
from perfhint.models.calibrate import ProfileMix
from perfhint.models.checkpoints import CheckpointError
from perfhint.models.core import (
    DEFAULT_MODE,
    DERIVED_TARGETS,
    Example,
    Prediction,
    Quantiles,
    Query,
)
from perfhint.models.decoder import NUMERAL_STEP, Decoder, Vocab
from perfhint.models.numeric import NumberFormat

FORMAT_VERSION = 1
# ModelConfig fields that choose which tokens the encoder reads, not the weights' shapes
WINDOW_FIELDS = (
    "max_input_tokens",
    "tail_tokens",
    "head_kinds",
    "split_digits",
    "unread_kinds",
    "literal_context",
    "context_literals",
    "early_literals",
)
# what fine-tuning may change besides the window: memory layers and the lexical and numeral
# embeddings can be added (they start at zero, so the decoder starts as it was), and the
# literals past the window (new memory entries: the predictions move from the first step)
GROWABLE_FIELDS = ("memory_layers", "lexical", "numerals", "far_literals")
NUMERAL_BINS = int(encoders.NUMERAL_MAX) * NUMERAL_STEP + 1


@dataclass(frozen=True)
class ModelConfig:
    """Architecture and vocabulary of a RegressionLM (saved as JSON beside the weights).

    encoder: "minilm" (shipped all-MiniLM-L6-v2), "scratch" (trained with the model on a
        learned byte-level BPE), or a local Hugging Face encoder directory.
    max_input_tokens: encoder input length; longer texts are truncated (head kept).
    tail_tokens: of those, how many come from the end of a text that is too long (0 = head
        only); a program's entry point, where its workload is built, is at the end.
    head_kinds: task kinds read from the head only even when tail_tokens > 0 (a rendered
        architecture states its cell first and ends with the skeleton all of them share).
    split_digits: a pretrained encoder reads every digit as its own token (a workload size's
        magnitude is then its digit count, not a word piece like `2500 ##00`).
    freeze_encoder: keep a pretrained encoder fixed (its outputs are cached while training).
        A scratch encoder is always trained.
    pool_stride: average encoder states over windows of this many tokens (1 = off); saves
        memory in the training cache and in cross-attention.
    scratch_*: shape of the scratch encoder and the size of its BPE vocabulary.
    d_model, n_layers, n_heads, d_ff, dropout: the decoder.
    attention_dropout: dropout on the decoder's attention weights (None = dropout).
    memory_layers: trainable self-attention layers (same shape as the decoder's) over the
        encoder states before the decoder reads them; with a frozen encoder they are what
        learns to pick the workload out of the text, and the encoder cache stays valid.
    lexical: also learn an embedding of each encoder input token, added to its state before
        the memory layers (needs pool_stride 1). The frozen encoder keeps its knowledge of
        code; the decoder learns what the word pieces of a number like `250000` are worth.
    lexical_tokens: with `lexical`, the input tokens embedded in all (0 = the encoder's window
        only). Above max_input_tokens, the tokens the window leaves out (up to this many in
        all) are embedded too, without encoder states: the encoder reads 256 tokens in
        context, the decoder still sees every word of a 1,000-token program.
    numerals: also add to the state of each token inside a numeric literal a learned
        function of the literal's magnitude (`Decoder` numeral_bins): `n = 3000` and
        `n = 300000` then differ by how large the number is, not by which word pieces spell it.
    unread_stride: those unread tokens are averaged over runs of this many, each run one
        memory entry (cross-attention's cost grows with the entries, not the tokens).
    unread_kinds: the task kinds whose texts are read past the window (empty: every kind).
        A program's unread part is its middle; a head-read architecture's or kernel's is
        its tail, mostly the skeleton every text of its task shares.
    far_literals: with `lexical` and `numerals`, the numeric literals the window leaves out
        (the last this many; texts of `unread_kinds`) become memory entries of their own, each
        its magnitude plus the lexical embedding of the literal and the `literal_context`
        tokens before it: half of the programs assign their workload size just before the
        tail the encoder reads.
    context_literals: with `far_literals`, a query's context (a function's workload lines,
        `Query.context`) adds its numeric literals to the far ones: a function's cost follows
        the size its caller gives it. Off, the context is ignored.
    early_literals: with `far_literals`, up to this many more far literals: the values that
        first occur before the last `far_literals` and not among them (`n = 3000` early in a
        long middle whose last 32 literals are loop bounds and `+ 1`s), the latest such first
        occurrences, put before the others.
    fan_in_cross_init: start cross-attention from std 1/sqrt(fan_in) weights (attention that
        depends on the memory's content from the first step) instead of 0.02 (near-uniform).
    number: how numbers are written as tokens.
    targets, profiles, modes: names the decoder knows (each becomes a token).
    spare_profiles: reserved profile slots, so calibration can add a profile without resizing.
    """

    encoder: str = encoders.MINILM
    max_input_tokens: int = 512
    tail_tokens: int = 0
    head_kinds: tuple[str, ...] = ()
    split_digits: bool = False
    freeze_encoder: bool = True
    pool_stride: int = 1
    scratch_d_model: int = 256
    scratch_layers: int = 4
    scratch_heads: int = 4
    scratch_vocab_size: int = 8000
    d_model: int = 256
    n_layers: int = 2
    n_heads: int = 4
    d_ff: int = 1024
    dropout: float = 0.1
    attention_dropout: float | None = None
    memory_layers: int = 0
    lexical: bool = False
    lexical_tokens: int = 0
    unread_stride: int = 4
    unread_kinds: tuple[str, ...] = ()
    numerals: bool = False
    far_literals: int = 0
    literal_context: int = 3
    context_literals: bool = False
    early_literals: int = 0
    fan_in_cross_init: bool = False
    number: NumberFormat = field(default_factory=NumberFormat)
    targets: tuple[str, ...] = ("peak_memory_bytes", "latency_s")
    profiles: tuple[str, ...] = ("this-machine",)
    modes: tuple[str, ...] = (DEFAULT_MODE,)
    spare_profiles: int = 8

    def __post_init__(self) -> None:
        for name in ("targets", "profiles", "modes"):
            values = getattr(self, name)
            if isinstance(values, str) or len(set(values)) != len(values) or not values:
                raise ValueError(f"ModelConfig.{name} must be a non-empty tuple of unique names")
        if self.spare_profiles < 0 or self.pool_stride < 1:
            raise ValueError("spare_profiles must be >= 0 and pool_stride >= 1")
        if not 0 <= self.tail_tokens <= self.max_input_tokens // 2:
            raise ValueError("tail_tokens must be between 0 and max_input_tokens / 2")
        for name in ("lexical", "numerals"):
            if getattr(self, name) and self.pool_stride != 1:
                raise ValueError(f"{name} needs pool_stride 1 (one state per input token)")
        if self.lexical_tokens and not (
            self.lexical and self.lexical_tokens > self.max_input_tokens
        ):
            raise ValueError("lexical_tokens needs lexical and more than max_input_tokens")
        if self.unread_stride < 1:
            raise ValueError("unread_stride must be >= 1")
        if self.far_literals < 0 or self.literal_context < 0:
            raise ValueError("far_literals and literal_context must be >= 0")
        if self.far_literals and not (self.lexical and self.numerals):
            raise ValueError("far_literals needs lexical and numerals")
        if self.context_literals and not self.far_literals:
            raise ValueError("context_literals needs far_literals")
        if self.early_literals < 0:
            raise ValueError("early_literals must be >= 0")
        if self.early_literals and not self.far_literals:
            raise ValueError("early_literals needs far_literals")

    @property
    def trains_encoder(self) -> bool:
        return self.encoder == encoders.SCRATCH or not self.freeze_encoder

    def to_json(self) -> dict:
        d = dataclasses.asdict(self)
        for name in ("targets", "profiles", "modes", "head_kinds", "unread_kinds"):
            d[name] = list(d[name])
        return d

    @classmethod
    def from_json(cls, d: dict) -> ModelConfig:
        d = _check_keys(cls, d)
        if "number" in d:
            d["number"] = NumberFormat(**_check_keys(NumberFormat, d["number"]))
        for name in ("targets", "profiles", "modes", "head_kinds", "unread_kinds"):
            if name in d:
                d[name] = tuple(d[name])
        return cls(**d)


@dataclass(frozen=True)
class TrainConfig:
    """How `fit` trains (saved beside the weights).

    optimizer: "adamw" or "adafactor"; lr peaks after linear warm-up over warmup_frac of the
        steps, then decays by a cosine to 0. encoder_lr: for a trained encoder (None = lr).
    batch_size: examples per step (per process under torchrun); batches are length-bucketed.
    rows_per_text: examples that read the same text (a network on many devices, a program on
        many GPUs) travel together in runs of up to this many, so the decoder projects that
        text's states once per batch; 1 = every example placed on its own.
    max_epochs, max_steps: whichever ends first (max_steps None = no step limit).
    patience: validations without a better validation score before stopping; the best weights
        are restored. Without a validation set, training runs to the end.
    valid_every: validate every this many steps (0 = at the end of each epoch).
    valid_max: validate on at most this many examples per validation set (a fixed sample;
        0 = all of them). With several named sets (one per task), the score that selects the
        weights is the mean over the sets, so each task counts once whatever its row count.
    select_on: what a validation scores: "loss" (digit cross-entropy, lower is better) or
        "spearman" (exact-median point predictions ranked against the labels: the mean
        Spearman over (language, profile, mode, target) slices, higher is better). The loss
        can improve while the ranking the user sees gets worse, so "spearman" selects on it.
    device: "auto" (cuda when available), "cpu", "cuda", "cuda:1"...; bf16 autocast on CUDA.
    cache_encoder: with a frozen encoder, encode each distinct text once and train on the
        cached states (False: re-encode every batch; slower, for data too big for memory).
    cache_dir: where frozen-encoder outputs are kept between runs (None: $PERFHINT_CACHE or
        memory only).
    pair_weight: weight of the label-swap loss (0 = off). Examples with the same prompt whose
        texts differ only in their digits (one program at two workload sizes, one function
        under two callers' sizes) travel in pairs; for a pair (a, b) whose labels differ by
        over `pair_margin` decades in some target, softplus(nll(a|a) + nll(b|b) - nll(b|a) -
        nll(a|b)) (nll(y|x): the label digits' negative log-likelihood reading x's text) asks
        each text to explain its own labels better than its twin's: the cross-entropy alone
        lets the decoder lean on what the two share and read the size that tells them apart
        weakly.
    split_seed: the seed of the tasks' train/valid/test split the run trained on (`perfhint
        train --seed`), kept so tools score it on its own test split; None: `seed` (runs saved
        before it was recorded, when `--train-seed` did not set another run seed).
    """

    optimizer: str = "adamw"
    lr: float = 1e-3
    encoder_lr: float | None = None
    weight_decay: float = 0.01
    batch_size: int = 32
    rows_per_text: int = 1
    max_epochs: int = 20
    max_steps: int | None = None
    warmup_frac: float = 0.05
    grad_clip: float = 1.0
    patience: int = 3
    valid_every: int = 0
    valid_max: int = 0
    select_on: str = "loss"
    seed: int = 0
    device: str = "auto"
    bf16: bool = True
    encode_batch_size: int = 32
    cache_encoder: bool = True
    cache_dir: str | None = None
    log_every: int = 50
    pair_weight: float = 0.0
    pair_margin: float = 0.05
    split_seed: int | None = None

    def __post_init__(self) -> None:
        if self.optimizer not in ("adamw", "adafactor"):
            raise ValueError(f"optimizer must be adamw or adafactor, not {self.optimizer!r}")
        if self.select_on not in ("loss", "spearman"):
            raise ValueError(f"select_on must be loss or spearman, not {self.select_on!r}")

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> TrainConfig:
        return cls(**_check_keys(cls, d))


def _check_keys(cls, d: dict) -> dict:
    if not isinstance(d, dict):
        raise ValueError(f"{cls.__name__} must be a JSON object")
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(d) - known)
    if unknown:
        raise ValueError(f"unknown {cls.__name__} keys {unknown}; known: {sorted(known)}")
    return dict(d)


def _asked(values: np.ndarray, columns, levels) -> np.ndarray:
    """The asked targets' values from the decoded ones (`decode_plan`'s columns). A derived
    target's rows are a / b row by row. For `levels` (row s holds a and b each at its level-s
    quantile, which their ratio is not) the ratios are sorted into the levels' order, except
    at level 0.5: the ratio along the medians' path, the others kept on their side of it."""
    if columns == list(range(values.shape[1])):
        return values
    out = np.empty((values.shape[0], len(columns)), dtype=values.dtype)
    for j, c in enumerate(columns):
        if isinstance(c, int):
            out[:, j] = values[:, c]
            continue
        a, b = values[:, c[0]], values[:, c[1]]
        ratio = np.divide(a, b, out=np.full_like(a, np.nan), where=b > 0)
        if levels is not None:
            lv = np.asarray(levels, dtype=float)
            median = ratio[lv == 0.5][0] if (lv == 0.5).any() else None
            ratio[np.argsort(lv, kind="stable")] = np.sort(ratio)
            if median is not None:
                ratio[lv == 0.5] = median
                ratio[lv < 0.5] = np.fmin(ratio[lv < 0.5], median)
                ratio[lv > 0.5] = np.fmax(ratio[lv > 0.5], median)
        out[:, j] = ratio
    return out


def chain_key(query: Query) -> str:
    """Which trained target sequences a query may follow: those of its kind and mode."""
    return f"{query.kind}/{query.mode}"


def resolve_device(name: str = "auto") -> torch.device:
    if name in ("auto", None, ""):
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


class RegressionLM:
    """Encoder + decoder + vocabulary. Build with `create` or `load`; train with `fit`."""

    def __init__(self, config: ModelConfig, encoder, decoder: Decoder | None = None) -> None:
        self.config = config
        self.vocab = Vocab(
            config.profiles, config.spare_profiles, config.modes, config.targets, config.number
        )
        self.encoder = encoder  # None for a scratch encoder not yet trained (built by fit)
        self.decoder = decoder
        if decoder is None and encoder is not None:
            self.decoder = self._new_decoder(encoder.hidden_size)
        self.logit_bias = self.vocab.logit_bias()
        self.profile_targets: dict[str, list[str]] = {}
        # calibrated profiles whose values of some targets blend known profiles' (calibrate.py)
        self.profile_mixes: dict[str, ProfileMix] = {}
        # the target sequences trained on, per "kind/mode" (`chain_key`): a query asking for
        # part of one is decoded along the whole sequence (`decode_plan`)
        self.target_chains: dict[str, list[tuple[str, ...]]] = {}
        self.tasks: list[str] = []
        self.train_config: TrainConfig | None = None
        self.version = "untrained"
        self.device = torch.device("cpu")

    def _new_decoder(self, memory_dim: int) -> Decoder:
        c = self.config
        return Decoder(
            len(self.vocab), self.vocab.max_length, memory_dim, c.d_model, c.n_layers,
            c.n_heads, c.d_ff, c.dropout, c.memory_layers,
            self.encoder.tokenizer.get_vocab_size() if c.lexical else 0, c.fan_in_cross_init,
            c.attention_dropout, c.unread_stride if c.lexical_tokens else 0,
            NUMERAL_BINS if c.numerals else 0, c.far_literals,
        )  # fmt: skip

    # ---------------------------------------------------------------- construction
    @classmethod
    def create(cls, config: ModelConfig, seed: int = 0) -> RegressionLM:
        """A fresh model (random decoder). A scratch encoder is built by `fit` from its texts."""
        torch.manual_seed(seed)
        if config.encoder == encoders.SCRATCH:
            return cls(config, None)
        encoder = _pretrained_encoder(config)
        encoder.requires_grad_(not config.freeze_encoder)
        return cls(config, encoder)

    def build_scratch_encoder(self, texts: list[str], seed: int = 0) -> None:
        c = self.config
        torch.manual_seed(seed)
        tokenizer = encoders.train_bpe(encoders.reads(texts), c.scratch_vocab_size)
        self.encoder = encoders.build_scratch(
            tokenizer, c.scratch_d_model, c.scratch_layers, c.scratch_heads,
            c.max_input_tokens, c.pool_stride, c.tail_tokens, c.head_kinds,
        )  # fmt: skip
        self.decoder = self._new_decoder(self.encoder.hidden_size)

    def to(self, device) -> RegressionLM:
        self.device = torch.device(device)
        self.encoder.to(self.device)
        self.decoder.to(self.device)
        self.logit_bias = self.logit_bias.to(self.device)
        return self

    def fit(
        self,
        train: list[Example],
        valid: list[Example] | dict[str, list[Example]] | None = None,
        config: TrainConfig | None = None,
    ) -> RegressionLM:
        """Train on `train` (early stopping on `valid`); returns self.

        valid: one list, or named lists (e.g. one per task) whose losses are averaged.
        """
        from perfhint.models.train import fit_model

        config = config or TrainConfig()
        for ex in train:
            self.check_query(ex.query)
        fit_model(self, train, valid or [], config)
        self.train_config = config
        for ex in train:
            known = self.profile_targets.setdefault(ex.query.profile, [])
            known += [t for t in ex.query.targets if t not in known]
        self.record_chains(train)
        return self

    def record_chains(self, examples: list[Example]) -> None:
        """Add the target sequences `examples` ask for to `target_chains`."""
        for ex in examples:
            chains = self.target_chains.setdefault(chain_key(ex.query), [])
            if ex.query.targets not in chains:
                chains.append(ex.query.targets)

    def decode_plan(self, query: Query) -> tuple[tuple[str, ...], list[int | tuple[int, int]]]:
        """What to decode for `query`, and where each asked value comes from: a column of the
        decoded targets, or (a, b) for a target derived as column a / column b.

        Later targets condition on earlier ones, so a query asking for part of a trained
        sequence (a network's accuracy and latency, a sequence the model only ever wrote as
        three accuracies then latency) would read a target after the wrong prefix: the
        shortest recorded sequence of its kind and mode that holds the asked targets is
        decoded instead (the query's own when recorded, or when nothing is). A target in
        DERIVED_TARGETS whose inputs some recorded sequence holds is computed from them (a
        compiled mode's latency_s: eager latency / compile speed-up).
        """
        chains = self.target_chains.get(chain_key(query), [])
        derive = {
            t: ins for t, ins in DERIVED_TARGETS.items()
            if t in query.targets and any(set(ins) <= set(c) for c in chains)
        }  # fmt: skip
        need = tuple(dict.fromkeys(x for t in query.targets for x in derive.get(t, (t,))))
        chain = need
        if chains and need not in chains:
            holding = [c for c in chains if set(need) <= set(c)]
            chain = min(holding, key=len) if holding else need
        columns = [
            tuple(chain.index(x) for x in derive[t]) if t in derive else chain.index(t)
            for t in query.targets
        ]
        return chain, columns

    # ---------------------------------------------------------------- queries
    def check_query(self, query: Query) -> None:
        """ValueError naming the known names if the model cannot answer `query`."""
        c = self.config
        if query.profile not in c.profiles:
            raise ValueError(f"unknown profile {query.profile!r}; known: {', '.join(c.profiles)}")
        if query.mode not in c.modes:
            raise ValueError(f"unknown mode {query.mode!r}; known: {', '.join(c.modes)}")
        if not query.targets:
            raise ValueError(f"no targets asked; known: {', '.join(c.targets)}")
        if len(set(query.targets)) != len(query.targets):
            raise ValueError(f"targets repeat: {', '.join(query.targets)}")
        for t in query.targets:
            if t not in c.targets:
                raise ValueError(f"unknown target {t!r}; known: {', '.join(c.targets)}")

    def _memory(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        """Encoder states of `texts` (B, T, H) float32 and mask (B, T), padded to the longest."""
        ids = self.encoder.tokenize(texts)
        cuda = self.device.type == "cuda"
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
            states, mask = self.encoder(ids)
        return states.float(), mask

    def memory_ids(self, texts: list[str]) -> torch.Tensor | None:
        """(U, T) encoder input ids of `texts` for a lexical decoder (None without one)."""
        if not self.config.lexical:
            return None
        return encoders.lexical_ids(self.split(texts), self.device)

    def split(self, texts: list[str]) -> list[tuple[list[int], list[int]]]:
        """Per text: the ids the encoder reads, and those a lexical decoder reads past them
        (`TextEncoder.split`; none for texts of a kind outside `unread_kinds`)."""
        split = self.encoder.split(texts, self.unread_tokens)
        reads = self._reads_past_window(texts)
        return [(read, rest if r else []) for (read, rest), r in zip(split, reads, strict=True)]

    def _reads_past_window(self, texts: list[str]) -> list[bool]:
        """Per text: is its kind one of `unread_kinds` (all kinds when that is empty)?"""
        kinds = self.config.unread_kinds
        return [not kinds or encoders.rendered_kind(t) in kinds for t in texts]

    def memory_numbers(self, texts: list[str]) -> torch.Tensor | None:
        """(U, T) numeral magnitudes of `texts` for a numeral decoder (None without one)."""
        if not self.config.numerals:
            return None
        return encoders.pad_numbers(self.encoder.numbers(texts), self.device)

    def memory_literals(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor] | None:
        """The literals past the window of `texts` for a far_literals decoder (None without)."""
        if not self.config.far_literals:
            return None
        return encoders.pad_literals(self.far_literals(texts), self.device)

    def far_literals(self, texts: list[str]) -> list[list[tuple[list[int], float]]]:
        """Per text, `TextEncoder.far_literals`: none for a kind outside `unread_kinds`, unless
        the query has a context and the model reads contexts (`context_literals`)."""
        c = self.config
        if not c.context_literals:
            texts = encoders.reads(texts)
        past = self._reads_past_window(texts)
        return self.encoder.far_literals(
            texts, c.far_literals, c.literal_context, past, early=c.early_literals
        )

    @property
    def unread_tokens(self) -> int:
        """How many tokens past the encoder's window a lexical decoder embeds (0 = none)."""
        if not self.config.lexical_tokens:
            return 0
        return max(0, self.config.lexical_tokens - self.encoder.max_tokens)

    # ---------------------------------------------------------------- sampling
    @torch.no_grad()
    def sample(
        self,
        queries: list[Query],
        num_samples: int = 32,
        temperature: float = 1.0,
        seed: int = 0,
        batch_size: int = 32,
        use_cache: bool = True,
        memory_fn=None,
        soft: bool = False,
        levels: Sequence[float] | None = None,
    ) -> list[np.ndarray]:
        """Decoded values: one (num_samples, len(query.targets)) array per query.

        Constrained (grammar-masked) sampling; the same seed gives the same samples whether
        or not the KV cache is used (use_cache=False decodes as regress-lm does, for
        bench/engine.py: states repeated per sample, the whole prefix re-run per token).
        temperature 0 = greedy. memory_fn: rendered texts -> (states, mask) in place of
        running the encoder (training passes its cache of frozen-encoder states).
        soft (with temperature 0): decode the greedy path but report each number with its
        exponent and digits replaced by their expectations under the decoder's distribution
        at that step; a continuous point estimate (greedy digits tie often), for ranking.
        levels: instead of samples, the decoder distribution's exact quantiles at these levels
        (one row each, num_samples and temperature ignored; see `_quantile_draw`).
        """
        if soft and temperature > 0:
            raise ValueError("soft decoding is greedy: use temperature 0")
        if levels is not None:
            if soft or not all(0.0 <= q <= 1.0 for q in levels):
                raise ValueError("levels are quantiles in [0, 1], not combined with soft")
            num_samples = len(levels)
        for q in queries:
            self.check_query(q)
        how = dict(
            num_samples=num_samples, temperature=temperature, seed=seed, batch_size=batch_size,
            use_cache=use_cache, memory_fn=memory_fn, soft=soft, levels=levels,
        )  # fmt: skip
        plans = [self.decode_plan(q) for q in queries]
        decoded = [
            dataclasses.replace(q, targets=c) for q, (c, _) in zip(queries, plans, strict=True)
        ]
        if any(q.profile in self.profile_mixes for q in queries):
            values = self._sample_mixed(decoded, **how)
        else:
            values = self._decode(decoded, **how)
        return [_asked(v, cols, levels) for v, (_, cols) in zip(values, plans, strict=True)]

    def _decode(
        self, queries, num_samples, temperature, seed, batch_size, use_cache, memory_fn, soft,
        levels,
    ) -> list[np.ndarray]:  # fmt: skip
        """`sample`'s decoding of checked queries, each on its own profile's slot."""
        self.encoder.eval()
        self.decoder.eval()
        gen = torch.Generator(device=self.device).manual_seed(seed)
        out: list[np.ndarray | None] = [None] * len(queries)
        # queries with the same number of targets decode in lockstep; texts sorted by length
        lengths = [len(q.text) for q in queries]
        order = sorted(range(len(queries)), key=lambda i: (len(queries[i].targets), lengths[i]))
        start = 0
        while start < len(order):
            k = len(queries[order[start]].targets)
            chunk = [i for i in order[start : start + batch_size] if len(queries[i].targets) == k]
            start += len(chunk)
            values = self._sample_chunk(
                [queries[i] for i in chunk], num_samples, temperature, gen, use_cache,
                memory_fn or self._memory, soft, levels,
            )  # fmt: skip
            for row, i in enumerate(chunk):
                out[i] = values[row]
        return out

    def _sample_mixed(self, queries: list[Query], **how) -> list[np.ndarray]:
        """`sample` when some queries name a mixed profile: each such query is decoded on its
        own slot (the stand-in's embedding: the targets not mixed) and on each source profile
        of its mix, in one batch; the mixed targets' values are combined row by row (for
        `levels`, quantile by quantile: the sources taken as comonotone)."""
        plan, expanded = [], []  # per query: where its rows start, its mix, the mix's sources
        for q in queries:
            mix = self.profile_mixes.get(q.profile)
            sources = mix.sources() if mix else []
            plan.append((len(expanded), mix, sources))
            expanded.append(q)
            expanded += [dataclasses.replace(q, profile=p) for p in sources]
        values = self._decode(expanded, **how)
        out = []
        for q, (at, mix, sources) in zip(queries, plan, strict=True):
            v = values[at].copy()
            for j, t in enumerate(q.targets):
                if mix and t in mix.weights:
                    by_source = {p: values[at + 1 + k][:, j] for k, p in enumerate(sources)}
                    v[:, j] = mix.combine(t, by_source)
            out.append(v)
        return out

    def _sample_chunk(
        self, queries, S: int, temperature: float, gen, use_cache: bool, memory_fn, soft: bool,
        levels=None,
    ):  # fmt: skip
        vocab, L = self.vocab, self.config.number.length
        B, K = len(queries), len(queries[0].targets)
        distinct, rows = encoders.distinct_texts([encoders.render_input(q) for q in queries])
        memory, mask = memory_fn(distinct)
        ids, numerals = self.memory_ids(distinct), self.memory_numbers(distinct)
        literals = self.memory_literals(distinct)
        rows = torch.tensor(rows, device=self.device)
        seqs = torch.tensor(
            [vocab.prompt(q.profile, q.mode) + [vocab.target_id(q.targets[0])] for q in queries],
            device=self.device,
        ).repeat_interleave(S, dim=0)  # (B*S, 4), input-major
        targets = torch.tensor(
            [[vocab.target_id(t) for t in q.targets] for q in queries], device=self.device
        ).repeat_interleave(S, dim=0)  # (B*S, K)
        if levels is None:
            uniform = torch.rand(B * S, K * L, generator=gen, device=self.device)
        numbers = torch.empty(B * S, K, L, dtype=torch.long, device=self.device)
        fmt = self.config.number
        if levels is not None:  # row b * S + s walks towards quantile levels[s]
            level = torch.tensor(levels, dtype=torch.float64, device=self.device).repeat(B)
        if soft:  # per position: the vocabulary ids allowed there and what each stands for
            expected = torch.zeros(B * S, K, L, device=self.device)
            allowed = [torch.as_tensor(vocab.number_offset + fmt.allowed_ids(p), device=self.device)
                       for p in range(L)]  # fmt: skip
            meaning = [torch.as_tensor(fmt.token_values(p), device=self.device, dtype=torch.float)
                       for p in range(L)]  # fmt: skip
        feed = seqs
        if use_cache:  # the prompt is the same for all S samples of an input: run it once
            cache = self.decoder.start(
                memory, mask, self.vocab.max_length, rows, memory_ids=ids,
                memory_numbers=numerals, memory_literals=literals,
            )  # fmt: skip
            first = self.decoder(seqs[::S], cache)[:, -1].repeat_interleave(S, dim=0)
            cache.expand(S)
        else:  # the reference path (regress-lm's decode): the encoder states repeated for
            # every sample, and each token re-runs the whole decoder, cross-attention included
            memory = memory[rows].repeat_interleave(S, dim=0)
            mask = mask[rows].repeat_interleave(S, dim=0)
            if ids is not None:
                ids = ids[rows].repeat_interleave(S, dim=0)
            if numerals is not None:
                numerals = numerals[rows].repeat_interleave(S, dim=0)
            if literals is not None:
                literals = tuple(x[rows].repeat_interleave(S, dim=0) for x in literals)
        for step in range(K * L):
            if not use_cache:
                start = self.decoder.start(
                    memory, mask, memory_ids=ids, memory_numbers=numerals, memory_literals=literals
                )
                logits = self.decoder(seqs, start)[:, -1]
            elif step == 0:
                logits = first
            else:
                logits = self.decoder(feed, cache)[:, -1]
            logits = logits.float() + self.logit_bias[seqs.shape[1] - 1]
            k, p = divmod(step, L)
            if levels is None:
                token = _draw(logits, temperature, uniform[:, step])
            else:
                if p == 0:  # each target starts again from its level (later ones: comonotone)
                    q = level
                token, q = _quantile_draw(logits, q, vocab.number_offset if p == 0 else None)
            numbers[:, k, p] = token
            if soft and p > 0:  # the sign stays greedy
                expected[:, k, p] = torch.softmax(logits, dim=-1)[:, allowed[p]] @ meaning[p]
            feed = token[:, None]
            if p == L - 1 and k + 1 < K:
                feed = torch.cat([feed, targets[:, k + 1 : k + 2]], dim=1)
            seqs = torch.cat([seqs, feed], dim=1)
        ids = (numbers - vocab.number_offset).cpu().numpy()
        values = fmt.decode_ids(ids)  # (B*S, K)
        if soft:  # the greedy sign, the expected exponent and digits
            e = expected.cpu().double().numpy()
            values = fmt.value(fmt.token_values(0)[ids[..., 0]], e[..., 1], e[..., 2:])
        return values.reshape(B, S, K)

    def medians(
        self, queries: list[Query], batch_size: int = 32, memory_fn=None
    ) -> list[np.ndarray]:
        """The decoder distribution's exact median of each query's targets: one (K,) array per
        query (`sample(levels=(0.5,))`, the hover's point estimate)."""
        rows = self.sample(queries, levels=(0.5,), batch_size=batch_size, memory_fn=memory_fn)
        return [r[0] for r in rows]

    def predict(
        self,
        queries: list[Query],
        num_samples: int | None = None,
        seed: int = 0,
        batch_size: int = 32,
        memory_fn=None,
    ) -> list[Prediction]:
        """Median and p10/p90 per query and target.

        num_samples None: the decoder distribution's exact quantiles (`sample(levels=...)`:
        three deterministic decodes); a number: the quantiles of that many samples (noisier
        and slower; kept to compare with).
        memory_fn: as in `sample` (e.g. a StateCache's states in place of running the encoder).
        """
        preds = []
        exact = num_samples is None
        samples = self.sample(
            queries, num_samples or 0, seed=seed, batch_size=batch_size, memory_fn=memory_fn,
            levels=(0.1, 0.5, 0.9) if exact else None,
        )  # fmt: skip
        for q, s in zip(queries, samples, strict=True):
            lo, mid, hi = s if exact else np.quantile(s, [0.1, 0.5, 0.9], axis=0)
            values = {
                t: Quantiles(median=float(mid[j]), p10=float(lo[j]), p90=float(hi[j]))
                for j, t in enumerate(q.targets)
            }
            preds.append(Prediction(values=values, model_version=self.version))
        return preds

    def calibrate(self, examples: list[Example], profile: str, train_config=None, mix: bool = True):
        """Few-shot adaptation to `profile` (see perfhint.models.calibrate); returns self."""
        from perfhint.models.calibrate import calibrate_model

        return calibrate_model(self, examples, profile, train_config, mix=mix)

    # ---------------------------------------------------------------- persistence
    def state_dict(self) -> dict[str, torch.Tensor]:
        tensors = {f"decoder.{k}": v for k, v in self.decoder.state_dict().items()}
        if self.config.trains_encoder:
            tensors.update({f"encoder.{k}": v for k, v in self.encoder.model.state_dict().items()})
        return {k: v.detach().to("cpu").contiguous() for k, v in tensors.items()}

    def load_state_dict(self, tensors: dict[str, torch.Tensor]) -> None:
        """Copy `state_dict()`-named tensors (decoder., and encoder. when it is trained) in."""
        self.decoder.load_state_dict(
            {k[len("decoder.") :]: v for k, v in tensors.items() if k.startswith("decoder.")}
        )
        if self.config.trains_encoder:
            self.encoder.model.load_state_dict(
                {k[len("encoder.") :]: v for k, v in tensors.items() if k.startswith("encoder.")}
            )

    def save(self, path, card: str | None = None, name: str | None = None) -> Path:
        """Write the checkpoint directory; returns it. Sets `self.version`."""
        from safetensors.torch import save_file

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        tensors = self.state_dict()
        # what the model reads is part of it: the same weights under another window predict
        # otherwise (a soup read with other window fields), so they get another version
        mixes = {p: m.to_json() for p, m in self.profile_mixes.items()}  # they predict too
        digest = hashlib.sha256(
            json.dumps([self.config.to_json(), mixes] if mixes else self.config.to_json(),
                       sort_keys=True).encode()
        )  # fmt: skip
        for k in sorted(tensors):
            digest.update(k.encode())
            digest.update(tensors[k].float().numpy().tobytes())
        self.version = f"{name or path.name}-{digest.hexdigest()[:8]}"
        save_file(tensors, str(path / "model.safetensors"), metadata={"version": self.version})
        if self.config.encoder == encoders.SCRATCH:
            self.encoder.tokenizer.save(str(path / "tokenizer.json"))
        meta = {
            "format_version": FORMAT_VERSION,
            "model": self.config.to_json(),
            "train": self.train_config.to_json() if self.train_config else None,
            "profile_targets": self.profile_targets,
            "profile_mixes": mixes,
            "target_chains": {k: [list(c) for c in v] for k, v in self.target_chains.items()},
            "version": self.version,
            "tasks": list(self.tasks),
        }
        (path / "config.json").write_text(json.dumps(meta, indent=1) + "\n")
        (path / "card.md").write_text(card if card is not None else self.default_card())
        return path

    def default_card(self) -> str:
        c = self.config
        return (
            f"# perfhint model {self.version}\n\n"
            f"- encoder: {encoders.describe(c.encoder)} (frozen: {not c.trains_encoder})\n"
            f"- decoder: {c.n_layers} layers, d_model {c.d_model}, {c.n_heads} heads\n"
            f"- targets: {', '.join(c.targets)}\n- profiles: {', '.join(c.profiles)}\n"
            f"- tasks: {', '.join(self.tasks) or '-'}\n"
        )

    @classmethod
    def load(cls, path=None, device: str = "auto", window: dict | None = None) -> RegressionLM:
        """Load a checkpoint directory (None: $PERFHINT_MODEL or the shipped default).

        window: new values for the input window (WINDOW_FIELDS), e.g. to fine-tune a model
            that read the head of a text on its tail; the weights do not depend on it. It may
            also raise `memory_layers` or turn on `lexical` / `numerals` (GROWABLE_FIELDS):
            what is added starts as the identity, to be trained by a fine-tune.
        Raises CheckpointError when files are missing, corrupt or do not match the config.
        """
        from perfhint.models.checkpoints import resolve

        path = resolve(path)
        weights = path / "model.safetensors"
        if not weights.is_file():
            raise CheckpointError(f"checkpoint {path} has no model.safetensors")
        try:
            meta = json.loads((path / "config.json").read_text())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise CheckpointError(f"corrupt {path / 'config.json'}: {e}") from e
        if not isinstance(meta, dict) or meta.get("format_version") != FORMAT_VERSION:
            got = meta.get("format_version") if isinstance(meta, dict) else None
            raise CheckpointError(
                f"{path / 'config.json'}: format_version {got!r}, this code reads {FORMAT_VERSION}"
            )
        try:
            config = ModelConfig.from_json({**meta["model"], **(window or {})})
            train_config = TrainConfig.from_json(meta["train"]) if meta.get("train") else None
        except (KeyError, TypeError, ValueError) as e:
            raise CheckpointError(f"{path / 'config.json'}: bad model/train config: {e}") from e
        try:
            from safetensors.torch import load_file

            tensors = load_file(str(weights))
        except Exception as e:  # safetensors raises its own error types for corrupt files
            raise CheckpointError(f"corrupt {weights}: {e}") from e
        grown = config.memory_layers - int(meta["model"].get("memory_layers", 0))
        if grown < 0:
            raise CheckpointError(f"{path}: memory_layers can grow on load, not shrink")
        model = cls._skeleton(config, path)
        fresh = {
            f"decoder.memory_layers.{i}.{k}": v
            for i in range(config.memory_layers - grown, config.memory_layers)
            for k, v in model.decoder.memory_layers[i].state_dict().items()
        }
        for name in ("lexical", "numerals"):
            if getattr(config, name) and not meta["model"].get(name, False):
                fresh[f"decoder.{name}.weight"] = getattr(model.decoder, name).weight
        if "decoder.numerals.weight" in fresh:  # grown: the literals' mark starts at zero too
            fresh["decoder.numeral_mark"] = torch.zeros_like(model.decoder.numeral_mark)
        if config.far_literals and not meta["model"].get("far_literals", 0):
            fresh["decoder.far"] = model.decoder.far
        tensors = {**fresh, **tensors}
        expected = {k: tuple(v.shape) for k, v in model.state_dict().items()}
        got = {k: tuple(v.shape) for k, v in tensors.items()}
        if expected != got:
            missing = sorted(set(expected) - set(got))[:5]
            extra = sorted(set(got) - set(expected))[:5]
            wrong = [k for k in expected if k in got and expected[k] != got[k]][:5]
            raise CheckpointError(
                f"{weights} does not match its config: missing {missing}, unexpected {extra}, "
                f"wrong shapes {[(k, got[k], expected[k]) for k in wrong]}"
            )
        model.load_state_dict(tensors)
        model.train_config = train_config
        model.profile_targets = {k: list(v) for k, v in meta.get("profile_targets", {}).items()}
        try:
            model.profile_mixes = {
                p: ProfileMix.from_json(m) for p, m in meta.get("profile_mixes", {}).items()
            }
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise CheckpointError(f"{path / 'config.json'}: bad profile_mixes: {e}") from e
        unknown = {
            p: m.sources() for p, m in model.profile_mixes.items()
            if p not in config.profiles or not set(m.sources()) <= set(config.profiles)
            or set(m.sources()) & set(model.profile_mixes)
        }  # fmt: skip
        if unknown:
            raise CheckpointError(f"{path / 'config.json'}: profile mixes over unknown or "
                                  f"mixed profiles: {unknown}")  # fmt: skip
        chains = meta.get("target_chains", {})
        if not isinstance(chains, dict) or not all(
            isinstance(v, list) and all(isinstance(c, list) and c and set(c) <= set(config.targets)
                                        for c in v)
            for v in chains.values()
        ):  # fmt: skip
            raise CheckpointError(f"{path / 'config.json'}: bad target_chains (lists of lists "
                                  f"of known targets per kind/mode): {chains!r:.200}")  # fmt: skip
        model.target_chains = {k: [tuple(c) for c in v] for k, v in chains.items()}
        model.tasks = list(meta.get("tasks", []))
        model.version = str(meta.get("version", path.name))
        model.encoder.requires_grad_(False)
        return model.to(resolve_device(device))

    @classmethod
    def _skeleton(cls, config: ModelConfig, path: Path) -> RegressionLM:
        """A model of the right shapes for `config` (weights to be loaded)."""
        try:
            if config.encoder == encoders.SCRATCH:
                tok_path = path / "tokenizer.json"
                if not tok_path.is_file():
                    raise CheckpointError(
                        f"scratch-encoder checkpoint {path} has no tokenizer.json"
                    )
                tok = encoders.load_scratch_tokenizer(tok_path)
                encoder = encoders.build_scratch(
                    tok, config.scratch_d_model, config.scratch_layers, config.scratch_heads,
                    config.max_input_tokens, config.pool_stride, config.tail_tokens,
                    config.head_kinds,
                )  # fmt: skip
            else:
                encoder = _pretrained_encoder(config)
        except CheckpointError:
            raise
        except (OSError, ValueError) as e:
            raise CheckpointError(f"cannot load encoder {config.encoder!r}: {e}") from e
        return cls(config, encoder)


def _pretrained_encoder(config: ModelConfig):
    """The pretrained encoder `config` names, reading texts as its window settings say."""
    return encoders.load_pretrained(
        config.encoder, config.max_input_tokens, config.pool_stride, config.tail_tokens,
        config.head_kinds, config.split_digits,
    )  # fmt: skip


def _draw(logits: torch.Tensor, temperature: float, u: torch.Tensor) -> torch.Tensor:
    """One token per row by inverse-CDF sampling with the given uniforms u (N,)."""
    if temperature <= 0:
        return logits.argmax(-1)
    probs = torch.softmax(logits / temperature, dim=-1)
    cdf = probs.cumsum(-1)
    idx = torch.searchsorted(cdf, (u * cdf[:, -1])[:, None].contiguous(), right=True)
    return idx.squeeze(1).clamp(max=logits.shape[-1] - 1)


def _quantile_draw(logits: torch.Tensor, q: torch.Tensor, sign_offset: int | None = None):
    """One step of the walk to a quantile of the decoded number.

    Positive numbers are ordered as their tokens read (exponent, then digits, each in id
    order), so the q-quantile of the decoder's distribution is found digit by digit: take
    the token whose cumulative probability crosses q, then carry on with q's place inside
    that token's share. Exact for that distribution, one deterministic pass. At the sign
    (`sign_offset`: the id of `<+>`, `<->` follows) negative numbers come first and, inside
    them, a larger magnitude is a smaller number, so the carried level is mirrored.
    Returns (tokens (N,), carried levels (N,)); q: (N,) float64 levels in [0, 1].
    """
    probs = torch.softmax(logits.double(), dim=-1)
    if sign_offset is not None:
        p_neg, p_pos = probs[:, sign_offset + 1], probs[:, sign_offset]
        neg = q < p_neg
        token = torch.where(neg, sign_offset + 1, sign_offset)
        inside = torch.where(
            neg, 1.0 - q / p_neg.clamp_min(1e-300), (q - p_neg) / p_pos.clamp_min(1e-300)
        )
        return token, inside.clamp(0.0, 1.0)
    cdf = probs.cumsum(-1)
    # strictly under the total, so the crossing lands on a token of non-zero probability
    target = (q.clamp(0.0, 1.0) * cdf[:, -1]).clamp(max=cdf[:, -1] * (1 - 1e-12))
    token = torch.searchsorted(cdf, target[:, None].contiguous(), right=True).squeeze(1)
    token = token.clamp(max=logits.shape[-1] - 1)
    p = probs.gather(1, token[:, None]).squeeze(1)
    below = cdf.gather(1, token[:, None]).squeeze(1) - p
    return token, ((target - below) / p.clamp_min(1e-300)).clamp(0.0, 1.0)


def world_rank() -> int:
    return int(os.environ.get("RANK", "0"))
