"""Per-kind analyses: per-sample table -> metric tables with intervals, for reports."""

from slant.analysis._base import (
    ANALYZERS,
    METRIC_COLUMNS,
    KindAnalysis,
    analyze,
    metric_row,
    register,
)

__all__ = ["ANALYZERS", "METRIC_COLUMNS", "KindAnalysis", "analyze", "metric_row", "register"]
