import math

import numpy as np
import pytest

from perfhint.models.numeric import NumberFormat

FMT = NumberFormat(num_digits=4, min_exponent=-12, max_exponent=12)


@pytest.mark.parametrize(
    "value, expected",
    [
        (0.0, 0.0),
        (72.5, 72.5),
        (-72.5, -72.5),
        (1.0, 1.0),
        (10.0, 10.0),  # exact power of ten (the IEEE-tokenizer bug regress-lm once had)
        (1000.0, 1000.0),
        (9.9996, 10.0),  # rounding carries into a new digit
        (0.001234567, 0.001235),
        (123456789.0, 123500000.0),
        (1e-9, 1e-9),
        (1e12, 1e12),
        (3.14159e-7, 3.142e-7),
        (1e-13, 0.0),  # underflow -> zero
        (5e20, 9.999e12),  # overflow clamps to the largest magnitude
        (-5e20, -9.999e12),
    ],
)
def test_round_trip_table(value, expected):
    tokens = FMT.encode(value)
    assert len(tokens) == FMT.length
    assert FMT.decode(tokens) == pytest.approx(expected, rel=1e-12, abs=0)


def test_round_trip_relative_error_over_the_range():
    rng = np.random.default_rng(0)
    values = 10 ** rng.uniform(-9, 12, size=2000) * rng.choice([-1, 1], size=2000)
    for v in values:
        back = FMT.decode(FMT.encode(float(v)))
        assert math.isclose(back, v, rel_tol=5e-4)


def test_decode_ids_is_vectorised():
    values = [0.5, 1234.0, -7e-6]
    ids = np.array([FMT.encode_ids(v) for v in values]).reshape(3, 1, FMT.length)
    out = FMT.decode_ids(ids)
    assert out.shape == (3, 1)
    np.testing.assert_allclose(out[:, 0], values, rtol=1e-12)


def test_token_values_say_what_each_allowed_token_stands_for():
    """value(token_values(...)) of an encoding's own tokens gives the number back; soft
    decoding weighs the same meanings by their probabilities."""
    ids = FMT.encode_ids(-72.5)
    meaning = [FMT.token_values(p)[list(FMT.allowed_ids(p)).index(i)] for p, i in enumerate(ids)]
    assert meaning == [-1.0, 1.0, 7.0, 2.0, 5.0, 0.0]
    assert FMT.value(meaning[0], meaning[1], meaning[2:]) == pytest.approx(-72.5)
    assert FMT.value(1.0, 0.5, [1, 0, 0, 0]) == pytest.approx(10**0.5)  # fractional exponent
    for p in range(FMT.length):
        assert len(FMT.token_values(p)) == len(FMT.allowed_ids(p))
    with pytest.raises(IndexError):
        FMT.token_values(FMT.length)


def test_grammar_mask_accepts_every_encoding_and_nothing_else():
    mask = FMT.allowed_mask()
    assert mask.shape == (FMT.length, len(FMT.tokens))
    for v in [0.0, -3.0, 1e-9, 42.0, 1e12]:
        for pos, tok in enumerate(FMT.encode_ids(v)):
            assert mask[pos, tok]
    # sign only at 0, exponents only at 1, digits elsewhere
    assert mask[0].sum() == 2
    assert mask[1].sum() == FMT.max_exponent - FMT.min_exponent + 1
    assert all(mask[p].sum() == 10 for p in range(2, FMT.length))


def test_decode_rejects_ungrammatical_ids():
    ids = np.array(FMT.encode_ids(1.0))
    ids[3] = 0  # a sign where a digit belongs
    with pytest.raises(ValueError):
        FMT.decode_ids(ids)


def test_nan_is_refused_and_config_is_validated():
    with pytest.raises(ValueError):
        FMT.encode(float("nan"))
    with pytest.raises(ValueError):
        NumberFormat(num_digits=0)
    with pytest.raises(ValueError):
        NumberFormat(min_exponent=3, max_exponent=-3)


def test_other_precisions():
    fmt = NumberFormat(num_digits=2, min_exponent=-3, max_exponent=3)
    assert fmt.decode(fmt.encode(0.0456)) == pytest.approx(0.046)
    assert fmt.decode(fmt.encode(1e9)) == pytest.approx(9900.0)
