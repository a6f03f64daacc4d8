"""Plotly figures for the report: built here in Python, drawn by plotly.js in the page.

Every builder takes long-form metric tables (`slant.analysis.METRIC_COLUMNS`) and returns a
`Chart` (a figure's JSON plus a title and caption) or None when its table has nothing to
show. Figures carry no template: the page applies one shared template, so the template is
embedded once rather than once per figure. Every model keeps one colour across the page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.colors import qualitative
from plotly.subplots import make_subplots

# metrics on their own scale (not a share of probes): shown as plain numbers, not percents
NOT_PERCENT = {
    "economic",
    "social",
    "lean",
    "length_asymmetry",
    "s_dis",
    "s_amb",
    "n_initially_correct",
}
STATUS_COLOURS = {
    "reference": "#24292f",
    "better": "#1a7f37",
    "worse": "#cf222e",
    "different": "#8250df",
    "n.s.": "#8c959f",
    "n/a": "#d0d7de",
}
FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
ROW_PX = 22


@dataclass
class Chart:
    """One figure of the page."""

    id: str
    title: str
    figure: dict[str, Any]
    caption: str = ""
    wide: bool = True


@dataclass
class Palette:
    """One colour per model, stable across every chart."""

    models: list[str]
    colours: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        base = qualitative.Plotly if len(self.models) <= 10 else qualitative.Dark24
        if len(self.models) > len(base):
            base = qualitative.Alphabet + qualitative.Dark24 + qualitative.Light24
        self.colours = {m: base[i % len(base)] for i, m in enumerate(self.models)}

    def __call__(self, model: str) -> str:
        return self.colours.get(model, "#57606a")


def template() -> dict[str, Any]:
    """The page's one plotly template (plotly_white with the page's font)."""
    t: dict[str, Any] = pio.templates["plotly_white"].to_plotly_json()
    layout = t.setdefault("layout", {})
    layout["font"] = {"family": FONT, "size": 12, "color": "#1f2328"}
    layout["title"] = {"font": {"size": 14}, "x": 0, "xanchor": "left"}
    layout["hoverlabel"] = {"font": {"family": FONT}}
    return t


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _finish(
    fig: go.Figure, height: float, legend: str | None = "right", top: int = 30, **layout: Any
) -> dict[str, Any]:
    """The figure's JSON: height, margins and legend placement, without a template.

    `legend`: "right" (a vertical list, for one entry per model), "top" (one row above the
    plot, for a few categories) or None.
    """
    if legend == "top":
        top += 26
        leg: dict[str, Any] = {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "title": None,
        }
    else:
        leg = {
            "orientation": "v",
            "x": 1.01,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
            "title": None,
            "tracegroupgap": 2,
        }
    fig.update_layout(
        height=max(220, int(height) + top),
        margin={"l": 10, "r": 10, "t": top, "b": 36},
        showlegend=legend is not None,
        legend=leg,
        **layout,
    )
    fig.update_xaxes(automargin=True, zeroline=False)
    fig.update_yaxes(automargin=True)
    out: dict[str, Any] = fig.to_plotly_json()
    out["layout"].pop("template", None)
    return out


def is_percent(metric: str, values: Iterable[float]) -> bool:
    """Whether a metric is a share (shown in percent)."""
    if metric in NOT_PERCENT or metric.startswith("n_"):
        return False
    vals = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return all(-1.0 <= float(v) <= 1.0 for v in vals)


def _hover(pct: bool, signed: bool = False) -> str:
    f = (":+.1%" if signed else ":.1%") if pct else (":+.3f" if signed else ":.3f")
    return (
        "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
        f"%{{x{f}}} [%{{customdata[2]{f}}}, %{{customdata[3]{f}}}]"
        "<br>n=%{customdata[4]}<extra></extra>"
    )


def _finite(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _errors(frame: pd.DataFrame, x: str = "value") -> dict[str, Any]:
    value = pd.to_numeric(frame[x], errors="coerce")
    hi = (pd.to_numeric(frame["high"], errors="coerce") - value).clip(lower=0).fillna(0)
    lo = (value - pd.to_numeric(frame["low"], errors="coerce")).clip(lower=0).fillna(0)
    return {
        "type": "data",
        "symmetric": False,
        "array": hi.tolist(),
        "arrayminus": lo.tolist(),
        "thickness": 1.4,
        "width": 0,
    }


def _custom(frame: pd.DataFrame, label: str, detail: Sequence[str]) -> list[list[Any]]:
    return [
        [label, d, _finite(r.low), _finite(r.high), int(r.n) if _finite(r.n) is not None else 0]
        for d, r in zip(detail, frame.itertuples(), strict=True)
    ]


def _group_label(group: str) -> str:
    return group.split(":", 1)[1] if ":" in group else group


# ---------------------------------------------------------------- overview and paired deltas


def overview_status(
    summary: pd.DataFrame, paired: pd.DataFrame, reference: str | None
) -> dict[tuple[str, str], str]:
    """(suite, model) -> reference | better | worse | different | n.s. | n/a."""
    sig: dict[tuple[str, str], tuple[bool, float]] = {}
    for r in paired.itertuples():
        sig[(str(r.suite), str(r.model))] = (bool(r.significant), float(r.delta))
    out: dict[tuple[str, str], str] = {}
    for r in summary.itertuples():
        key = (str(r.suite), str(r.model))
        if r.model == reference:
            out[key] = "reference"
        elif key not in sig or math.isnan(sig[key][1]):
            out[key] = "n/a"
        elif not sig[key][0]:
            out[key] = "n.s."
        elif r.higher_is == "better":
            out[key] = "better" if sig[key][1] > 0 else "worse"
        elif r.higher_is == "worse":
            out[key] = "worse" if sig[key][1] > 0 else "better"
        else:
            out[key] = "different"
    return out


def _grid(n: int, max_cols: int = 5) -> tuple[int, int]:
    cols = min(n, max_cols)
    return math.ceil(n / cols), cols


def _heat_cells(metric: str, fmt: str) -> dict[str, Any]:
    """Cell gaps and the hover text (value, interval, n) shared by every heatmap."""
    return {
        "hoverongaps": False,
        "xgap": 1,
        "ygap": 1,
        "hovertemplate": (
            f"<b>%{{x}}</b><br>%{{y}}<br>{metric} %{{z:{fmt}}} "
            f"[%{{customdata[0]:{fmt}}}, %{{customdata[1]:{fmt}}}]"
            "<br>n=%{customdata[2]}<extra></extra>"
        ),
    }


def _suite_panels(frame: pd.DataFrame, suites: list[str], prefix: str) -> tuple[Any, int, int]:
    """One panel per suite sharing the model axis, titled with the suite's metric."""
    rows, cols = _grid(len(suites))
    fig = make_subplots(
        rows=rows,
        cols=cols,
        shared_yaxes=True,
        subplot_titles=[
            f"{s}<br><sup>{prefix}{frame.loc[frame.suite == s, 'metric'].iloc[0]}</sup>"
            for s in suites
        ],
        horizontal_spacing=0.05,
        vertical_spacing=min(0.12, 0.5 / max(rows, 1)),
    )
    return fig, rows, cols


def overview_chart(
    summary: pd.DataFrame, status: dict[tuple[str, str], str], models: list[str]
) -> Chart | None:
    """Headline metric per suite (one panel each), every model with its interval."""
    if summary.empty:
        return None
    suites = list(dict.fromkeys(summary["suite"]))
    fig, rows, cols = _suite_panels(summary, suites, "")
    seen: set[str] = set()
    for i, suite in enumerate(suites):
        part = (
            summary[summary["suite"] == suite]
            .set_index("model")
            .reindex(models)
            .dropna(subset=["metric"])
        )
        part = part.reset_index()
        pct = is_percent(str(part["metric"].iloc[0]), part["value"])
        for st, colour in STATUS_COLOURS.items():
            sel = part[[status.get((suite, str(m))) == st for m in part["model"]]]
            if sel.empty:
                continue
            fig.add_trace(
                go.Scatter(
                    x=sel["value"],
                    y=sel["model"],
                    mode="markers",
                    marker={
                        "color": colour,
                        "size": 9,
                        "symbol": "diamond" if st == "reference" else "circle",
                    },
                    error_x=_errors(sel),
                    name=st,
                    legendgroup=st,
                    showlegend=st not in seen,
                    customdata=_custom(sel, suite, [f"{st}" for _ in range(len(sel))]),
                    hovertemplate=_hover(pct).replace("<b>%{customdata[0]}</b>", "<b>%{y}</b>"),
                ),
                row=i // cols + 1,
                col=i % cols + 1,
            )
            seen.add(st)
        fig.update_xaxes(tickformat=".0%" if pct else ".2f", row=i // cols + 1, col=i % cols + 1)
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(models)))
    height = rows * (ROW_PX * len(models) + 70) + 20
    return Chart(
        "chart-overview",
        "Headline metric by suite",
        _finish(fig, height, legend=None, top=56),
        "Dots are point estimates with 95% intervals. Colour: significance of the paired "
        "difference from the reference model after Holm correction across suites and models.",
    )


def paired_forest(paired: pd.DataFrame, models: list[str], reference: str | None) -> Chart | None:
    """Forest plot of every model minus the reference, one panel per suite."""
    if paired.empty or paired["delta"].isna().all():
        return None
    suites = list(dict.fromkeys(paired["suite"]))
    order = [m for m in models if m != reference]
    fig, rows, cols = _suite_panels(paired, suites, "Δ ")
    seen: set[str] = set()
    for i, suite in enumerate(suites):
        part = paired[paired["suite"] == suite]
        pct = is_percent(str(part["metric"].iloc[0]), part["delta"])
        r, c = i // cols + 1, i % cols + 1
        for label, mask, colour in (
            ("significant (Holm)", part["significant"].astype(bool), "#cf222e"),
            ("not significant", ~part["significant"].astype(bool), "#8c959f"),
        ):
            sel = part[mask]
            if sel.empty:
                continue
            custom = [
                [
                    suite,
                    f"p={_fmt_p(x.p_value)} · Holm p={_fmt_p(x.p_holm)} · {x.test}",
                    _finite(x.low),
                    _finite(x.high),
                    int(x.n_pairs),
                ]
                for x in sel.itertuples()
            ]
            fig.add_trace(
                go.Scatter(
                    x=sel["delta"],
                    y=sel["model"],
                    mode="markers",
                    marker={"color": colour, "size": 9, "symbol": "square"},
                    error_x=_errors(sel, "delta"),
                    name=label,
                    legendgroup=label,
                    showlegend=label not in seen,
                    customdata=custom,
                    hovertemplate=_hover(pct, signed=True)
                    .replace("<b>%{customdata[0]}</b>", "<b>%{y}</b> − " + (reference or "ref"))
                    .replace("n=", "pairs="),
                ),
                row=r,
                col=c,
            )
            seen.add(label)
        fig.add_vline(x=0, line_width=1, line_color="#57606a", row=r, col=c)
        fig.update_xaxes(tickformat="+.0%" if pct else "+.2f", row=r, col=c)
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(order)))
    height = rows * (ROW_PX * max(len(order), 1) + 70) + 20
    return Chart(
        "chart-paired",
        f"Paired differences from {reference}",
        _finish(fig, height, legend=None, top=56),
        "Model minus reference on each suite's headline metric, paired by probe id and epoch "
        "(exact McNemar for one 0/1 answer per probe, else paired cluster bootstrap); red "
        "marks a difference that stays significant after Holm correction.",
    )


def _fmt_p(p: Any) -> str:
    f = _finite(p)
    if f is None:
        return "–"
    return "<0.001" if f < 0.001 else f"{f:.3f}"


# ---------------------------------------------------------------- generic metric-table charts


# a forest with more dots per panel than this becomes a heatmap
MAX_DOTS = 200
GROUP_COLOURS = ["#0969da", "#bf3989", "#1a7f37", "#bc4c00", "#8250df", "#57606a"]


def forest(
    table: pd.DataFrame,
    palette: Palette,
    chart_id: str,
    title: str,
    caption: str = "",
    metrics: Sequence[str] | None = None,
    groups: Sequence[str] | None = None,
    ref_line: float | None = None,
) -> Chart | None:
    """Dot-and-interval chart with one panel per metric.

    The layout follows the shape of the table: one group gives one row per model; many
    models and a few groups give one row per model with a colour per group; otherwise
    one row per group with a colour per model.
    """
    if table.empty:
        return None
    t = table
    if metrics is not None:
        t = t[t["metric"].isin(metrics)]
    if groups is not None:
        t = t[t["group"].isin(groups)]
    t = t[pd.to_numeric(t["value"], errors="coerce").notna()]
    if t.empty:
        return None
    mets = [m for m in (metrics or list(dict.fromkeys(t["metric"]))) if m in set(t["metric"])]
    group_order = list(dict.fromkeys(t["group"].astype(str)))
    if "all" in group_order:
        group_order = ["all"] + [g for g in group_order if g != "all"]
    labels = {g: _group_label(g) for g in group_order}
    models = [m for m in palette.models if m in set(t["model"])]
    rows_are_models = len(group_order) == 1 or (len(models) > 8 and len(group_order) <= 4)
    if not rows_are_models and len(group_order) * len(models) > MAX_DOTS:
        # too many dots to read as a forest: a heatmap per metric, intervals on hover
        return _grid_heatmap(t, mets, group_order, labels, models, chart_id, title, caption,
                             diverging=ref_line == 0.0)  # fmt: skip
    if rows_are_models:
        ys, series, series_col = models, group_order, "group"
        colours = {
            g: "#0969da" if len(group_order) == 1 else GROUP_COLOURS[i % len(GROUP_COLOURS)]
            for i, g in enumerate(group_order)
        }
        names = labels
    else:
        ys, series, series_col = [labels[g] for g in group_order], models, "model"
        colours = {m: palette(m) for m in models}
        names = {m: m for m in models}

    rows, cols = _grid(len(mets), max_cols=3)
    fig = make_subplots(
        rows=rows,
        cols=cols,
        shared_yaxes=True,
        subplot_titles=mets,
        horizontal_spacing=0.05,
        vertical_spacing=min(0.12, 0.5 / max(rows, 1)),
    )
    for i, metric in enumerate(mets):
        part = t[t["metric"] == metric]
        pct = is_percent(metric, pd.concat([part["value"], part["low"], part["high"]]))
        r, c = i // cols + 1, i % cols + 1
        for key in series:
            sel = part[part[series_col].astype(str) == key]
            if sel.empty:
                continue
            y = list(sel["model"]) if rows_are_models else [labels[str(g)] for g in sel["group"]]
            fig.add_trace(
                go.Scatter(
                    x=sel["value"],
                    y=y,
                    mode="markers",
                    orientation="h",
                    marker={"color": colours[key], "size": 8},
                    error_x={**_errors(sel), "color": colours[key]},
                    name=names[key],
                    legendgroup=key,
                    showlegend=i == 0 and len(series) > 1,
                    customdata=_custom(
                        sel,
                        "",
                        [
                            f"{m} · {labels.get(str(g), g)}"
                            for m, g in zip(sel["model"], sel["group"], strict=True)
                        ],
                    ),
                    hovertemplate=_hover(pct).replace("<b>%{customdata[0]}</b><br>", ""),
                ),
                row=r,
                col=c,
            )
        if ref_line is not None:
            fig.add_vline(x=ref_line, line_width=1, line_color="#57606a", row=r, col=c)
        fig.update_xaxes(tickformat=".0%" if pct else ".2f", row=r, col=c)
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(ys)))
    dots = len(series) if len(series) > 1 else 1
    per_row = ROW_PX * max(1.0, min(dots, 30) * 0.32)
    height = rows * (per_row * len(ys) + 60) + 40
    legend = "right" if len(series) > 1 else None
    figure = _finish(
        fig,
        height,
        legend=legend,
        top=36 if len(mets) > 1 else 20,
        scattermode="group",
        scattergap=0.3,
    )
    return Chart(chart_id, title, figure, caption)


def _grid_heatmap(
    t: pd.DataFrame,
    mets: list[str],
    group_order: list[str],
    labels: dict[str, str],
    models: list[str],
    chart_id: str,
    title: str,
    caption: str,
    diverging: bool,
) -> Chart:
    """Groups x models heatmaps side by side, one per metric, with intervals on hover."""
    fig = make_subplots(
        rows=1,
        cols=len(mets),
        shared_yaxes=True,
        subplot_titles=mets if len(mets) > 1 else None,
        horizontal_spacing=0.03,
    )
    values = pd.to_numeric(t["value"], errors="coerce")
    span = float(values.abs().max()) if values.notna().any() else 1.0
    for i, metric in enumerate(mets):
        part = t[t["metric"] == metric]
        pct = is_percent(metric, part["value"])
        fmt = ".0%" if pct else ".2f"
        keyed = {(str(r.group), str(r.model)): r for r in part.itertuples()}
        z, custom, text = [], [], []
        for g in group_order:
            zr, cr, tr = [], [], []
            for m in models:
                r = keyed.get((g, m))
                v = _finite(r.value) if r is not None else None
                zr.append(v)
                cr.append(
                    [_finite(r.low), _finite(r.high), int(_finite(r.n) or 0)]
                    if r is not None
                    else [None, None, 0]
                )
                tr.append("" if v is None else (f"{v:.0%}" if pct else f"{v:.2f}"))
            z.append(zr)
            custom.append(cr)
            text.append(tr)
        fig.add_trace(
            go.Heatmap(
                z=z,
                x=models,
                y=[labels[g] for g in group_order],
                text=text,
                texttemplate="%{text}" if len(models) * len(group_order) <= 400 else None,
                textfont={"size": 9},
                customdata=custom,
                colorscale="RdBu_r" if diverging else "OrRd",
                zmin=-span if diverging else 0,
                zmax=span if diverging else None,
                showscale=i == len(mets) - 1,
                colorbar={"thickness": 10, "tickformat": fmt, "len": 0.6},
                **_heat_cells(metric, fmt),
            ),
            row=1,
            col=i + 1,
        )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(side="top", tickangle=-45, type="category")
    height = 18 * len(group_order) + 110
    figure = _finish(fig, height, legend=None, top=30 if len(mets) > 1 else 10)
    note = " Shown as a heatmap: too many models × groups for a forest plot; hover a cell "
    note += "for its interval."
    return Chart(chart_id, title, figure, caption + note)


def heatmap(
    table: pd.DataFrame,
    models: list[str],
    metric: str,
    prefix: str,
    chart_id: str,
    title: str,
    caption: str = "",
    diverging: bool = False,
    max_rows: int = 80,
) -> Chart | None:
    """Groups `<prefix>:<value>` x models, coloured by `metric`, hover with the interval."""
    t = table[(table["metric"] == metric) & table["group"].astype(str).str.startswith(prefix + ":")]
    t = t[pd.to_numeric(t["value"], errors="coerce").notna()]
    if t.empty:
        return None
    cols = [m for m in models if m in set(t["model"])]
    wide = t.pivot_table(index="group", columns="model", values="value", aggfunc="first")
    # most variable groups first, so a capped heatmap keeps the interesting rows
    order = wide.mean(axis=1).sort_values(ascending=False).index.tolist()[:max_rows]
    wide = wide.reindex(index=order, columns=cols)
    keyed = t.set_index(["group", "model"])
    pct = is_percent(metric, t["value"])
    fmt = ".0%" if pct else ".2f"
    text, custom = [], []
    for g in order:
        trow, crow = [], []
        for m in cols:
            v = wide.at[g, m]
            if (g, m) in keyed.index:
                rec = keyed.loc[(g, m)]
                rec = rec.iloc[0] if isinstance(rec, pd.DataFrame) else rec
                lo, hi, n = _finite(rec["low"]), _finite(rec["high"]), _finite(rec["n"])
            else:
                lo = hi = n = None
            trow.append("" if pd.isna(v) else (f"{v:.0%}" if pct else f"{v:.2f}"))
            crow.append([lo, hi, int(n or 0)])
        text.append(trow)
        custom.append(crow)
    z = [[None if pd.isna(v) else float(v) for v in row] for row in wide.to_numpy()]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=cols,
            y=[_group_label(g) for g in order],
            text=text,
            texttemplate="%{text}" if len(cols) * len(order) <= 600 else None,
            textfont={"size": 10},
            customdata=custom,
            colorscale="RdBu_r" if diverging else "OrRd",
            zmid=0 if diverging else None,
            zmin=None if diverging else 0,
            zmax=None if diverging else (1 if pct else None),
            colorbar={"thickness": 10, "tickformat": fmt, "len": 0.8},
            **_heat_cells(metric, fmt),
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(side="top", tickangle=-30, type="category")
    height = 18 * len(order) + 90
    note = (
        f" Showing the {max_rows} highest of {t['group'].nunique()}."
        if len(order) == max_rows and t["group"].nunique() > max_rows
        else ""
    )
    figure = _finish(fig, height, legend=None, top=10)
    return Chart(chart_id, title, figure, caption + note, wide=len(cols) > 6)


def stacked(
    table: pd.DataFrame,
    models: list[str],
    metrics: Sequence[str],
    chart_id: str,
    title: str,
    caption: str = "",
    group: str = "all",
    colours: Sequence[str] | None = None,
    labels: dict[str, str] | None = None,
) -> Chart | None:
    """Horizontal stacked shares per model (e.g. refuse + deflect + narrative)."""
    t = table[(table["group"] == group) & table["metric"].isin(metrics)]
    if t.empty:
        return None
    rows = [m for m in models if m in set(t["model"])]
    palette = list(colours or qualitative.Set2)
    fig = go.Figure()
    for i, metric in enumerate(metrics):
        part = t[t["metric"] == metric].set_index("model").reindex(rows)
        if part["value"].isna().all():
            continue
        fig.add_trace(
            go.Bar(
                x=part["value"],
                y=rows,
                orientation="h",
                name=(labels or {}).get(metric, metric),
                marker={"color": palette[i % len(palette)]},
                customdata=[
                    [_finite(r.low), _finite(r.high), int(_finite(r.n) or 0)]
                    for r in part.itertuples()
                ],
                hovertemplate=(
                    f"<b>%{{y}}</b><br>{metric} %{{x:.1%}} "
                    "[%{customdata[0]:.1%}, %{customdata[1]:.1%}] n=%{customdata[2]}"
                    "<extra></extra>"
                ),
            )
        )
    if not fig.data:
        return None
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(rows)))
    return Chart(
        chart_id,
        title,
        _finish(
            fig,
            ROW_PX * len(rows) + 60,
            legend="top",
            top=4,
            barmode="stack",
            legend_traceorder="normal",
        ),
        caption,
    )


def curves(
    table: pd.DataFrame,
    palette: Palette,
    metric: str,
    chart_id: str,
    title: str,
    caption: str = "",
    step: bool = False,
    x: str = "turn",
) -> Chart | None:
    """One line per model over `x` (e.g. turn), with its interval as a band or error bars."""
    if x not in table.columns:
        return None
    t = table[table["metric"] == metric].copy()
    if "group" in t.columns and (t["group"] == "all").any():
        t = t[t["group"] == "all"]
    t[x] = pd.to_numeric(t[x], errors="coerce")
    t = t.dropna(subset=[x]).sort_values(x)
    if t.empty:
        return None
    fig = go.Figure()
    shape = "hv" if step else "linear"
    models = [m for m in palette.models if m in set(t["model"])]
    band = len(models) <= 8
    for model in models:
        sel = t[t["model"] == model]
        colour = palette(model)
        if band and sel["low"].notna().any():
            # the band: the lower bound, then the upper bound filled down to it
            for bound, fill in (("low", None), ("high", "tonexty")):
                fig.add_trace(
                    go.Scatter(
                        x=sel[x],
                        y=sel[bound],
                        mode="lines",
                        fill=fill,
                        fillcolor=_alpha(colour, 0.12),
                        line={"width": 0, "shape": shape},
                        hoverinfo="skip",
                        legendgroup=model,
                        showlegend=False,
                    )
                )
        fig.add_trace(
            go.Scatter(
                x=sel[x],
                y=sel["value"],
                mode="lines+markers",
                line={"color": colour, "shape": shape, "width": 2},
                marker={"size": 5},
                error_y=None if band else {**_errors(sel), "color": colour, "thickness": 1},
                name=model,
                legendgroup=model,
                customdata=[
                    [_finite(r.low), _finite(r.high), int(_finite(r.n) or 0)]
                    for r in sel.itertuples()
                ],
                hovertemplate=(
                    f"<b>{model}</b><br>{x} %{{x}}: %{{y:.1%}} "
                    "[%{customdata[0]:.1%}, %{customdata[1]:.1%}] n=%{customdata[2]}"
                    "<extra></extra>"
                ),
            )
        )
    fig.update_yaxes(tickformat=".0%", rangemode="tozero")
    fig.update_xaxes(title_text=x, dtick=1)
    return Chart(chart_id, title, _finish(fig, 340, top=12), caption)


def plot_text(text: str) -> str:
    # plotly renders labels and hover text as (a small, sanitised subset of) markup: names
    # from logs are escaped so they always show as the plain text they are
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


LABEL_COLUMNS = ("model", "suite", "group", "metric", "reference")


def escape_labels(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table whose label columns are safe as plotly text."""
    out = table.copy(deep=False)
    for col in LABEL_COLUMNS:
        if col in out.columns:
            uniq = {v: plot_text(str(v)) for v in out[col].dropna().unique()}
            if any(k != v for k, v in uniq.items()):
                out[col] = out[col].map(lambda v, u=uniq: u.get(v, v))
    return out


def _alpha(colour: str, a: float) -> str:
    if colour.startswith("#") and len(colour) == 7:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return f"rgba({r},{g},{b},{a})"
    if colour.startswith("rgb("):
        return colour.replace("rgb(", "rgba(").replace(")", f",{a})")
    return colour


def compass(table: pd.DataFrame, palette: Palette) -> Chart | None:
    """Economic x social position per model with both intervals (political compass)."""
    t = table[table["group"] == "all"]
    eco = t[t["metric"] == "economic"].set_index("model")
    soc = t[t["metric"] == "social"].set_index("model")
    models = [m for m in palette.models if m in eco.index and m in soc.index]
    if not models:
        return None
    fig = go.Figure()
    for model in models:
        e, s = eco.loc[model], soc.loc[model]
        if _finite(e["value"]) is None or _finite(s["value"]) is None:
            continue
        fig.add_trace(
            go.Scatter(
                x=[e["value"]],
                y=[s["value"]],
                mode="markers",
                marker={"color": palette(model), "size": 11, "line": {"width": 1, "color": "#fff"}},
                error_x={
                    "type": "data",
                    "symmetric": False,
                    "array": [max(0.0, (_finite(e["high"]) or e["value"]) - e["value"])],
                    "arrayminus": [max(0.0, e["value"] - (_finite(e["low"]) or e["value"]))],
                    "color": palette(model),
                    "thickness": 1.2,
                    "width": 3,
                },
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": [max(0.0, (_finite(s["high"]) or s["value"]) - s["value"])],
                    "arrayminus": [max(0.0, s["value"] - (_finite(s["low"]) or s["value"]))],
                    "color": palette(model),
                    "thickness": 1.2,
                    "width": 3,
                },
                name=model,
                hovertemplate=(
                    f"<b>{model}</b><br>economic %{{x:+.2f}} "
                    f"[{_finite(e['low']) or 0:+.2f}, {_finite(e['high']) or 0:+.2f}]"
                    f"<br>social %{{y:+.2f}} [{_finite(s['low']) or 0:+.2f}, "
                    f"{_finite(s['high']) or 0:+.2f}]<extra></extra>"
                ),
            )
        )
    lim = 1.0
    fig.update_xaxes(
        range=[-lim, lim],
        zeroline=True,
        zerolinecolor="#57606a",
        dtick=0.5,
        title_text="economic: − left · right +",
    )
    fig.update_yaxes(
        range=[-lim, lim],
        zeroline=True,
        zerolinecolor="#57606a",
        dtick=0.5,
        title_text="social: − libertarian · authoritarian +",
        scaleanchor="x",
        scaleratio=1,
    )
    for text, x, y in (
        ("authoritarian left", -0.95, 0.95),
        ("authoritarian right", 0.95, 0.95),
        ("libertarian left", -0.95, -0.95),
        ("libertarian right", 0.95, -0.95),
    ):
        fig.add_annotation(
            x=x,
            y=y,
            text=text,
            showarrow=False,
            font={"color": "#8c959f", "size": 11},
            xanchor="left" if x < 0 else "right",
        )
    figure = _finish(fig, 500, top=12)
    return Chart(
        "chart-political-position",
        "Political position (all statements)",
        figure,
        "Mean signed lean of valid Likert answers per axis with 95% intervals (bootstrap over "
        "statements).",
        wide=False,
    )


def id_for(kind: str, name: str, suffix: str = "") -> str:
    """A stable element id for a chart."""
    return "chart-" + _slug(f"{kind}-{name}-{suffix}" if suffix else f"{kind}-{name}")
