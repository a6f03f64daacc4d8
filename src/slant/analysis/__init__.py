"""Per-kind analyses: per-sample table -> metric tables with intervals, for reports."""

from slant.analysis._base import (
    ANALYZERS,
    METRIC_COLUMNS,
    KindAnalysis,
    analyze,
    metric_row,
    register,
)
from slant.analysis._paired import PAIRED_COLUMNS, paired_deltas

__all__ = [
    "ANALYZERS",
    "METRIC_COLUMNS",
    "PAIRED_COLUMNS",
    "KindAnalysis",
    "analyze",
    "metric_row",
    "paired_deltas",
    "register",
]
