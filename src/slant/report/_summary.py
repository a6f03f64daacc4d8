"""Headline metrics per (suite, model) from the per-sample table."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from slant.stats import Estimate, rate


def headline_scorer_rows(samples: pd.DataFrame, suite: str) -> pd.DataFrame:
    """Rows of a suite for its first scorer (one row per sample x epoch)."""
    rows = samples[samples["suite"] == suite]
    scorers = [s for s in rows["scorer"].dropna().unique()]
    if scorers:
        rows = rows[(rows["scorer"] == scorers[0]) | rows["scorer"].isna()]
    return rows


def applicable(rows: pd.DataFrame, key: str) -> pd.DataFrame:
    """Error-free rows for which score key `key` applies (scorers list exceptions)."""
    ok = rows[rows["error"].isna()]
    if not len(ok):
        return ok
    mask = ok["score_meta"].map(lambda m: key not in (m or {}).get("not_applicable", []))
    return ok[mask.astype(bool)]


def metric_estimate(rows: pd.DataFrame, key: str) -> Estimate:
    """Estimate of score key `key` over valid, error-free rows, clustered by probe."""
    col = f"v_{key}"
    if col not in rows.columns:
        return Estimate(math.nan, math.nan, math.nan, 0, "none")
    ok = applicable(rows, key)
    if key != "valid" and "v_valid" in ok.columns and ok["v_valid"].notna().any():
        ok = ok[ok["v_valid"] == 1]
    ok = ok[ok[col].notna()]
    return rate(ok[col].astype(float).to_numpy(), list(ok["sample_id"]))


def summarize(samples: pd.DataFrame, runs: pd.DataFrame) -> pd.DataFrame:
    """One row per (suite, model): headline estimate, invalid and error rates."""
    out: list[dict[str, Any]] = []
    for (suite, model), info in runs.groupby(["suite", "model"], sort=False):
        headline = str(info["headline"].iloc[0])
        rows = headline_scorer_rows(samples, str(suite))
        rows = rows[rows["model"] == model]
        n = len(rows)
        errors = int(rows["error"].notna().sum())
        va = applicable(rows, "valid")
        vv = va["v_valid"].dropna() if "v_valid" in va.columns else pd.Series(dtype=float)
        invalid = 1 - float(vv.mean()) if len(vv) else math.nan
        est = metric_estimate(rows, headline)
        out.append(
            {
                "suite": suite,
                "model": model,
                "metric": headline,
                "higher_is": info["higher_is"].iloc[0],
                "value": est.value,
                "low": est.low,
                "high": est.high,
                "n": est.n,
                "method": est.method,
                "samples": n,
                "errors": errors,
                "error_rate": errors / n if n else math.nan,
                "invalid_rate": invalid,
            }
        )
    return pd.DataFrame(out)
