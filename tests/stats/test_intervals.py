"""Intervals against known values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from slant.stats import bootstrap, rate, wilson


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # reference values from the Wilson score formula (z = 1.95996)
        (0, 10, 0.0, 0.2775),
        (5, 10, 0.2366, 0.7634),
        (10, 10, 0.7225, 1.0),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_wilson_known_values(k: int, n: int, low: float, high: float) -> None:
    e = wilson(k, n)
    assert e.value == pytest.approx(k / n)
    assert e.low == pytest.approx(low, abs=1e-4)
    assert e.high == pytest.approx(high, abs=1e-4)


def test_wilson_empty_is_nan() -> None:
    assert math.isnan(wilson(0, 0).value)


def test_bootstrap_mean_interval_covers_and_is_deterministic() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(0.3, 1.0, 400)
    a, b = bootstrap(x), bootstrap(x)
    assert a == b
    se = x.std(ddof=1) / math.sqrt(len(x))
    assert a.low == pytest.approx(x.mean() - 1.96 * se, abs=0.03)
    assert a.high == pytest.approx(x.mean() + 1.96 * se, abs=0.03)


def test_cluster_bootstrap_is_wider_than_naive_for_repeated_epochs() -> None:
    # 20 probes, each answered identically in 5 epochs: only 20 independent units
    per_probe = np.array([1.0] * 8 + [0.0] * 12)
    values = np.repeat(per_probe, 5)
    clusters = np.repeat(np.arange(20), 5)
    naive = bootstrap(values)
    clustered = bootstrap(values, clusters=list(clusters))
    assert clustered.n == 20 and naive.n == 100
    assert (clustered.high - clustered.low) > 1.8 * (naive.high - naive.low)


def test_rate_picks_the_method() -> None:
    assert rate([1, 0, 1, 1]).method == "wilson"
    assert rate([0.5, -1.0, 1.0]).method == "bootstrap"
    assert rate([1, 1, 0, 0], clusters=["a", "a", "b", "b"]).method == "cluster-bootstrap"
