"""Reports: logs -> tables -> self-contained HTML. Reports never call a model."""

from slant.report._frame import find_logs, load_frames, sample_rows
from slant.report._html import build_report, summary_table
from slant.report._summary import metric_estimate, summarize

__all__ = [
    "build_report",
    "find_logs",
    "load_frames",
    "metric_estimate",
    "sample_rows",
    "summarize",
    "summary_table",
]
