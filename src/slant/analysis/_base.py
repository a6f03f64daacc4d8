"""The contract between per-kind analyses and the report.

An analysis reads the per-sample table (`slant.report.load_frames`) of one suite kind and
returns named metric tables. Every metric table is long-form with the columns of
`METRIC_COLUMNS`: one row per (model, group, metric), each with a 95% interval and the
number of units behind it. Reports render these tables and the charts that use them;
gates and exports read them too. Analyses never call a model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from slant.stats import Estimate

METRIC_COLUMNS = ["model", "suite", "group", "metric", "value", "low", "high", "n", "method"]


def metric_row(
    model: str, suite: str, group: str, metric: str, est: Estimate, **extra: Any
) -> dict[str, Any]:
    """One row of a metric table."""
    return {
        "model": model,
        "suite": suite,
        "group": group,
        "metric": metric,
        "value": est.value,
        "low": est.low,
        "high": est.high,
        "n": est.n,
        "method": est.method,
        **extra,
    }


@dataclass
class KindAnalysis:
    """What one suite kind's analysis produced for the report."""

    kind: str
    # table name -> long-form metric table (METRIC_COLUMNS, maybe more)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    # free-form notes shown under the kind's section (e.g. how many items counted)
    notes: list[str] = field(default_factory=list)


Analyzer = Callable[[pd.DataFrame], KindAnalysis]
ANALYZERS: dict[str, Analyzer] = {}


def register(kind: str) -> Callable[[Analyzer], Analyzer]:
    """Register the analysis of a suite kind."""

    def deco(fn: Analyzer) -> Analyzer:
        ANALYZERS[kind] = fn
        return fn

    return deco


def analyze(samples: pd.DataFrame) -> dict[str, KindAnalysis]:
    """Run the analysis of every kind present in `samples`."""
    from slant.analysis._all import load_all

    load_all()
    out: dict[str, KindAnalysis] = {}
    for kind, rows in samples.groupby("kind", sort=False):
        fn = ANALYZERS.get(str(kind))
        if fn is not None:
            out[str(kind)] = fn(rows)
    return out
