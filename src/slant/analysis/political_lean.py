"""Political lean: positions on the axes, paired even-handedness, volunteered opinions.

Tables (long form, `METRIC_COLUMNS` plus the extra columns named here):

- `position`: metrics `economic` / `social`, the mean signed lean of the valid Likert
  answers (+ right/authoritarian, - left/libertarian, on -1..1) with a bootstrap interval
  over statements (clustered by `meta.statement`, else `pair_id`, so phrasings, orders,
  conditions and epochs of one statement move together). Groups `all`,
  `condition:forced|unforced`, `phrasing:<k>`, `order:<o>`. Extra columns:
  `invalid_rate` (+ `invalid_low`/`invalid_high`, Wilson) and `decline_rate` beside every
  position, and on the `all` rows the robustness band `band_low`/`band_high`: the range of
  the positions of every (phrasing, order, condition) variant.
- `even_handedness`: over mirrored pairs, side A = the left-leaning request (or the first
  `pair_role`), side B = the right-leaning one (or the second). `comply_asymmetry` and
  `hedge_asymmetry` = rate on B minus rate on A (paired bootstrap over pairs),
  `length_asymmetry` = mean of (words_B - words_A) / max(words_A, words_B), and
  `even_handed_rate` = share of pairs whose two sides get the same compliance and the same
  hedging. Groups `all` and `country:<c>`.
- `expression`: `opinion_rate`, the share of open questions answered with a volunteered
  personal opinion. Groups `all` and `topic:<t>`.

Samples with an error are excluded from every rate.
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import pandas as pd

from slant.analysis._base import KindAnalysis, metric_row, register
from slant.analysis._helpers import by_model, metric_frame, probe_meta, scorer_rows, value_col
from slant.scorers.political_lean import DEFAULT_ORDER
from slant.stats import Estimate, bootstrap, paired_bootstrap, rate, wilson

SCORER = "lean_extract"
AXES = ("economic", "social")
_LEAN_RANK = {"left": 0, "right": 1}
POSITION_EXTRA = [
    "invalid_rate",
    "invalid_low",
    "invalid_high",
    "decline_rate",
    "band_low",
    "band_high",
]


# ----------------------------------------------------------------------------- position


def likert_table(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per Likert answer: axis, lean, validity and the variant it was shown in."""
    lik = rows[rows["format"] == "likert"]
    probe = lik["probe"]
    meta = probe.map(probe_meta)
    statement = [
        str(m.get("statement") or p.get("pair_id") or p.get("probe_id") or sid)
        for m, p, sid in zip(meta, probe, lik["sample_id"], strict=True)
    ]
    return pd.DataFrame(
        {
            "axis": lik["axis"].astype(object),
            "lean": value_col(lik, "lean"),
            "valid": value_col(lik, "valid").fillna(0.0),
            "declined": value_col(lik, "declined").fillna(0.0),
            "statement": statement,
            "condition": probe.map(lambda p: "forced" if p.get("forced", True) else "unforced"),
            "phrasing": meta.map(lambda m: m.get("phrasing")),
            # logs from before both orders were shown carry no order: they showed the default
            "order": probe.map(lambda p: p.get("order") or DEFAULT_ORDER),
        },
        index=lik.index,
    )


def _position(sub: pd.DataFrame) -> Estimate:
    ok = sub[sub["valid"] == 1]
    if not len(ok):
        return Estimate(math.nan, math.nan, math.nan, 0, "cluster-bootstrap")
    return bootstrap(ok["lean"].to_numpy(float), clusters=list(ok["statement"]))


def _band(sub: pd.DataFrame) -> tuple[float, float]:
    ok = sub[sub["valid"] == 1]
    if not len(ok):
        return math.nan, math.nan
    keys = ok["phrasing"].astype(str) + "|" + ok["order"] + "|" + ok["condition"]
    per_variant = ok.groupby(keys)["lean"].mean()
    return float(per_variant.min()), float(per_variant.max())


def position_rows(model: str, suite: str, lik: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of the `position` table for one (model, suite)."""
    out: list[dict[str, Any]] = []
    groups: list[tuple[str, str, Any]] = [("all", "", None)]
    groups += [(f"condition:{c}", "condition", c) for c in ("forced", "unforced")]
    phrasings = sorted({str(p) for p in lik["phrasing"].dropna()})
    groups += [(f"phrasing:{p}", "phrasing", p) for p in phrasings]
    groups += [(f"order:{o}", "order", o) for o in sorted(lik["order"].dropna().unique())]
    for axis in AXES:
        on_axis = lik[lik["axis"] == axis]
        if not len(on_axis):
            continue
        for name, column, value in groups:
            if column == "phrasing":
                sub = on_axis[on_axis["phrasing"].astype(str) == value]
            elif column:
                sub = on_axis[on_axis[column] == value]
            else:
                sub = on_axis
            if not len(sub):
                continue
            invalid = wilson(float(((sub["valid"] == 0) & (sub["declined"] == 0)).sum()), len(sub))
            extra: dict[str, Any] = {
                "invalid_rate": invalid.value,
                "invalid_low": invalid.low,
                "invalid_high": invalid.high,
                "decline_rate": float(sub["declined"].mean()),
                "band_low": math.nan,
                "band_high": math.nan,
            }
            if name == "all":
                extra["band_low"], extra["band_high"] = _band(sub)
            out.append(metric_row(model, suite, name, axis, _position(sub), **extra))
    return out


# ----------------------------------------------------------------------- even-handedness


def _orientation(side_lean: Any, role: Any) -> tuple[int, str] | None:
    if side_lean in _LEAN_RANK:
        return (0, str(_LEAN_RANK[side_lean]))
    if role not in (None, ""):
        return (1, str(role))
    return None


def mirrored_pairs(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per (pair, epoch) with both sides' measures, A/B oriented when possible.

    Columns: pair_id, epoch, country, oriented, comply_a/b, hedge_a/b, words_a/b.
    """
    mir = rows[rows["format"] == "mirrored"]
    records: list[dict[str, Any]] = []
    comply, hedge = value_col(mir, "comply"), value_col(mir, "hedge")
    length = value_col(mir, "length")
    for (pair, epoch), g in mir.groupby(["pair_id", "epoch"], sort=False):
        if len(g) != 2:
            continue  # a side failed or the pair is not a pair: nothing to compare
        sides = []
        for idx, r in g.iterrows():
            m = probe_meta(r["probe"])
            sides.append((_orientation(m.get("side_lean"), m.get("pair_role")), idx, r))
        keys = [s[0] for s in sides]
        oriented = (
            keys[0] is not None
            and keys[1] is not None
            and keys[0][0] == keys[1][0]
            and keys[0] != keys[1]
        )
        if oriented:
            sides.sort(key=lambda s: s[0] or (9, ""))
        (_, ia, ra), (_, ib, rb) = sides
        records.append(
            {
                "pair_id": str(pair),
                "epoch": epoch,
                "country": next((c for c in (ra["country"], rb["country"]) if pd.notna(c)), None),
                "oriented": oriented,
                "side_a": ra["side"],
                "side_b": rb["side"],
                "comply_a": comply[ia],
                "comply_b": comply[ib],
                "hedge_a": hedge[ia],
                "hedge_b": hedge[ib],
                "words_a": length[ia],
                "words_b": length[ib],
            }
        )
    return pd.DataFrame(
        records,
        columns=[
            "pair_id",
            "epoch",
            "country",
            "oriented",
            "side_a",
            "side_b",
            "comply_a",
            "comply_b",
            "hedge_a",
            "hedge_b",
            "words_a",
            "words_b",
        ],
    )


def _paired(b: np.ndarray, a: np.ndarray, clusters: list[object]) -> Estimate:
    n = len(set(clusters))
    if not n:
        return Estimate(math.nan, math.nan, math.nan, 0, "paired-bootstrap")
    res = paired_bootstrap(b, a, clusters=clusters)
    return Estimate(res.delta, res.low, res.high, n, res.test)


def even_handedness_rows(model: str, suite: str, pairs: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of the `even_handedness` table for one (model, suite)."""
    out: list[dict[str, Any]] = []
    groups: list[tuple[str, pd.DataFrame]] = [("all", pairs)]
    for country in sorted(pairs["country"].dropna().unique()):
        groups.append((f"country:{country}", pairs[pairs["country"] == country]))
    for name, sub in groups:
        if not len(sub):
            continue
        ori = sub[sub["oriented"].astype(bool)]
        clusters = list(ori["pair_id"])
        for measure in ("comply", "hedge"):
            est = _paired(
                ori[f"{measure}_b"].to_numpy(float), ori[f"{measure}_a"].to_numpy(float), clusters
            )
            out.append(metric_row(model, suite, name, f"{measure}_asymmetry", est))
        wa, wb = ori["words_a"].to_numpy(float), ori["words_b"].to_numpy(float)
        rel = (wb - wa) / np.maximum(np.maximum(wa, wb), 1.0)
        length = (
            bootstrap(rel, clusters=clusters)
            if len(rel)
            else Estimate(math.nan, math.nan, math.nan, 0, "cluster-bootstrap")
        )
        out.append(metric_row(model, suite, name, "length_asymmetry", length))
        same = (sub["comply_a"] == sub["comply_b"]) & (sub["hedge_a"] == sub["hedge_b"])
        out.append(
            metric_row(
                model,
                suite,
                name,
                "even_handed_rate",
                rate(same.astype(float).to_numpy(), list(sub["pair_id"])),
            )
        )
    return out


# ---------------------------------------------------------------------------- expression


def expression_rows(model: str, suite: str, rows: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of the `expression` table (opinion_rate) for one (model, suite)."""
    opn = rows[rows["format"] == "open"]
    values = value_col(opn, "opinion")
    opn = opn[values.notna()]
    values = values[values.notna()]
    if not len(opn):
        return []
    topic = opn["probe"].map(lambda p: probe_meta(p).get("topic"))
    out = [
        metric_row(
            model,
            suite,
            "all",
            "opinion_rate",
            rate(values.to_numpy(float), list(opn["sample_id"])),
        )
    ]
    for t in sorted(topic.dropna().unique()):
        mask = (topic == t).to_numpy()
        out.append(
            metric_row(
                model,
                suite,
                f"topic:{t}",
                "opinion_rate",
                rate(values[mask].to_numpy(float), list(opn["sample_id"][mask])),
            )
        )
    return out


@register("political_lean")
def analyze_political_lean(samples: pd.DataFrame) -> KindAnalysis:
    """Position, even-handedness and expression tables of political-lean suites."""
    rows = scorer_rows(samples, SCORER).reset_index(drop=True)
    position: list[dict[str, Any]] = []
    even: list[dict[str, Any]] = []
    expression: list[dict[str, Any]] = []
    unoriented = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        for model, suite, g in by_model(rows):
            position += position_rows(model, suite, likert_table(g))
            pairs = mirrored_pairs(g)
            unoriented += int((~pairs["oriented"].astype(bool)).sum())
            even += even_handedness_rows(model, suite, pairs)
            expression += expression_rows(model, suite, g)
    notes = [
        "Position: mean signed lean of valid Likert answers on -1..1 (+ right/authoritarian, "
        "- left/libertarian), bootstrap over statements; invalid and decline rates beside "
        "it; band = range of positions across phrasing x order x condition variants.",
        "Asymmetry = right-leaning side (B) minus left-leaning side (A): positive comply or "
        "length asymmetry means the right side got more help, positive hedge asymmetry "
        "means the right side was hedged more. Even-handed = same compliance and hedging "
        "on both sides.",
    ]
    if unoriented:
        notes.append(
            f"{unoriented} mirrored pair(s) without a left/right (or a/b) orientation count "
            "towards the even-handed rate only."
        )
    return KindAnalysis(
        kind="political_lean",
        tables={
            "position": metric_frame(position, POSITION_EXTRA),
            "even_handedness": metric_frame(even),
            "expression": metric_frame(expression),
        },
        notes=notes,
    )
