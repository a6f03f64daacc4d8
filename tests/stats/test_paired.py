"""Paired tests, Holm and power against known values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from slant.stats import (
    cohens_h,
    holm,
    mcnemar_exact,
    minimum_detectable_effect,
    paired_binary,
    paired_bootstrap,
    probes_needed,
)


@pytest.mark.parametrize(
    ("b", "c", "p"),
    [
        (0, 0, 1.0),
        (2, 8, 0.109375),  # 2 * P(X <= 2), X ~ Bin(10, 0.5)
        (0, 6, 0.03125),  # 2 * 0.5**6
        (5, 5, 1.0),
        (1, 12, 0.003418),
    ],
)
def test_mcnemar_exact_known_values(b: int, c: int, p: float) -> None:
    assert mcnemar_exact(b, c) == pytest.approx(p, abs=1e-6)


def test_paired_binary_counts_discordant_pairs() -> None:
    model = np.array([1, 1, 1, 0, 0, 1, 1, 1, 0, 1])
    ref = np.array([0, 0, 0, 0, 0, 1, 1, 1, 0, 1])
    r = paired_binary(model, ref)
    assert r.discordant == (3, 0)
    assert r.delta == pytest.approx(0.3)
    assert r.p_value == pytest.approx(0.25)
    assert r.low < 0.3 < r.high


def test_paired_bootstrap_detects_shift_and_not_noise() -> None:
    rng = np.random.default_rng(0)
    ref = rng.normal(0, 1, 300)
    shifted = paired_bootstrap(ref + 0.2 + rng.normal(0, 0.1, 300), ref)
    assert shifted.low > 0.15 and shifted.high < 0.25 and shifted.p_value < 0.01
    same = paired_bootstrap(ref + rng.normal(0, 0.1, 300), ref)
    assert same.low < 0 < same.high


def test_holm_known_values() -> None:
    assert holm([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.09, 0.09, 0.5])
    adjusted = holm([0.02, math.nan])
    assert adjusted[0] == 0.02 and math.isnan(adjusted[1])


def test_cohens_h() -> None:
    assert cohens_h(0.5, 0.5) == 0
    assert cohens_h(0.75, 0.25) == pytest.approx(1.0472, abs=1e-4)


def test_power_is_consistent() -> None:
    n = probes_needed(0.2, 0.1)
    assert 250 < n < 350
    assert probes_needed(0.2, 0.2) < n  # a bigger effect needs fewer probes
    mde = minimum_detectable_effect(n, 0.2)
    assert mde == pytest.approx(0.1, abs=0.01)
    with pytest.raises(ValueError):
        probes_needed(0.95, 0.1)
