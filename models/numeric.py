"""Numbers as tokens: sign, exponent, mantissa digits (P10-style). numpy only, no torch.

A number is `num_digits + 2` tokens: `<+>`/`<->`, one exponent token `<E{e}>`, then the
mantissa digits `<0>`..`<9>`, read as d1.d2d3... x 10**e. So 72.5 with 4 digits is
`<+> <E1> <7> <2> <5> <0>`. Zero is `<+> <E{min}> <0> <0> ...`. Values beyond the range clamp
to the largest representable magnitude; values below the smallest normal number become zero.

The grammar depends only on the position inside a number, so constrained decoding is a
static mask per position (`allowed_ids`), cheap to apply on any device.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from functools import cached_property

import numpy as np

SIGNS = ("<+>", "<->")
DIGITS = tuple(f"<{d}>" for d in range(10))


@dataclass(frozen=True)
class NumberFormat:
    """How numbers are written as tokens.

    num_digits: mantissa digits (4 -> relative precision 1e-3).
    min_exponent, max_exponent: decimal exponent range of d1.ddd x 10**e, inclusive.
    """

    num_digits: int = 4
    min_exponent: int = -12
    max_exponent: int = 12

    def __post_init__(self) -> None:
        if self.num_digits < 1:
            raise ValueError("num_digits must be >= 1")
        if self.min_exponent > self.max_exponent:
            raise ValueError("min_exponent must be <= max_exponent")

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @property
    def length(self) -> int:
        """Tokens per number."""
        return self.num_digits + 2

    @cached_property
    def exponent_tokens(self) -> tuple[str, ...]:
        return tuple(f"<E{e}>" for e in range(self.min_exponent, self.max_exponent + 1))

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """The number vocabulary, in id order: signs, exponents, digits."""
        return SIGNS + self.exponent_tokens + DIGITS

    @cached_property
    def _index(self) -> dict[str, int]:
        return {t: i for i, t in enumerate(self.tokens)}

    @property
    def largest(self) -> float:
        return float(f"{'9' * self.num_digits}e{self.max_exponent - self.num_digits + 1}")

    @property
    def smallest(self) -> float:
        """The smallest non-zero magnitude."""
        return 10.0**self.min_exponent

    def encode(self, value: float) -> list[str]:
        """Tokens of `value`, rounded to num_digits significant digits and clamped to range."""
        if math.isnan(value):
            raise ValueError("cannot tokenize NaN")
        sign = SIGNS[1] if value < 0 else SIGNS[0]
        mag = min(abs(value), self.largest)
        if mag < self.smallest:
            return [SIGNS[0], self.exponent_tokens[0]] + [DIGITS[0]] * self.num_digits
        exponent = math.floor(math.log10(mag))
        mantissa = round(mag / 10.0 ** (exponent - self.num_digits + 1))
        if mantissa >= 10**self.num_digits:  # rounding carried into a new digit: 9.9996 -> 10.00
            exponent += 1
            mantissa //= 10
        elif mantissa < 10 ** (self.num_digits - 1):  # log10 landed just below a power of ten
            exponent -= 1
            mantissa = round(mag / 10.0 ** (exponent - self.num_digits + 1))
        if exponent > self.max_exponent:
            exponent, mantissa = self.max_exponent, 10**self.num_digits - 1
        digits = str(mantissa).zfill(self.num_digits)
        return [sign, f"<E{exponent}>"] + [f"<{d}>" for d in digits]

    def encode_ids(self, value: float) -> list[int]:
        return [self._index[t] for t in self.encode(value)]

    def decode(self, tokens: list[str]) -> float:
        return float(self.decode_ids(np.array([[self._index[t] for t in tokens]]))[0])

    def decode_ids(self, ids: np.ndarray) -> np.ndarray:
        """(..., length) token ids -> (...) floats. Ids must follow the grammar."""
        ids = np.asarray(ids)
        if ids.shape[-1] != self.length:
            raise ValueError(f"expected {self.length} tokens per number, got {ids.shape[-1]}")
        n_exp = len(self.exponent_tokens)
        sign = np.where(ids[..., 0] == 1, -1.0, 1.0)
        exponent = ids[..., 1] - len(SIGNS) + self.min_exponent
        digit_ids = ids[..., 2:] - len(SIGNS) - n_exp
        if (digit_ids < 0).any() or (digit_ids > 9).any():
            raise ValueError("mantissa positions hold non-digit tokens")
        return self.value(sign, exponent, digit_ids)

    def value(self, sign, exponent, digits) -> np.ndarray:
        """sign x d1.d2d3... x 10**exponent, elementwise; digits (..., num_digits). Exponent and
        digits may be fractional (expectations under a distribution over their tokens)."""
        weights = 10.0 ** np.arange(self.num_digits - 1, -1, -1)
        mantissa = (np.asarray(digits, dtype=float) * weights).sum(-1)
        return sign * mantissa * 10.0 ** (np.asarray(exponent, dtype=float) - self.num_digits + 1.0)

    def token_values(self, position: int) -> np.ndarray:
        """What each token of `allowed_ids(position)` stands for, in that order: the sign
        (+1, -1), the exponent, or the digit."""
        if position == 0:
            return np.array([1.0, -1.0])
        if position == 1:
            return np.arange(self.min_exponent, self.max_exponent + 1, dtype=float)
        if position < self.length:
            return np.arange(10, dtype=float)
        raise IndexError(f"position {position} outside a {self.length}-token number")

    def allowed_ids(self, position: int) -> np.ndarray:
        """Ids of the tokens the grammar allows at `position` (0-based) inside a number."""
        if position == 0:
            return np.arange(len(SIGNS))
        n_exp = len(self.exponent_tokens)
        if position == 1:
            return np.arange(len(SIGNS), len(SIGNS) + n_exp)
        if position < self.length:
            start = len(SIGNS) + n_exp
            return np.arange(start, start + 10)
        raise IndexError(f"position {position} outside a {self.length}-token number")

    def allowed_mask(self) -> np.ndarray:
        """(length, vocab) bool: mask[p, t] is True where token t may appear at position p."""
        mask = np.zeros((self.length, len(self.tokens)), dtype=bool)
        for p in range(self.length):
            mask[p, self.allowed_ids(p)] = True
        return mask
