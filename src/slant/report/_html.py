"""Render a self-contained HTML comparison page from logs (no network, escaped outputs)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from slant._version import __version__
from slant.report._frame import load_frames
from slant.report._summary import summarize

MAX_DRILLDOWN = 400


def _fmt(v: Any, pct: bool = False) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    return f"{100 * v:.1f}%" if pct else f"{v:+.2f}" if isinstance(v, float) else str(v)


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("slant.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
    )
    env.filters["fmt"] = _fmt
    return env


def build_report(
    logs: Sequence[str | Path], out: str | Path, title: str = "slant report"
) -> dict[str, Any]:
    """Write the HTML report for `logs` to `out` (plus results.csv beside it).

    Returns:
        A dict with the summary table and output paths.
    """
    samples, runs = load_frames(logs)
    summary = summarize(samples, runs)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    models = sorted(dict.fromkeys(summary["model"]))
    suites = list(dict.fromkeys(summary["suite"]))
    cells = {(r.suite, r.model): r for r in summary.itertuples()}
    first = samples.drop_duplicates(["suite", "model", "sample_id", "epoch"])
    drill = first.sort_values(["suite", "sample_id", "model"]).head(MAX_DRILLDOWN)
    html = (
        _env()
        .get_template("report.html.j2")
        .render(
            title=title,
            generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            slant_version=__version__,
            models=models,
            suites=suites,
            cells=cells,
            runs=runs.to_dict("records"),
            drill=drill.to_dict("records"),
            drill_total=len(first),
            max_drill=MAX_DRILLDOWN,
        )
    )
    out.write_text(html, encoding="utf-8")
    csv_path = out.with_name("samples.csv")
    export = samples.drop(columns=["probe", "transcript", "score_meta"], errors="ignore")
    export.to_csv(csv_path, index=False)
    summary.to_csv(out.with_name("summary.csv"), index=False)
    return {"summary": summary, "html": out, "csv": csv_path}


def summary_table(summary: pd.DataFrame) -> list[list[str]]:
    """Rows for a terminal table: suite, model, metric, value [interval], invalid, errors."""
    rows = []
    for r in summary.itertuples():
        pct = r.higher_is != "neutral"
        interval = f"{_fmt(r.value, pct)} [{_fmt(r.low, pct)}, {_fmt(r.high, pct)}]"
        rows.append(
            [
                str(r.suite),
                str(r.model),
                str(r.metric),
                interval,
                str(r.n),
                _fmt(r.invalid_rate, pct=True),
                str(r.errors),
            ]
        )
    return rows
