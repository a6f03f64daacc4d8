"""Headline metrics per (suite, model) from the per-sample table."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from slant.stats import Estimate, rate

SUMMARY_COLUMNS = [
    "suite",
    "model",
    "metric",
    "higher_is",
    "value",
    "low",
    "high",
    "n",
    "method",
    "samples",
    "errors",
    "error_rate",
    "invalid_rate",
]


def headline_scorer_rows(samples: pd.DataFrame, suite: str) -> pd.DataFrame:
    """Rows of a suite for its first scorer (one row per sample x epoch)."""
    rows = samples[samples["suite"] == suite]
    return _first_scorer(rows)


def _first_scorer(rows: pd.DataFrame) -> pd.DataFrame:
    scorers = rows["scorer"].dropna().unique()
    if len(scorers) > 1:
        rows = rows[(rows["scorer"] == scorers[0]) | rows["scorer"].isna()]
    return rows


def applicable(rows: pd.DataFrame, key: str) -> pd.DataFrame:
    """Error-free rows for which score key `key` applies (scorers list exceptions)."""
    ok = rows[rows["error"].isna()]
    if not len(ok):
        return ok
    mask = [key not in ((m or {}).get("not_applicable") or ()) for m in ok["score_meta"]]
    return ok[mask]


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


def _invalid_rate(rows: pd.DataFrame) -> float:
    if "v_valid" not in rows.columns:
        return math.nan
    vv = applicable(rows, "valid")["v_valid"].dropna()
    return 1 - float(vv.astype(float).mean()) if len(vv) else math.nan


def summarize(samples: pd.DataFrame, runs: pd.DataFrame) -> pd.DataFrame:
    """One row per (suite, model): headline estimate, invalid and error rates."""
    out: list[dict[str, Any]] = []
    by_suite = {str(s): g for s, g in samples.groupby("suite", sort=False)} if len(samples) else {}
    for suite, info in runs.groupby("suite", sort=False):
        headline = str(info["headline"].iloc[0])
        suite_rows = by_suite.get(str(suite))
        per_model = (
            {str(m): g for m, g in _first_scorer(suite_rows).groupby("model", sort=False)}
            if suite_rows is not None
            else {}
        )
        for model in dict.fromkeys(info["model"]):
            rows = per_model.get(str(model))
            if rows is None:
                rows = samples.iloc[0:0]
            n = len(rows)
            errors = int(rows["error"].notna().sum()) if n else 0
            est = (
                metric_estimate(rows, headline)
                if n
                else Estimate(math.nan, math.nan, math.nan, 0, "none")
            )
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
                    "invalid_rate": _invalid_rate(rows) if n else math.nan,
                }
            )
    return pd.DataFrame(out, columns=SUMMARY_COLUMNS)
