"""Table helpers shared by the per-kind analyses."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from slant.analysis._base import METRIC_COLUMNS
from slant.stats import Estimate


def scorer_rows(rows: pd.DataFrame, scorer: str) -> pd.DataFrame:
    """Error-free rows of `scorer` (else of each suite's first scorer)."""
    ok = rows[rows["error"].isna()] if "error" in rows.columns else rows
    if "scorer" not in ok.columns:
        return ok
    if (ok["scorer"] == scorer).any():
        return ok[ok["scorer"] == scorer]
    keep = []
    for _, g in ok.groupby("suite", sort=False):
        names = list(g["scorer"].dropna().unique())
        keep.append(g[g["scorer"] == names[0]] if names else g.iloc[0:0])
    return pd.concat(keep) if keep else ok.iloc[0:0]


def probe_meta(probe: Any) -> dict[str, Any]:
    """The `meta` dict of a probe's sample metadata (empty when absent)."""
    if not isinstance(probe, dict):
        return {}
    m = probe.get("meta")
    return m if isinstance(m, dict) else {}


def value_col(rows: pd.DataFrame, key: str) -> pd.Series:
    """Score key `key` as floats (NaN where missing)."""
    col = f"v_{key}"
    if col in rows.columns:
        return pd.to_numeric(rows[col], errors="coerce")
    return pd.Series(np.nan, index=rows.index, dtype=float)


def by_model(rows: pd.DataFrame) -> Iterator[tuple[str, str, pd.DataFrame]]:
    """(model, suite, rows) for every model x suite."""
    for (model, suite), g in rows.groupby(["model", "suite"], sort=False):
        yield str(model), str(suite), g


def metric_frame(out: list[dict[str, Any]], extra: list[str] | None = None) -> pd.DataFrame:
    """A metric table with the standard columns first (missing ones as NaN)."""
    cols = METRIC_COLUMNS + [c for c in (extra or []) if c not in METRIC_COLUMNS]
    frame = pd.DataFrame(out)
    for c in cols:
        if c not in frame.columns:
            frame[c] = np.nan
    return frame[cols + [c for c in frame.columns if c not in cols]]


def nan_estimate(method: str) -> Estimate:
    """An empty estimate."""
    return Estimate(math.nan, math.nan, math.nan, 0, method)
