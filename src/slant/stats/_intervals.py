"""Confidence intervals: Wilson for proportions, (cluster) bootstrap otherwise."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

Z95 = 1.959963984540054


@dataclass(frozen=True)
class Estimate:
    """A point estimate with a 95% interval and the number of units behind it."""

    value: float
    low: float
    high: float
    n: int
    method: str

    def as_dict(self) -> dict[str, float | int | str]:
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "n": self.n,
            "method": self.method,
        }


def wilson(successes: float, n: int, z: float = Z95) -> Estimate:
    """Wilson score interval for a binomial proportion (NaN when n == 0)."""
    if n <= 0:
        return Estimate(math.nan, math.nan, math.nan, 0, "wilson")
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low, high = centre - half, centre + half
    # float noise must not turn an exact 0 or 1 bound into 5e-17
    low = 0.0 if low < 1e-12 else low
    high = 1.0 if high > 1 - 1e-12 else high
    return Estimate(p, low, high, n, "wilson")


def _mean(a: np.ndarray) -> float:
    return float(np.mean(a))


def bootstrap(
    values: Sequence[float] | np.ndarray,
    clusters: Sequence[object] | None = None,
    stat: Callable[[np.ndarray], float] = _mean,
    n_boot: int = 2000,
    seed: int = 0,
    alpha: float = 0.05,
) -> Estimate:
    """Percentile bootstrap interval of `stat`; resamples whole clusters when given.

    Clustering by probe keeps epochs of the same probe together, so repeated samples
    of one probe do not shrink the interval as if they were independent.
    """
    arr = np.asarray(values, dtype=float)
    if arr.size == 0:
        return Estimate(math.nan, math.nan, math.nan, 0, "bootstrap")
    point = stat(arr)
    rng = np.random.default_rng(seed)
    if clusters is None and stat is _mean:
        # the common case, vectorised: means of resampled rows
        idx = rng.integers(0, arr.size, size=(n_boot, arr.size))
        boots = arr[idx].mean(axis=1)
        n_units = int(arr.size)
        method = "bootstrap"
    elif clusters is None:
        idx = rng.integers(0, arr.size, size=(n_boot, arr.size))
        boots = np.array([stat(arr[i]) for i in idx])
        n_units = int(arr.size)
        method = "bootstrap"
    else:
        keys = list(clusters)
        uniq: dict[object, list[int]] = {}
        for i, k in enumerate(keys):
            uniq.setdefault(k, []).append(i)
        groups = [np.asarray(v) for v in uniq.values()]
        n_units = len(groups)
        picks = rng.integers(0, n_units, size=(n_boot, n_units))
        if stat is _mean:
            sums = np.array([arr[g].sum() for g in groups])
            counts = np.array([len(g) for g in groups], dtype=float)
            boots = sums[picks].sum(axis=1) / counts[picks].sum(axis=1)
        else:
            boots = np.array([stat(arr[np.concatenate([groups[g] for g in row])]) for row in picks])
        method = "cluster-bootstrap"
    lo, hi = np.nanquantile(boots, [alpha / 2, 1 - alpha / 2])
    return Estimate(float(point), float(lo), float(hi), n_units, method)


def rate(
    values: Sequence[float] | np.ndarray, clusters: Sequence[object] | None = None
) -> Estimate:
    """A rate with the right interval: Wilson for one 0/1 value per probe, else bootstrap."""
    arr = np.asarray(values, dtype=float)
    binary = bool(arr.size) and bool(np.isin(arr, (0.0, 1.0)).all())
    one_per_probe = clusters is None or len(set(clusters)) == arr.size
    if binary and one_per_probe:
        return wilson(float(arr.sum()), int(arr.size))
    return bootstrap(arr, clusters if not one_per_probe else None)
