"""Render the self-contained HTML comparison page and its exports from logs.

The page works offline: plotly.js is embedded once, all data sits in one JSON block, and a
Content-Security-Policy allows exactly the page's own two inline scripts (by hash), no
remote source of any kind. Untrusted text (model answers, explanations, probe text) reaches
the page either through jinja autoescaping or as JSON that the page's script puts into text
nodes; the JSON is escaped so that no `</script>`, `<!--` or line separator inside a string
can end the data block.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import math
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from slant._version import __version__
from slant.report._charts import (
    Chart,
    Palette,
    escape_labels,
    overview_chart,
    overview_status,
    paired_forest,
    plot_text,
    template,
)
from slant.report._drill import drill_payload
from slant.report._export import (
    records,
    summary_markdown,
    write_results_json,
    write_samples,
)
from slant.report._frame import load_frames
from slant.report._sections import Section, build_sections
from slant.report._summary import summarize

log = logging.getLogger(__name__)

# approximate bytes of answer text the drill-down embeds (the CSV keeps every answer)
DRILL_BUDGET = 12_000_000
_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def _fmt(v: Any, pct: bool = False) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    return f"{100 * v:.1f}%" if pct else f"{v:+.2f}" if isinstance(v, float) else str(v)


def _signed(v: Any, pct: bool) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    return f"{100 * v:+.1f}%" if pct else f"{v:+.2f}"


def _p(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    return "<0.001" if v < 0.001 else f"{v:.3f}"


def script_json(obj: Any) -> Markup:
    """JSON safe to place inside a <script> element: no character of it can end the element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Markup(text.translate(_JSON_ESCAPES))


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: Sequence[str]) -> str:
    """Only the page's own inline scripts run; nothing is fetched from anywhere."""
    hashes = " ".join(_csp_hash(s) for s in scripts)
    return (
        "default-src 'none'; "
        f"script-src {hashes}; "
        "style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; "
        "connect-src 'none'; frame-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("slant.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True, default_for_string=True),
    )
    env.filters["fmt"] = _fmt
    env.filters["signed"] = _signed
    env.filters["p"] = _p
    return env


def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    js: str = get_plotlyjs()
    # the script element must not end early; plotly.js has no such sequence, but be sure
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _app_js() -> str:
    return resources.files("slant.report").joinpath("templates/report.js").read_text("utf-8")


def _sanitize(obj: Any) -> Any:
    """Figure JSON without NaN (plotly wants null) and with plain Python numbers."""
    import numpy as np

    if isinstance(obj, dict):
        return {k: _sanitize(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_sanitize(v) for v in obj]
    if isinstance(obj, np.ndarray):
        return [_sanitize(v) for v in obj.tolist()]
    if isinstance(obj, np.generic):
        obj = obj.item()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if obj is pd.NA:
        return None
    return obj


def _workers(workers: int | None) -> int:
    return max(1, workers if workers is not None else min(os.cpu_count() or 1, 4))


def choose_reference(models: Sequence[str], reference: str | None) -> str | None:
    """The reference model: the one asked for, else the first alphabetically."""
    if reference is not None:
        if reference not in models:
            from slant._errors import SlantError

            known = ", ".join(models)
            raise SlantError(f"reference model '{reference}' is not in the logs; models: {known}")
        return reference
    return sorted(models)[0] if models else None


# the per-sample table analysis workers read: set before they fork, so it is never pickled
_SHARED: pd.DataFrame | None = None
# relative analysis CPU per row, measured on synthetic logs (scheduling hint only)
_KIND_COST = {
    "identity_norms": 3.7,
    "political_lean": 3.0,
    "censorship": 2.0,
    "persuasion_drift": 1.4,
    "engagement": 0.1,
}


def _load_analyzers() -> dict[str, Any]:
    try:
        from slant.analysis._all import load_all

        load_all()
    except ImportError:  # pragma: no cover - older analysis package
        pass
    from slant.analysis import ANALYZERS

    return dict(ANALYZERS)


def _analyse_kind(kind: str) -> Any:
    """One kind's analysis; a failure becomes a note, not a failed report."""
    from slant.analysis import KindAnalysis

    samples = _SHARED
    fn = _load_analyzers().get(kind)
    if samples is None or fn is None:
        return None
    try:
        return fn(samples[samples["kind"] == kind])
    except Exception as e:
        log.exception("analysis of %s failed", kind)
        return KindAnalysis(kind=kind, notes=[f"analysis failed: {type(e).__name__}: {e}"])


def _start_analyses(samples: pd.DataFrame, workers: int) -> Callable[[], dict[str, Any]]:
    """Start every kind's analysis; returns a function that waits for the results.

    With several workers, kinds run in forked processes (largest first) that share the
    per-sample table copy-on-write, while the caller computes the summary meanwhile.
    """
    global _SHARED
    analyzers = _load_analyzers()
    counts = samples["kind"].value_counts() if len(samples) else pd.Series(dtype=int)
    # longest first, so two workers finish together (cost per row: a measured hint only)
    kinds = sorted(
        (str(k) for k in counts.index if str(k) in analyzers),
        key=lambda k: -float(counts[k]) * _KIND_COST.get(k, 1.0),
    )
    _SHARED = samples
    ctx = (
        multiprocessing.get_context("fork")
        if "fork" in multiprocessing.get_all_start_methods()
        else None
    )
    # forking pays off only for a large table
    if workers <= 1 or len(kinds) <= 1 or ctx is None or len(samples) < 20_000:
        results = {k: _analyse_kind(k) for k in kinds}
        _SHARED = None
        return lambda: results
    pool = ProcessPoolExecutor(min(workers, len(kinds)), mp_context=ctx)
    futures = {k: pool.submit(_analyse_kind, k) for k in kinds}

    def wait() -> dict[str, Any]:
        global _SHARED
        done: dict[str, Any] = {}
        try:
            for k, f in futures.items():
                try:
                    done[k] = f.result()
                except Exception:  # a worker died (e.g. out of memory): run it here
                    log.exception("analysis worker for %s failed; retrying in-process", k)
                    done[k] = _analyse_kind(k)
        finally:
            pool.shutdown()
            _SHARED = None
        order = list(dict.fromkeys(str(k) for k in samples["kind"]))
        return {k: done[k] for k in order if done.get(k) is not None}

    return wait


def _paired(samples: pd.DataFrame, runs: pd.DataFrame, reference: str | None) -> pd.DataFrame:
    from slant.analysis import PAIRED_COLUMNS, paired_deltas

    if reference is None or not len(samples):
        return pd.DataFrame(columns=PAIRED_COLUMNS)
    try:
        return paired_deltas(samples, runs, reference)
    except Exception:
        log.exception("paired deltas failed")
        return pd.DataFrame(columns=PAIRED_COLUMNS)


def _provenance(runs: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """Models, suites and runs tables for the provenance section."""

    def joined(values: Any) -> str:
        seen = [str(v) for v in dict.fromkeys(values) if v not in (None, "", "{}", {}) and v == v]
        return " | ".join(seen)

    models = []
    for model, g in runs.groupby("model", sort=True):
        prov: dict[str, Any] = {}
        for p in g["model_provenance"]:
            prov.update(p or {})
        models.append(
            {
                "model": model,
                "spec": joined(g["model_spec"]),
                "args": joined(g["model_args"]),
                "base_url": joined(g.get("model_base_url", pd.Series(dtype=object))),
                "system_prompt": joined(g["system_prompt"]),
                "declared_identity": joined(g.get("declared_identity", pd.Series(dtype=object))),
                "weights_of": joined(g.get("weights_of", pd.Series(dtype=object))),
                "generation": joined(g["generation"]),
                "provenance": {k: str(v) for k, v in prov.items()},
            }
        )
    suites = []
    for suite, g in runs.groupby("suite", sort=False):
        roles: dict[str, str] = {}
        for r in g.get("model_roles", pd.Series(dtype=object)):
            for role, spec in (r or {}).items():
                specs = spec if isinstance(spec, list) else [spec]
                roles[str(role)] = " + ".join(str((x or {}).get("model", x)) for x in specs)
        suites.append(
            {
                "suite": suite,
                "kind": joined(g.get("kind", pd.Series(dtype=object))),
                "version": joined(g["suite_version"]),
                "probe_file": joined(g["probe_file"]),
                "probe_file_sha256": joined(g["probe_file_sha256"]),
                "scorers": joined(s for lst in g.get("scorers", []) for s in (lst or [])),
                "graders": ", ".join(f"{k}: {v}" for k, v in roles.items()) or "none (offline)",
                "headline": f"{joined(g['headline'])} ({joined(g['higher_is'])} when higher)",
            }
        )
    run_rows = []
    for rec in runs.to_dict("records"):
        r = {k: None if isinstance(v, float) and v != v else v for k, v in rec.items()}
        run_rows.append(
            {
                "suite": r.get("suite"),
                "model": r.get("model"),
                "status": r.get("status"),
                "created": r.get("created"),
                "started_at": r.get("started_at"),
                "completed_at": r.get("completed_at"),
                "epochs": r.get("epochs"),
                "slant_version": r.get("slant_version"),
                "inspect_version": r.get("inspect_version"),
                "log": Path(str(r.get("log") or "")).name,
            }
        )
    return {"models": models, "suites": suites, "runs": run_rows}


def _overview_cells(
    summary: pd.DataFrame, paired: pd.DataFrame, status: dict[tuple[str, str], str]
) -> dict[tuple[str, str], dict[str, Any]]:
    deltas = {(str(r.suite), str(r.model)): r for r in paired.itertuples()}
    cells = {}
    for r in summary.itertuples():
        key = (str(r.suite), str(r.model))
        pct = r.higher_is != "neutral"
        d = deltas.get(key)
        cells[key] = {
            "value": _fmt(r.value, pct) if pct else _fmt(r.value),
            "interval": f"[{_fmt(r.low, pct)}, {_fmt(r.high, pct)}]",
            "n": int(r.n),
            "status": status.get(key, "n/a"),
            "delta": _signed(d.delta, pct) if d is not None else None,
            "p_holm": _p(d.p_holm) if d is not None else None,
            "invalid": _fmt(r.invalid_rate, True),
            "error_rate": _fmt(r.error_rate, True),
            "errors": int(r.errors),
            "samples": int(r.samples),
            "sort": "" if r.value != r.value else str(r.value),
        }
    return cells


def _paired_rows(paired: pd.DataFrame, summary: pd.DataFrame) -> list[dict[str, Any]]:
    pct_of = {str(r.suite): r.higher_is != "neutral" for r in summary.itertuples()}
    rows = []
    for r in paired.itertuples():
        pct = pct_of.get(str(r.suite), True)
        rows.append(
            {
                "suite": r.suite,
                "metric": r.metric,
                "model": r.model,
                "delta": _signed(r.delta, pct),
                "interval": f"[{_signed(r.low, pct)}, {_signed(r.high, pct)}]",
                "sort": "" if r.delta != r.delta else str(r.delta),
                "p_value": _p(r.p_value),
                "p_holm": _p(r.p_holm),
                "significant": bool(r.significant),
                "n_pairs": int(r.n_pairs),
                "test": r.test,
            }
        )
    return rows


def build_report(
    logs: Sequence[str | Path],
    out: str | Path,
    title: str = "slant report",
    reference: str | None = None,
    drill_budget: int = DRILL_BUDGET,
    workers: int | None = None,
) -> dict[str, Any]:
    """Write the HTML report for `logs` to `out`, with its exports beside it.

    Exports: `samples.parquet` (every sample x epoch x scorer with everything, transcripts
    included), `samples.csv` (the same rows without the nested probe and transcript columns),
    `summary.csv`, `paired.csv`, `results.json` (summary, paired deltas, every kind's tables,
    provenance) and `summary.md`.

    Args:
        logs: Log files or folders (the newest successful log per suite and model is used).
        out: The HTML file to write.
        title: The page title.
        reference: The model every other model is compared with (default: the first
            model alphabetically).
        drill_budget: Approximate bytes of answer text the drill-down embeds.
        workers: Processes used to parse logs and to run the kinds' analyses (default:
            chosen from the CPU count and the amount of data).

    Returns:
        A dict with the summary and paired tables, the analyses, the per-sample and per-log
        frames, the output paths and the seconds each stage took.
    """
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = now - since
        return now

    samples, runs = load_frames(logs, workers=workers)
    t = lap("load", t0)
    models = sorted(dict.fromkeys(runs["model"].astype(str)))
    ref = choose_reference(models, reference)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)

    # the kinds' analyses run in worker processes while this one does everything that
    # does not need them: summary, paired deltas, drill-down and the per-sample exports
    wait_analyses = _start_analyses(samples, _workers(workers))
    summary = summarize(samples, runs)
    paired = _paired(samples, runs, ref)
    status = overview_status(summary, paired, ref)
    t = lap("summary", t)
    drill = drill_payload(samples, drill_budget, ref)
    t = lap("drill", t)
    write_samples(samples, out.with_name("samples.csv"), out.with_name("samples.parquet"))
    summary.to_csv(out.with_name("summary.csv"), index=False)
    paired.to_csv(out.with_name("paired.csv"), index=False)
    t = lap("export_samples", t)
    analyses = wait_analyses()
    t = lap("analyse_wait", t)

    sections = _charts_and_sections(summary, paired, status, analyses, models, ref)
    t = lap("charts", t)
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    versions = {"slant": __version__, "inspect_ai": _inspect_version(), "plotly": _plotly_version()}
    html = _render(
        title=title,
        generated=generated,
        versions=versions,
        reference=ref,
        models=models,
        samples=samples,
        runs=runs,
        summary=summary,
        paired=paired,
        status=status,
        charts=sections,
        drill=drill,
    )
    out.write_text(html, encoding="utf-8")
    t = lap("html", t)
    results = write_results_json(
        out.with_name("results.json"),
        {
            "title": title,
            "generated": generated,
            "versions": versions,
            "reference": ref,
            "summary": records(summary),
            "paired_deltas": records(paired),
            "kinds": {
                kind: {
                    "notes": list(getattr(a, "notes", []) or []),
                    "tables": {
                        name: records(tbl)
                        for name, tbl in (getattr(a, "tables", {}) or {}).items()
                        if isinstance(tbl, pd.DataFrame)
                    },
                }
                for kind, a in analyses.items()
            },
            "runs": records(runs),
            "drilldown": {"shown": drill["shown"], "total": drill["total"]},
        },
    )
    md = out.with_name("summary.md")
    md.write_text(
        summary_markdown(title, generated, summary, paired, status, ref, runs, versions),
        encoding="utf-8",
    )
    lap("export_results", t)
    timings["total"] = time.perf_counter() - t0
    return {
        "summary": summary,
        "paired": paired,
        "analyses": analyses,
        "samples": samples,
        "runs": runs,
        "reference": ref,
        "html": out,
        "csv": out.with_name("samples.csv"),
        "parquet": out.with_name("samples.parquet"),
        "results": results,
        "markdown": md,
        "timings": timings,
    }


def _charts_and_sections(
    summary: pd.DataFrame,
    paired: pd.DataFrame,
    status: dict[tuple[str, str], str],
    analyses: dict[str, Any],
    models: list[str],
    reference: str | None,
) -> tuple[list[Chart], list[Section]]:
    """The overview and paired charts, and every kind's section."""
    # plotly renders labels as markup: charts get escaped names (the page escapes the rest)
    safe = [plot_text(m) for m in models]
    safe_status = {(plot_text(s), plot_text(m)): v for (s, m), v in status.items()}
    palette = Palette(safe)
    head = [
        c
        for c in (
            overview_chart(escape_labels(summary), safe_status, safe),
            paired_forest(escape_labels(paired), safe, plot_text(reference) if reference else None),
        )
        if c is not None
    ]
    return head, build_sections(analyses, palette)


def _render(
    *,
    title: str,
    generated: str,
    versions: dict[str, str],
    reference: str | None,
    models: list[str],
    samples: pd.DataFrame,
    runs: pd.DataFrame,
    summary: pd.DataFrame,
    paired: pd.DataFrame,
    status: dict[tuple[str, str], str],
    charts: tuple[list[Chart], list[Section]],
    drill: dict[str, Any],
) -> str:
    """The page's HTML."""
    head, sections = charts
    every = head + [c for sec in sections for c in sec.charts]
    data = {
        "template": template(),
        "charts": {c.id: _sanitize(c.figure) for c in every},
        "drill": drill,
    }
    plotly_js, app_js = _plotly_js(), _app_js()
    keys = ["suite", "model", "sample_id", "epoch"]
    n_samples = int(samples[keys].drop_duplicates().shape[0]) if len(samples) else 0
    return (
        _env()
        .get_template("report.html.j2")
        .render(
            title=title,
            generated=generated,
            versions=versions,
            csp=content_security_policy([plotly_js, app_js]),
            reference=reference,
            models=models,
            suites=list(dict.fromkeys(summary["suite"])),
            suite_info={
                str(r.suite): {"metric": r.metric, "higher_is": r.higher_is}
                for r in summary.drop_duplicates("suite").itertuples()
            },
            cells=_overview_cells(summary, paired, status),
            overview_chart=next((c for c in head if c.id == "chart-overview"), None),
            paired_chart=next((c for c in head if c.id == "chart-paired"), None),
            paired_rows=_paired_rows(paired, summary),
            sections=sections,
            drill=drill,
            n_samples=n_samples,
            n_errors=int(summary["errors"].sum()) if len(summary) else 0,
            provenance=_provenance(runs),
            data_json=script_json(data),
            plotly_js=Markup(plotly_js),
            app_js=Markup(app_js),
        )
    )


def _inspect_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("inspect_ai")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _plotly_version() -> str:
    import plotly

    return str(plotly.__version__)


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
