"""The prediction service behind the language server and `perfhint predict`.

- The model (torch, transformers) loads lazily, once, on the service's own worker thread;
  until it is ready, and if it cannot load, callers simply get no predictions.
- Answers are cached by (profile, mode, kind, language, targets, text hash, context), so
  an edit re-predicts only the functions whose text, or whose file's workload lines, changed.
- `plan()` says which questions to ask for a unit: only (profile, target, mode)
  combinations the checkpoint was trained on. Anything else gets no answer, not an error.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from perfhint.models.core import DEFAULT_MODE, EAGER_LATENCY, Prediction, Query
from perfhint.server.functions import text_hash

CODE_TARGETS = ("peak_memory_bytes", "latency_s")


@dataclass(frozen=True)
class Ask:
    """One question for the model about one unit of code."""

    kind: str  # program | function | triton | architecture
    mode: str
    targets: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    """What a loaded checkpoint can answer (read from the checkpoint, not guessed)."""

    version: str
    profiles: tuple[str, ...]
    modes: tuple[str, ...]
    profile_targets: dict[str, tuple[str, ...]]
    reads_context: bool = False  # a function's answer depends on its file's size lines


def plan(
    unit_kind: str, profile_id: str, knowledge: Knowledge, language: str = "python"
) -> list[Ask]:
    """The questions to ask for a unit (`program`, `function`, `architecture`, `triton`).

    CPU code profiles: programs and functions, memory and latency. GPU profiles with torch
    modes: whole programs and `nn.Module` classes as programs, eager and each compile mode the
    model knows; `@triton.jit` kernels as triton. Neural-architecture device profiles:
    `nn.Module` classes as architectures (accuracy and latency). GPU answers exist for Python
    only (the model learnt them from PyTorch and Triton code): a Go file on an H100 gets none.
    """
    from perfhint.models.profiles import load_profiles

    known = knowledge.profile_targets.get(profile_id, ())
    if not known:
        return []
    profile = load_profiles().get(profile_id)
    profile_modes = profile.modes if profile else ()
    gpu_code = bool(profile_modes) or unit_kind == "triton"
    if gpu_code and language.lower() != "python":
        return []
    nas = any(t.endswith("_accuracy_pct") for t in known)
    torch_modes = [m for m in profile_modes if m in knowledge.modes]
    default = [DEFAULT_MODE] if DEFAULT_MODE in knowledge.modes else []
    code_targets = tuple(t for t in CODE_TARGETS if t in known)

    if unit_kind == "architecture":
        if torch_modes:
            return _torch_asks(torch_modes, code_targets, known)
        if nas:
            return [Ask("architecture", m, tuple(known)) for m in default]
        return []
    if nas or not code_targets:
        return []
    if unit_kind == "program":
        if torch_modes:
            return _torch_asks(torch_modes, code_targets, known)
        return [] if profile_modes else [Ask("program", m, code_targets) for m in default]
    if unit_kind == "triton":
        if not profile or profile.kind != "gpu":
            return []
        modes = default or [m for m in ("eager",) if m in knowledge.modes]
        return [Ask("triton", m, ("latency_s",)) for m in modes if "latency_s" in known]
    if unit_kind == "function":
        return [] if profile_modes else [Ask("function", m, code_targets) for m in default]
    return []


def _torch_asks(modes: list[str], targets: tuple[str, ...], known) -> list[Ask]:
    """A PyTorch program in each mode; a compiled mode also asks for the eager latency first
    where the model learnt to write both in one sequence (its compile speed-up)."""
    if not targets:
        return []
    joint = EAGER_LATENCY in known and targets == ("latency_s",)
    return [
        Ask("program", m, ((EAGER_LATENCY,) if joint and m != "eager" else ()) + targets)
        for m in modes
    ]


def cache_key(q: Query) -> tuple:
    return (q.profile, q.mode, q.kind, q.language, q.targets, text_hash(q.text), q.context)


class PredictionService:
    """A lazily loaded RegressionLM with an answer cache. Thread-safe.

    `predict_missing` runs the model (blocking; call it from a worker thread). `lookup` only
    reads the cache and never blocks on the model.
    """

    def __init__(
        self,
        model_dir: str | os.PathLike | None = None,
        num_samples: int | None = None,
        cache_size: int = 20000,
    ):
        self.model_dir = model_dir
        self.num_samples = num_samples
        self._cache: OrderedDict[tuple, Prediction] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._model_lock = threading.Lock()
        self._model = None
        self.knowledge: Knowledge | None = None
        self.error: str | None = None

    # ------------------------------------------------------------------ model
    def load(self) -> Knowledge | None:
        """Load the model once; None (and `self.error` set) if it cannot be loaded."""
        with self._model_lock:
            if self._model is not None or self.error is not None:
                return self.knowledge
            try:
                from perfhint.models.rlm import RegressionLM

                model = RegressionLM.load(self.model_dir)
            except Exception as e:  # CheckpointError, or anything a broken install raises
                self.error = f"{type(e).__name__}: {e}"
                return None
            try:
                import torch

                torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
            except Exception:
                pass
            profile_targets = {p: tuple(ts) for p, ts in model.profile_targets.items()}
            if not profile_targets:  # a checkpoint without the record: everything it names
                profile_targets = {p: tuple(model.config.targets) for p in model.config.profiles}
            self.knowledge = Knowledge(
                version=str(model.version),
                profiles=tuple(model.config.profiles),
                modes=tuple(model.config.modes),
                profile_targets=profile_targets,
                reads_context=model.config.context_literals,
            )
            self._model = model
            return self.knowledge

    @property
    def ready(self) -> bool:
        return self._model is not None

    # ------------------------------------------------------------------ answers
    def lookup(self, query: Query) -> Prediction | None:
        with self._lock:
            return self._cache.get(cache_key(query))

    def predict_missing(
        self,
        queries: Sequence[Query],
        is_stale: Callable[[], bool] = lambda: False,
        batch_size: int = 8,
    ) -> bool:
        """Predict the queries not cached yet, a batch at a time; stop early once stale.

        Returns True when every query has an answer in the cache.
        """
        if self.load() is None:
            return False
        todo, seen = [], set()
        for q in queries:
            key = cache_key(q)
            if key not in seen and self.lookup(q) is None:
                seen.add(key)
                todo.append(q)
        for i in range(0, len(todo), batch_size):
            if is_stale():
                return False
            batch = todo[i : i + batch_size]
            with self._model_lock:
                preds = self._model.predict(batch, num_samples=self.num_samples)
            with self._lock:
                for q, p in zip(batch, preds, strict=True):
                    self._cache[cache_key(q)] = p
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return True

    def predict(self, queries: Sequence[Query]) -> list[Prediction | None]:
        """Blocking: answers for `queries` (None where the model could not load)."""
        self.predict_missing(queries)
        return [self.lookup(q) for q in queries]
