"""Exports beside the HTML: per-sample CSV, summary CSV, results.json and summary.md."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

# nested columns: JSON text in the Parquet file; the CSV keeps only the small one
JSON_COLUMNS = ("probe", "score_meta")
CSV_DROPPED = ("probe", "transcript")


def _plain(v: Any) -> Any:
    """JSON-safe value: NaN/inf -> None, numpy scalars -> Python, containers recursively."""
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    return v


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A table as JSON-safe records."""
    out: list[dict[str, Any]] = _plain(frame.to_dict("records"))
    return out


def _json_cell(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return json.dumps(v, ensure_ascii=False, default=str, separators=(",", ":"))


def _probe_json(frame: pd.DataFrame) -> list[str]:
    """The probe column as JSON text, encoding each probe once (every model shares it)."""
    cache: dict[tuple[Any, Any], tuple[Any, str]] = {}
    out = []
    for suite, sid, probe in zip(frame["suite"], frame["sample_id"], frame["probe"], strict=True):
        hit = cache.get((suite, sid))
        if hit is None or hit[0] != probe:
            hit = (probe, _json_cell(probe))
            cache[(suite, sid)] = hit
        out.append(hit[1])
    return out


def write_samples(samples: pd.DataFrame, csv_path: Path, parquet_path: Path) -> None:
    """Every row of the per-sample table, twice.

    `samples.parquet` keeps everything: probe fields and score metadata as JSON text, the
    transcript as a list of {role, text}. `samples.csv` is the flat table for spreadsheets:
    every column but the two big nested ones (the probe's fields, whose grouping fields are
    columns already, and the transcript, whose first prompt and final answer are columns).
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    frame = samples.copy(deep=False)
    if {"probe", "suite", "sample_id"} <= set(frame.columns):
        frame["probe"] = _probe_json(frame)
    if "score_meta" in frame.columns:
        frame["score_meta"] = [_json_cell(v) for v in frame["score_meta"]]
    if "transcript" in frame.columns:
        frame["transcript"] = [v if isinstance(v, list) else [] for v in frame["transcript"]]
    try:
        table = pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # a score column mixing types: store the odd columns as text
        for col in frame.columns:
            if frame[col].dtype == object and col != "transcript":
                frame[col] = frame[col].map(lambda v: None if v is None else str(v))
        table = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(table, parquet_path, compression="zstd")
    flat = table.drop_columns([c for c in CSV_DROPPED if c in table.column_names])
    pacsv.write_csv(flat, csv_path)


def write_results_json(path: Path, payload: dict[str, Any]) -> Path:
    """results.json: summary, paired deltas, every kind's tables, provenance."""
    path.write_text(
        json.dumps(_plain(payload), ensure_ascii=False, indent=1, default=str), encoding="utf-8"
    )
    return path


def _md(text: Any) -> str:
    """A Markdown table cell: no pipes or newlines, no raw HTML."""
    s = "" if text is None else str(text)
    s = s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    return s.replace("<", "&lt;").replace(">", "&gt;")


def _pct(v: Any, pct: bool, signed: bool = False) -> str:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return "–"
    if math.isnan(f):
        return "–"
    if pct:
        return f"{100 * f:+.1f}%" if signed else f"{100 * f:.1f}%"
    return f"{f:+.2f}" if signed else f"{f:.2f}"


def summary_markdown(
    title: str,
    generated: str,
    summary: pd.DataFrame,
    paired: pd.DataFrame,
    status: dict[tuple[str, str], str],
    reference: str | None,
    runs: pd.DataFrame,
    versions: dict[str, str],
) -> str:
    """The headline results as Markdown (for a PR comment or a CI summary)."""
    models = sorted(dict.fromkeys(summary["model"])) if len(summary) else []
    suites = list(dict.fromkeys(summary["suite"])) if len(summary) else []
    cells = {(r.suite, r.model): r for r in summary.itertuples()}
    marks = {"better": " ▲", "worse": " ▼", "different": " ◆", "reference": " (ref)"}
    lines = [
        f"# {_md(title)}",
        "",
        f"Generated {generated} by slant {versions.get('slant', '?')} (inspect "
        f"{versions.get('inspect_ai', '?')}). {len(models)} model(s) × {len(suites)} "
        f"suite(s). Reference model: **{_md(reference)}**.",
        "",
        "Headline metric per suite with its 95% interval. ▲ better / ▼ worse / ◆ different "
        "from the reference (paired test, Holm-corrected, α = 0.05).",
        "",
    ]
    if suites:
        head = [
            "model",
            *[
                f"{s} ({_md(cells[(s, next(m for m in models if (s, m) in cells))].metric)})"
                for s in suites
            ],
        ]
        lines.append("| " + " | ".join(_md(h) for h in head) + " |")
        lines.append("|" + "---|" * len(head))
        for m in models:
            row = [_md(m)]
            for s in suites:
                c = cells.get((s, m))
                if c is None:
                    row.append("not run")
                    continue
                pct = c.higher_is != "neutral"
                sg = not pct  # a signed scale (political lean): show the sign
                row.append(
                    f"{_pct(c.value, pct, sg)} [{_pct(c.low, pct, sg)}, {_pct(c.high, pct, sg)}]"
                    f"{marks.get(status.get((s, m), ''), '')}"
                )
            lines.append("| " + " | ".join(row) + " |")
        lines += ["", "## Invalid and error rates", ""]
        lines.append("| model | " + " | ".join(_md(s) for s in suites) + " |")
        lines.append("|" + "---|" * (len(suites) + 1))
        for m in models:
            row = [_md(m)]
            for s in suites:
                c = cells.get((s, m))
                row.append(
                    "–"
                    if c is None
                    else f"invalid {_pct(c.invalid_rate, True)} · errors {c.errors}/{c.samples}"
                )
            lines.append("| " + " | ".join(row) + " |")
    sig = paired[paired["significant"].astype(bool)] if len(paired) else paired
    lines += ["", f"## Significant differences from {_md(reference)}", ""]
    if len(sig):
        lines.append("| suite | metric | model | Δ [95% interval] | Holm p | test |")
        lines.append("|---|---|---|---|---|---|")
        for r in sig.sort_values(["suite", "p_holm"]).itertuples():
            pct = abs(float(r.delta)) <= 1 and str(r.metric) not in ("lean",)
            lines.append(
                f"| {_md(r.suite)} | {_md(r.metric)} | {_md(r.model)} | "
                f"{_pct(r.delta, pct, True)} [{_pct(r.low, pct, True)}, "
                f"{_pct(r.high, pct, True)}] | {float(r.p_holm):.3g} | {_md(r.test)} |"
            )
    else:
        lines.append("None after Holm correction.")
    lines += ["", "## Provenance", ""]
    lines.append("| suite | version | probe file sha256 | model | spec | status |")
    lines.append("|---|---|---|---|---|---|")
    for r in runs.itertuples():
        sha = str(r.probe_file_sha256 or "")[:12]
        lines.append(
            f"| {_md(r.suite)} | {_md(r.suite_version)} | `{_md(sha)}` | {_md(r.model)} | "
            f"`{_md(r.model_spec)}` | {_md(r.status)} |"
        )
    return "\n".join(lines) + "\n"
