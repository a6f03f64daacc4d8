"""Per-kind report sections: which charts each kind's analysis tables become.

A kind's analysis (`slant.analysis`) registers named long-form tables; this module knows
the names each kind uses and draws the chart that reads best for each. Tables it does not
know still get a generic dot-and-interval chart, and every table is also shown as numbers
(tables absent from an analysis are skipped).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from slant.report._charts import (
    Chart,
    Palette,
    compass,
    curves,
    escape_labels,
    forest,
    heatmap,
    id_for,
    is_percent,
    stacked,
)

KIND_TITLES = {
    "censorship": "Censorship",
    "political_lean": "Political lean",
    "identity_norms": "Identity norms",
    "persuasion_drift": "Persuasion drift",
    "engagement": "Engagement",
}
KIND_INTROS = {
    "censorship": "Which sensitive questions each model refuses, deflects or answers with an "
    "official line, against matched control questions and across English and Chinese; "
    "whether it knows what it withholds; and who it says made it.",
    "political_lean": "Where each model stands on economic and social statements, whether it "
    "helps both sides of mirrored requests alike, and how often it volunteers opinions.",
    "identity_norms": "Reliance on stereotypes when a question is ambiguous (BBQ-style bias "
    "scores), decisions that change when only a person's group changes, and default "
    "assumptions.",
    "persuasion_drift": "Whether a model abandons a correct answer under turns of user "
    "pressure, at which turn, and under which appeal.",
    "engagement": "Engagement-optimising behaviour: sycophancy, flattery, retention hooks, "
    "anthropomorphism, dependency, romantic escalation, self-promotion, sneaking.",
}
MAX_TABLE_ROWS = 1500


@dataclass
class TableView:
    """A metric table rendered as text cells."""

    name: str
    columns: list[str]
    rows: list[list[tuple[str, str]]]  # (display text, sort value)
    total: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


@dataclass
class Section:
    """One kind's part of the page."""

    kind: str
    id: str
    title: str
    intro: str
    notes: list[str] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    tables: list[TableView] = field(default_factory=list)


def _fmt(v: Any, pct: bool, signed: bool = False) -> str:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return "" if v is None else str(v)
    if math.isnan(f):
        return "–"
    if pct:
        return f"{100 * f:+.1f}%" if signed else f"{100 * f:.1f}%"
    return f"{f:+.3f}" if signed else f"{f:.3f}"


def table_view(name: str, table: pd.DataFrame, limit: int = MAX_TABLE_ROWS) -> TableView:
    """Text cells of a metric table (value with its interval, then any extra columns)."""
    base = ["model", "suite", "group", "metric"]
    extra = [
        c
        for c in table.columns
        if c not in (*base, "value", "low", "high", "n", "method")
        and not table[c].map(lambda v: isinstance(v, dict | list)).any()
    ]
    columns = [*base, "value [95% interval]", "n", "method", *extra]
    rows: list[list[tuple[str, str]]] = []
    pct_by_metric = {
        str(m): is_percent(str(m), pd.concat([g["value"], g["low"], g["high"]]))
        for m, g in table.groupby("metric", sort=False)
    }
    for rec in table.head(limit).to_dict("records"):
        pct = pct_by_metric.get(str(rec.get("metric")), False)
        value = rec.get("value")
        cell = f"{_fmt(value, pct)} [{_fmt(rec.get('low'), pct)}, {_fmt(rec.get('high'), pct)}]"
        row = [(str(rec.get(c, "")), str(rec.get(c, ""))) for c in base]
        row.append((cell, "" if value is None else str(value)))
        row.append((str(rec.get("n", "")), str(rec.get("n", ""))))
        row.append((str(rec.get("method", "")), str(rec.get("method", ""))))
        for c in extra:
            v = rec.get(c)
            text = _fmt(v, False) if isinstance(v, float) else ("" if v is None else str(v))
            row.append((text, "" if v is None else str(v)))
        rows.append(row)
    return TableView(name, columns, rows, len(table))


Builder = Callable[[dict[str, pd.DataFrame], Palette, list[str]], list[Chart | None]]


def _groups(t: pd.DataFrame, *prefixes: str) -> list[str]:
    return [g for g in dict.fromkeys(t["group"].astype(str)) if g.split(":", 1)[0] in prefixes]


def _censorship(tables: dict[str, pd.DataFrame], pal: Palette, models: list[str]) -> list[Any]:
    out: list[Chart | None] = []
    k = "censorship"
    rates = tables.get("rates")
    if rates is not None:
        out.append(
            stacked(
                rates,
                models,
                ["refuse", "deflect", "narrative"],
                id_for(k, "rates"),
                "Non-answers on sensitive probes, by type",
                "Share of sensitive probes refused, deflected or answered with an official "
                "narrative (together: the non-answer rate).",
                colours=["#cf222e", "#bf8700", "#8250df"],
            )
        )
        out.append(
            heatmap(
                rates,
                models,
                "non_answer",
                "topic",
                id_for(k, "rates", "topic"),
                "Non-answer rate by topic",
                "Sensitive probes only; hover for the interval and n.",
            )
        )
        out.append(
            heatmap(
                rates,
                models,
                "non_answer",
                "region",
                id_for(k, "rates", "region"),
                "Non-answer rate by region",
            )
        )
    gap = tables.get("censorship_gap")
    if gap is not None:
        out.append(
            forest(
                gap,
                pal,
                id_for(k, "gap"),
                "Censorship gap (sensitive minus control)",
                "Non-answer rate on a sensitive probe minus on its matched control twin, "
                "paired by pair id; 0 means the topic is treated like its control.",
                groups=["all", *_groups(gap, "region", "language")],
                ref_line=0.0,
            )
        )
        out.append(
            heatmap(
                gap,
                models,
                "censorship_gap",
                "topic",
                id_for(k, "gap", "topic"),
                "Censorship gap by topic",
                diverging=True,
            )
        )
    lang = tables.get("language_gap")
    if lang is not None:
        out.append(
            forest(
                lang,
                pal,
                id_for(k, "language-gap"),
                "Language gap (Chinese minus English)",
                "Non-answer rate on the Chinese version of a sensitive item minus on its "
                "English twin.",
                groups=["all"],
                ref_line=0.0,
            )
        )
        out.append(
            heatmap(
                lang,
                models,
                "language_gap",
                "topic",
                id_for(k, "language-gap", "topic"),
                "Language gap by topic",
                diverging=True,
            )
        )
    layer = tables.get("layer_attribution")
    if layer is not None and not layer.empty:
        cats = ["knows_answers", "knows_withholds", "does_not_know", "serving_layer"]
        pooled = _pool(layer, [c for c in cats if c in set(layer["metric"])])
        out.append(
            stacked(
                pooled,
                models,
                [c for c in cats[:3] if c in set(pooled["metric"])],
                id_for(k, "layer"),
                "Layer attribution (sensitive probes, all topics)",
                "Knows and answers / knows but withholds (post-training censorship) / does "
                "not know (absent from pretraining), by the topic's knowledge checks; pooled "
                "over topics weighted by n.",
                colours=["#1a7f37", "#cf222e", "#8c959f"],
            )
        )
        out.append(
            heatmap(
                layer,
                models,
                "knows_withholds",
                "topic",
                id_for(k, "layer", "topic"),
                "Knows but withholds, by topic",
            )
        )
        if "serving_layer" in set(layer["metric"]):
            out.append(
                forest(
                    layer,
                    pal,
                    id_for(k, "serving"),
                    "Withheld by the serving layer",
                    "Probes the local weights answer but the served model withholds.",
                    metrics=["serving_layer"],
                )
            )
    ident = tables.get("identity")
    if ident is not None and not ident.empty:
        claims = [m for m in dict.fromkeys(ident["metric"]) if str(m).startswith("claims:")]
        out.append(
            stacked(
                ident,
                models,
                claims,
                id_for(k, "identity"),
                "Claimed maker on self-identity probes",
                "Share of self-identity answers naming each vendor (an answer may name several).",
                labels={c: c.split(":", 1)[1] for c in claims},
            )
        )
        out.append(
            forest(
                ident,
                pal,
                id_for(k, "identity", "mismatch"),
                "Identity mismatch",
                "Share of self-identity answers claiming a maker other than the declared one.",
                metrics=["identity_mismatch"],
            )
        )
    return out


def _pool(table: pd.DataFrame, metrics: list[str]) -> pd.DataFrame:
    """n-weighted mean of each metric over a table's groups, per model (group 'all')."""
    rows = []
    t = table[table["metric"].isin(metrics)].copy()
    t["value"] = pd.to_numeric(t["value"], errors="coerce")
    t["n"] = pd.to_numeric(t["n"], errors="coerce").fillna(0)
    for (model, suite, metric), g in t.groupby(["model", "suite", "metric"], sort=False):
        g = g[g["value"].notna()]
        n = float(g["n"].sum())
        if not n:
            continue
        rows.append(
            {
                "model": model,
                "suite": suite,
                "group": "all",
                "metric": metric,
                "value": float((g["value"] * g["n"]).sum() / n),
                "low": math.nan,
                "high": math.nan,
                "n": int(n),
                "method": "pooled",
            }
        )
    return pd.DataFrame(
        rows, columns=["model", "suite", "group", "metric", "value", "low", "high", "n", "method"]
    )


def _political(tables: dict[str, pd.DataFrame], pal: Palette, models: list[str]) -> list[Any]:
    out: list[Chart | None] = []
    k = "political"
    pos = tables.get("position")
    if pos is not None:
        out.append(compass(pos, pal))
        groups = [g for g in dict.fromkeys(pos["group"].astype(str)) if g != "all"]
        if groups:
            out.append(
                forest(
                    pos,
                    pal,
                    id_for(k, "position", "robustness"),
                    "Position by condition, phrasing and option order",
                    "A position that moves with phrasing or option order is fragile.",
                    metrics=["economic", "social"],
                    groups=["all", *groups],
                    ref_line=0.0,
                )
            )
    even = tables.get("even_handedness")
    if even is not None:
        out.append(
            forest(
                even,
                pal,
                id_for(k, "even"),
                "Even-handedness on mirrored requests",
                "Asymmetries are right-leaning side minus left-leaning side (0 = even); "
                "even_handed_rate is the share of pairs treated alike.",
                groups=["all"],
                ref_line=None,
            )
        )
        out.append(
            heatmap(
                even,
                models,
                "comply_asymmetry",
                "country",
                id_for(k, "even", "country"),
                "Compliance asymmetry by country",
                diverging=True,
            )
        )
    expr = tables.get("expression")
    if expr is not None:
        out.append(
            forest(
                expr,
                pal,
                id_for(k, "expression"),
                "Volunteered opinions",
                "Share of open questions answered with a personal opinion.",
                metrics=["opinion_rate"],
            )
        )
    return out


def _identity(tables: dict[str, pd.DataFrame], pal: Palette, models: list[str]) -> list[Any]:
    out: list[Chart | None] = []
    k = "identity"
    bbq = tables.get("bbq")
    if bbq is not None:
        out.append(
            forest(
                bbq,
                pal,
                id_for(k, "bbq", "bias"),
                "Bias score by attribute",
                "BBQ-style bias scores (−1 anti-stereotype … +1 always the stereotype; 0 is "
                "unbiased) in ambiguous and disambiguated contexts, per attribute.",
                metrics=[m for m in ("s_amb", "s_dis") if m in set(bbq["metric"])],
                ref_line=0.0,
            )
        )
        out.append(
            forest(
                bbq,
                pal,
                id_for(k, "bbq", "accuracy"),
                "Accuracy and invalid answers",
                metrics=[
                    m
                    for m in ("accuracy_ambiguous", "accuracy_disambiguated", "invalid_rate")
                    if m in set(bbq["metric"])
                ],
                groups=["all"],
            )
        )
    cf = tables.get("counterfactual")
    if cf is not None:
        out.append(
            forest(
                cf,
                pal,
                id_for(k, "counterfactual"),
                "Counterfactual decision gap",
                "P(yes) for a group minus P(yes) for the scenario's reference group, paired "
                "by scenario; 0 = the decision does not depend on the group.",
                metrics=["decision_gap"],
                ref_line=0.0,
            )
        )
        out.append(
            forest(
                cf,
                pal,
                id_for(k, "counterfactual", "largest"),
                "Largest decision gap",
                "The largest absolute gap among the comparisons, with a bootstrap interval "
                "of that maximum over scenarios.",
                metrics=["largest_gap"],
            )
        )
    defaults = tables.get("defaults")
    if defaults is not None and not defaults.empty:
        for dim in list(dict.fromkeys(defaults["group"].astype(str)))[:8]:
            part = defaults[defaults["group"] == dim]
            labels = [m for m in dict.fromkeys(part["metric"]) if str(m).startswith("default:")]
            out.append(
                stacked(
                    part,
                    models,
                    labels,
                    id_for(k, "defaults", dim),
                    f"Default assumptions: {dim.split(':', 1)[-1]}",
                    "Share of answers assuming each default.",
                    group=dim,
                    labels={m: m.split(":", 1)[1] for m in labels},
                )
            )
    return out


def _drift(tables: dict[str, pd.DataFrame], pal: Palette, models: list[str]) -> list[Any]:
    out: list[Chart | None] = []
    k = "drift"
    drift = tables.get("drift")
    if drift is not None:
        wanted = (
            "flip_rate",
            "flip_rate_vs_neutral",
            "final_accuracy_drop",
            "initial_accuracy",
            "justified_revision_rate",
            "median_turns_to_flip",
        )
        metrics = [m for m in wanted if m in set(drift["metric"])]
        out.append(
            forest(
                drift,
                pal,
                id_for(k, "summary"),
                "Holding a correct answer under pressure",
                "flip_rate: share of initially correct answers abandoned under pressure "
                "(vs_neutral: minus the rate under neutral follow-ups); "
                "justified_revision_rate: share revised when the user is actually right.",
                metrics=metrics,
                groups=["all"],
            )
        )
        groups = _groups(drift, "appeal", "condition", "item_type")
        if groups:
            out.append(
                forest(
                    drift,
                    pal,
                    id_for(k, "by-appeal"),
                    "Flip rate by appeal and condition",
                    "For an appeal: the hazard per turn of that appeal (flips at its turns "
                    "over initially correct items still holding); for a condition or item "
                    "type: the flip rate.",
                    metrics=["flip_rate"],
                    groups=groups,
                )
            )
    surv = tables.get("survival")
    if surv is not None:
        out.append(
            curves(
                surv,
                pal,
                "survival",
                id_for(k, "survival"),
                "Survival of correct answers",
                "Kaplan-Meier share of initially correct answers still held after each "
                "pressure turn, with 95% bands.",
                step=True,
            )
        )
    flips = tables.get("flip_by_turn")
    if flips is not None:
        out.append(
            curves(
                flips,
                pal,
                "flip_rate",
                id_for(k, "flip-by-turn"),
                "Flips by turn",
                "Among initially correct items whose pressure ladder reaches turn k, the "
                "share that flipped at or before turn k.",
            )
        )
    return out


def _engagement(tables: dict[str, pd.DataFrame], pal: Palette, models: list[str]) -> list[Any]:
    out: list[Chart | None] = []
    k = "engagement"
    inc = tables.get("incidence")
    if inc is not None:
        scorers = (
            list(dict.fromkeys(inc["scorer"].dropna())) if "scorer" in inc.columns else [None]
        ) or [None]
        for i, scorer in enumerate(scorers):
            part = inc if scorer is None else inc[inc["scorer"] == scorer]
            by = f" ({scorer})" if len(scorers) > 1 else ""
            out.append(
                forest(
                    part,
                    pal,
                    id_for(k, "incidence", str(i)),
                    f"Incidence of engagement behaviour{by}",
                    "Share of conversations with the behaviour (egregious: a flagrant instance).",
                    metrics=[m for m in ("incidence", "egregious") if m in set(part["metric"])],
                    groups=["all"],
                )
            )
            out.append(
                heatmap(
                    part,
                    models,
                    "incidence",
                    "category",
                    id_for(k, "incidence-category", str(i)),
                    f"Incidence by category{by}",
                )
            )
    return out


BUILDERS: dict[str, tuple[Builder, set[str]]] = {
    "censorship": (
        _censorship,
        {"rates", "censorship_gap", "language_gap", "layer_attribution", "identity"},
    ),
    "political_lean": (_political, {"position", "even_handedness", "expression"}),
    "identity_norms": (_identity, {"bbq", "counterfactual", "defaults"}),
    "persuasion_drift": (_drift, {"drift", "survival", "flip_by_turn"}),
    "engagement": (_engagement, {"incidence"}),
}
REQUIRED = {"model", "group", "metric", "value", "low", "high", "n"}


def build_sections(analyses: dict[str, Any], palette: Palette) -> list[Section]:
    """One section per analysed kind, in the order kinds appear."""
    sections = []
    models = palette.models
    for kind, analysis in analyses.items():
        tables = {
            name: t
            for name, t in (getattr(analysis, "tables", {}) or {}).items()
            if isinstance(t, pd.DataFrame) and set(t.columns) >= REQUIRED
        }
        sec = Section(
            kind=kind,
            id=f"kind-{kind.replace('_', '-')}",
            title=KIND_TITLES.get(kind, kind.replace("_", " ").capitalize()),
            intro=KIND_INTROS.get(kind, ""),
            notes=[str(n) for n in getattr(analysis, "notes", []) or []],
        )
        builder, known = BUILDERS.get(kind, (None, set()))
        charts: list[Chart | None] = []
        # charts get labels escaped for plotly's text renderer; the number tables are
        # escaped by the page template instead
        ctables = {name: escape_labels(t) for name, t in tables.items()}
        try:
            if builder is not None:
                charts += builder(ctables, palette, models)
            for name, t in ctables.items():
                if name not in known:
                    charts.append(forest(t, palette, id_for(kind, name), name.replace("_", " ")))
        except Exception as e:  # a chart must not take the report down with it
            sec.notes.append(f"charts failed: {type(e).__name__}: {e}")
        sec.charts = [c for c in charts if c is not None]
        sec.tables = [table_view(name, t) for name, t in tables.items() if not t.empty]
        sections.append(sec)
    return sections
