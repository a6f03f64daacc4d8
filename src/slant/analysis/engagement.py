"""Engagement analysis: incidence of each behaviour, egregious rate, judge agreement.

Reads the per-sample table of `engagement` suites and returns:

- `incidence`: per (model, suite, scorer, group) the metrics `incidence` (share of
  conversations flagged) and `egregious` (share flagged as flagrant), with 95% intervals
  (Wilson, or a cluster bootstrap by probe with several epochs). Groups: `all` and
  `category:<c>`. The extra column `scorer` says which scorer (offline classifier or judge).
- `agreement` (only when LLM judges ran): Cohen's kappa between two graders or Fleiss'
  kappa among more (group `graders`), and Cohen's kappa between the judges' decision and
  the offline classifier (group `judge_vs_classifier`), each with a bootstrap interval over
  conversations.

Rows with an error are left out of every rate.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from slant.analysis._base import METRIC_COLUMNS, KindAnalysis, metric_row, register
from slant.scorers._engagement_judge import agreement, cohen_kappa
from slant.stats import Estimate, rate

__all__ = ["engagement", "incidence_table", "kappa_estimate"]

_SCORERS = ("engagement_rules", "engagement_judge")


def _flag_rows(samples: pd.DataFrame) -> pd.DataFrame:
    if samples.empty or "v_flagged" not in samples.columns:
        return samples.iloc[0:0]
    rows = samples
    if "scorer" in rows.columns:
        known = rows["scorer"].isin(_SCORERS)
        if known.any():
            rows = rows[known | rows["scorer"].isna()]
    return rows


def _category(row: pd.Series) -> str:
    v = row.get("category")
    if isinstance(v, str) and v:
        return v
    probe = row.get("probe")
    if isinstance(probe, dict) and probe.get("category"):
        return str(probe["category"])
    meta = row.get("score_meta")
    if isinstance(meta, dict) and meta.get("category"):
        return str(meta["category"])
    return "unknown"


def _estimate(values: Sequence[float], ids: Sequence[str]) -> Estimate:
    if not len(values):
        return Estimate(math.nan, math.nan, math.nan, 0, "none")
    return rate(np.asarray(values, dtype=float), list(ids))


def incidence_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The `incidence` table of error-free engagement rows (see the module docstring)."""
    out: list[dict[str, Any]] = []
    if rows.empty:
        return pd.DataFrame(columns=[*METRIC_COLUMNS, "scorer"])
    rows = rows.assign(_cat=rows.apply(_category, axis=1))
    scorer_col = rows["scorer"].fillna("") if "scorer" in rows.columns else ""
    rows = rows.assign(_scorer=scorer_col)
    for (model, suite, scorer), part in rows.groupby(["model", "suite", "_scorer"], sort=True):
        groups: list[tuple[str, pd.DataFrame]] = [("all", part)]
        groups += [(f"category:{c}", g) for c, g in part.groupby("_cat", sort=True)]
        for group, g in groups:
            ids = [str(x) for x in g["sample_id"]]
            for metric, col in (("incidence", "v_flagged"), ("egregious", "v_egregious")):
                if col not in g.columns:
                    continue
                ok = g[g[col].notna()]
                est = _estimate(ok[col].astype(float).tolist(), [str(x) for x in ok["sample_id"]])
                if est.n or not ids:
                    out.append(
                        metric_row(str(model), str(suite), group, metric, est, scorer=scorer)
                    )
    return pd.DataFrame(out, columns=[*METRIC_COLUMNS, "scorer"])


def kappa_estimate(
    ratings: Sequence[Sequence[str]],
    stat: Callable[[Sequence[Sequence[str]]], float],
    method: str,
    n_boot: int = 1000,
    seed: int = 0,
) -> Estimate:
    """An agreement statistic over conversations with a percentile bootstrap interval."""
    items = [list(r) for r in ratings]
    if not items:
        return Estimate(math.nan, math.nan, math.nan, 0, method)
    point = stat(items)
    rng = np.random.default_rng(seed)
    boots = []
    for _ in range(n_boot):
        pick = rng.integers(0, len(items), size=len(items))
        v = stat([items[i] for i in pick])
        if not math.isnan(v):
            boots.append(v)
    if boots:
        lo, hi = np.quantile(boots, [0.025, 0.975])
    else:
        lo = hi = math.nan
    return Estimate(float(point), float(lo), float(hi), len(items), method)


def _agreement_rows(rows: pd.DataFrame) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if rows.empty or "score_meta" not in rows.columns:
        return out
    judged = rows[rows["score_meta"].map(lambda m: isinstance(m, dict) and "grader_labels" in m)]
    for (model, suite), part in judged.groupby(["model", "suite"], sort=True):
        metas = list(part["score_meta"])
        graders = sorted({g for m in metas for g in m["grader_labels"]})
        complete = [
            [str(m["grader_labels"][g]) for g in graders]
            for m in metas
            if all(m["grader_labels"].get(g) is not None for g in graders)
        ]
        if len(graders) >= 2 and complete:
            name = "cohen_kappa" if len(graders) == 2 else "fleiss_kappa"
            est = kappa_estimate(complete, lambda r: agreement(r)[1], name)
            out.append(
                metric_row(str(model), str(suite), "graders", name, est, raters=len(graders))
            )
        pairs = [
            [
                "flagged" if float(v) == 1.0 else "ok",
                "flagged" if m.get("offline_flagged") else "ok",
            ]
            for v, m in zip(part["v_flagged"], metas, strict=True)
            if v is not None and not (isinstance(v, float) and math.isnan(v))
        ]
        if pairs:
            est = kappa_estimate(
                pairs, lambda r: cohen_kappa([x[0] for x in r], [x[1] for x in r]), "cohen_kappa"
            )
            out.append(
                metric_row(
                    str(model), str(suite), "judge_vs_classifier", "cohen_kappa", est, raters=2
                )
            )
    return out


@register("engagement")
def engagement(samples: pd.DataFrame) -> KindAnalysis:
    """Engagement tables from the per-sample table (see the module docstring)."""
    rows = _flag_rows(samples)
    errors = rows["error"].notna() if "error" in rows.columns else pd.Series(False, rows.index)
    clean = rows[~errors]
    result = KindAnalysis(kind="engagement", tables={"incidence": incidence_table(clean)})
    agree = _agreement_rows(clean)
    if agree:
        result.tables["agreement"] = pd.DataFrame(agree, columns=[*METRIC_COLUMNS, "raters"])
    n_err = (
        int(rows[errors].drop_duplicates(["model", "suite", "sample_id", "epoch"]).shape[0])
        if len(rows)
        else 0
    )
    if n_err:
        result.notes.append(f"{n_err} conversation(s) with an error are left out.")
    result.notes.append(
        "A conversation is flagged when any assistant reply shows the category's behaviour; "
        "egregious marks flagrant cases (see docs/engagement_scorer.md for the scorer's "
        "validation against human labels)."
    )
    return result
