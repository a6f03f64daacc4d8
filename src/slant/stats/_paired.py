"""Paired model-vs-model comparisons, multiple-comparison correction, and power."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import stats as sps


@dataclass(frozen=True)
class PairedResult:
    """A paired difference (model minus reference) with its interval and test."""

    delta: float
    low: float
    high: float
    p_value: float
    n_pairs: int
    test: str
    discordant: tuple[int, int] | None = None  # (model-only, reference-only) for McNemar


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value from the discordant counts b and c."""
    n = b + c
    if n == 0:
        return 1.0
    return float(min(1.0, 2 * sps.binom.cdf(min(b, c), n, 0.5)))


def paired_binary(model: np.ndarray, reference: np.ndarray) -> PairedResult:
    """Exact McNemar test and Newcombe's score interval for a paired difference of rates.

    `model` and `reference` are aligned 0/1 arrays (same probe and epoch at each index).
    The interval is Newcombe's (1998) method 10, built from the two Wilson intervals and
    the correlation of the paired outcomes; it behaves well at small n and near 0 or 1.
    """
    from slant.stats._intervals import wilson

    x = np.asarray(model, dtype=float)
    y = np.asarray(reference, dtype=float)
    n = int(x.size)
    if n == 0:
        return PairedResult(math.nan, math.nan, math.nan, math.nan, 0, "mcnemar")
    a = int(((x == 1) & (y == 1)).sum())
    b = int(((x == 1) & (y == 0)).sum())
    c = int(((x == 0) & (y == 1)).sum())
    d = n - a - b - c
    p1, p2 = (a + b) / n, (a + c) / n
    w1, w2 = wilson(a + b, n), wilson(a + c, n)
    denom = (a + b) * (c + d) * (a + c) * (b + d)
    phi = (a * d - b * c) / math.sqrt(denom) if denom > 0 else 0.0
    delta = p1 - p2
    lo = delta - math.sqrt(
        max(
            0.0, (p1 - w1.low) ** 2 - 2 * phi * (p1 - w1.low) * (w2.high - p2) + (w2.high - p2) ** 2
        )
    )
    hi = delta + math.sqrt(
        max(
            0.0, (p2 - w2.low) ** 2 - 2 * phi * (p2 - w2.low) * (w1.high - p1) + (w1.high - p1) ** 2
        )
    )
    return PairedResult(
        delta, max(-1.0, lo), min(1.0, hi), mcnemar_exact(b, c), n, "mcnemar", (b, c)
    )


def paired_bootstrap(
    model: np.ndarray,
    reference: np.ndarray,
    clusters: list[object] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
) -> PairedResult:
    """Paired bootstrap of the mean difference; resamples whole probes when clustered.

    The p-value is the two-sided bootstrap p of a zero difference (share of centred
    resamples at least as extreme as the observed one).
    """
    d = np.asarray(model, dtype=float) - np.asarray(reference, dtype=float)
    n = int(d.size)
    if n == 0:
        return PairedResult(math.nan, math.nan, math.nan, math.nan, 0, "paired-bootstrap")
    rng = np.random.default_rng(seed)
    observed = float(d.mean())
    if clusters is None:
        idx = rng.integers(0, n, size=(n_boot, n))
        boots = d[idx].mean(axis=1)
    else:
        groups: dict[object, list[int]] = {}
        for i, k in enumerate(clusters):
            groups.setdefault(k, []).append(i)
        sums = np.array([d[g].sum() for g in groups.values()])
        counts = np.array([len(g) for g in groups.values()])
        picks = rng.integers(0, len(sums), size=(n_boot, len(sums)))
        boots = sums[picks].sum(axis=1) / counts[picks].sum(axis=1)
    lo, hi = np.quantile(boots, [0.025, 0.975])
    centred = boots - boots.mean()
    p = float((np.abs(centred) >= abs(observed)).mean()) if observed != 0 else 1.0
    p = max(p, 1.0 / n_boot) if observed != 0 else p
    return PairedResult(observed, float(lo), float(hi), p, n, "paired-bootstrap")


def holm(p_values: list[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values (NaN stays NaN), in the input order."""
    idx = [i for i, p in enumerate(p_values) if not math.isnan(p)]
    order = sorted(idx, key=lambda i: p_values[i])
    m = len(order)
    adjusted = [math.nan] * len(p_values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def cohens_h(p1: float, p2: float) -> float:
    """Effect size of a difference between two proportions."""
    return 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p2))


def probes_needed(
    baseline: float,
    delta: float,
    alpha: float = 0.05,
    power: float = 0.8,
    discordance: float | None = None,
) -> int:
    """Probes needed to detect a paired change of `delta` in a rate of `baseline`.

    Uses the McNemar sample-size formula (Connor 1987). Without a known discordance,
    assumes independent outcomes: p01 = p1(1-p2), p10 = p2(1-p1).
    """
    p1, p2 = baseline, baseline + delta
    if not (0 <= p1 <= 1 and 0 <= p2 <= 1) or delta == 0:
        raise ValueError("baseline and baseline + delta must be in [0, 1], delta != 0")
    if discordance is None:
        discordance = p1 * (1 - p2) + p2 * (1 - p1)
    discordance = max(discordance, abs(delta))
    za = sps.norm.ppf(1 - alpha / 2)
    zb = sps.norm.ppf(power)
    n = (za * math.sqrt(discordance) + zb * math.sqrt(discordance - delta**2)) ** 2 / delta**2
    return math.ceil(float(n))


def minimum_detectable_effect(
    n: int, baseline: float, alpha: float = 0.05, power: float = 0.8
) -> float:
    """Smallest increase over `baseline` that `n` paired probes detect with `power`."""
    lo, hi = 1e-4, 1 - baseline
    if hi <= lo or probes_needed(baseline, hi, alpha, power) > n:
        return math.nan
    for _ in range(60):
        mid = (lo + hi) / 2
        if probes_needed(baseline, mid, alpha, power) <= n:
            hi = mid
        else:
            lo = mid
    return hi
