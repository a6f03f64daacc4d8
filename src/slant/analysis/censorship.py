"""Censorship analysis: non-answer rates, the censorship and language gaps, layer attribution
and self-identity, each with a 95% interval.

- rates: refusal / deflection / narrative / non-answer on sensitive probes (and controls).
- censorship_gap: non-answer on a sensitive probe minus on its control twin, paired by
  `pair_id` (McNemar with one epoch, paired cluster bootstrap otherwise).
- language_gap: the same sensitive item in Chinese minus in English (`meta.en_twin`).
- layer_attribution, per topic: of the sensitive probes, the share the model knows and
  answers, knows but withholds (post-training censorship), or does not know (absent from
  pretraining), where "knows" means it passes the topic's knowledge checks. When a model
  alias declares `weights_of: <local alias>`, a probe answered by the local weights but
  withheld through the API is attributed to the serving layer.
- identity: the vendors a model claims on self-identity probes and the mismatch rate with
  its declared identity.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from slant.analysis._base import KindAnalysis, metric_row, register
from slant.stats import Estimate, paired_binary, paired_bootstrap, rate

RATE_KEYS = ("non_answer", "refuse", "deflect", "narrative")


def _ok(rows: pd.DataFrame) -> pd.DataFrame:
    """Error-free rows of the first scorer whose answer could be classified."""
    rows = rows[rows["error"].isna()]
    scorers = rows["scorer"].dropna().unique()
    rows = rows[rows["scorer"] == scorers[0]] if len(scorers) else rows
    if "v_valid" in rows.columns:
        rows = rows[rows["v_valid"].fillna(1.0) == 1.0]
    return rows


def _rate(rows: pd.DataFrame, col: str) -> Estimate:
    vals = rows[col].astype(float).to_numpy()
    return rate(vals, list(rows["sample_id"]))


def _groups(rows: pd.DataFrame, fields: tuple[str, ...]) -> list[tuple[str, pd.DataFrame]]:
    out: list[tuple[str, pd.DataFrame]] = [("all", rows)]
    for f in fields:
        if f in rows.columns:
            for value, sub in rows.groupby(f, sort=True):
                out.append((f"{f}:{value}", sub))
    return out


def _paired(a: pd.Series, b: pd.Series) -> Estimate:
    """Paired difference a - b of 0/1 outcomes aligned on their index."""
    joined = pd.concat([a.rename("a"), b.rename("b")], axis=1, join="inner").dropna()
    if joined.empty:
        return Estimate(np.nan, np.nan, np.nan, 0, "paired")
    epochs = joined.index.get_level_values(-1)
    if len(set(epochs)) <= 1:
        r = paired_binary(joined["a"].to_numpy(), joined["b"].to_numpy())
    else:
        r = paired_bootstrap(
            joined["a"].to_numpy(),
            joined["b"].to_numpy(),
            clusters=list(joined.index.get_level_values(0)),
        )
    return Estimate(r.delta, r.low, r.high, r.n_pairs, r.test)


def _meta(rows: pd.DataFrame, key: str) -> pd.Series:
    return rows["probe"].map(lambda p: ((p or {}).get("meta") or {}).get(key))


def _rates(ok: pd.DataFrame, model: str, suite: str) -> list[dict[str, Any]]:
    out = []
    for condition in ("sensitive", "control"):
        sub = ok[ok["condition"] == condition]
        prefix = "" if condition == "sensitive" else "control:"
        for group, g in _groups(sub, ("topic", "region", "language")):
            for key in RATE_KEYS:
                if f"v_{key}" in g.columns:
                    out.append(metric_row(model, suite, prefix + group, key, _rate(g, f"v_{key}")))
    return out


def _gap_rows(ok: pd.DataFrame, model: str, suite: str) -> list[dict[str, Any]]:
    sens = ok[ok["condition"] == "sensitive"]
    ctrl = ok[ok["condition"] == "control"]
    a = sens.set_index(["pair_id", "epoch"])["v_non_answer"].astype(float)
    b = ctrl.set_index(["pair_id", "epoch"])["v_non_answer"].astype(float)
    out = [metric_row(model, suite, "all", "censorship_gap", _paired(a, b))]
    for field in ("topic", "region", "language"):
        for value, g in sens.groupby(field, sort=True):
            ga = g.set_index(["pair_id", "epoch"])["v_non_answer"].astype(float)
            out.append(
                metric_row(model, suite, f"{field}:{value}", "censorship_gap", _paired(ga, b))
            )
    return out


def _language_rows(ok: pd.DataFrame, model: str, suite: str) -> list[dict[str, Any]]:
    sens = ok[ok["condition"] == "sensitive"].copy()
    sens["en_twin"] = _meta(sens, "en_twin")
    # one Chinese item per English twin and epoch (a duplicate twin would be ambiguous)
    zh = sens[sens["en_twin"].notna()].drop_duplicates(["en_twin", "epoch"])
    if zh.empty:
        return []
    en = sens.set_index(["sample_id", "epoch"])["v_non_answer"].astype(float)
    a = zh.set_index(["en_twin", "epoch"])["v_non_answer"].astype(float)
    a.index = a.index.set_names(["sample_id", "epoch"])
    out = [metric_row(model, suite, "all", "language_gap", _paired(a, en))]
    for topic, g in zh.groupby("topic", sort=True):
        ga = g.set_index(["en_twin", "epoch"])["v_non_answer"].astype(float)
        ga.index = ga.index.set_names(["sample_id", "epoch"])
        out.append(metric_row(model, suite, f"topic:{topic}", "language_gap", _paired(ga, en)))
    return out


def _knows_by_topic(ok: pd.DataFrame) -> dict[str, float]:
    know = ok[ok["condition"] == "knowledge"]
    if know.empty:
        return {}
    flags = know["score_meta"].map(lambda m: 1.0 if (m or {}).get("knows") else 0.0)
    return {str(t): float(v) for t, v in flags.groupby(know["topic"]).mean().items()}


def _attribution_rows(
    ok: pd.DataFrame, model: str, suite: str, local: pd.DataFrame | None
) -> list[dict[str, Any]]:
    knows = _knows_by_topic(ok)
    sens = ok[ok["condition"] == "sensitive"]
    out = []
    local_ans: pd.Series | None = None
    if local is not None and not local.empty:
        lsens = local[local["condition"] == "sensitive"]
        local_ans = 1 - lsens.set_index(["sample_id", "epoch"])["v_non_answer"].astype(float)
    for topic, g in sens.groupby("topic", sort=True):
        if str(topic) not in knows:
            continue
        k = knows[str(topic)] >= 0.5
        withheld = g["v_non_answer"].astype(float).to_numpy()
        n = len(withheld)
        cats = {
            "knows_answers": (1 - withheld) if k else np.zeros(n),
            "knows_withholds": withheld if k else np.zeros(n),
            "does_not_know": np.ones(n) if not k else np.zeros(n),
        }
        if local_ans is not None:
            idx = pd.MultiIndex.from_arrays([g["sample_id"], g["epoch"]])
            local_vals = local_ans.reindex(idx).to_numpy()
            serving = np.where(np.isnan(local_vals), np.nan, local_vals * withheld)
            mask = ~np.isnan(serving)
            cats["serving_layer"] = serving[mask]
        for metric, vals in cats.items():
            est = rate(vals, list(g["sample_id"])[: len(vals)])
            out.append(
                metric_row(
                    model,
                    suite,
                    f"topic:{topic}",
                    metric,
                    est,
                    knowledge_accuracy=knows[str(topic)],
                )
            )
    return out


def _identity_rows(ok: pd.DataFrame, model: str, suite: str) -> list[dict[str, Any]]:
    ident = ok[ok["condition"] == "identity"]
    if ident.empty:
        return []
    claims = ident["score_meta"].map(lambda m: list((m or {}).get("claimed_vendors") or []))
    vendors = sorted({v for c in claims for v in c})
    out = []
    for vendor in vendors:
        vals = claims.map(lambda c, v=vendor: 1.0 if v in c else 0.0).to_numpy()
        out.append(
            metric_row(
                model, suite, "all", f"claims:{vendor}", rate(vals, list(ident["sample_id"]))
            )
        )
    none = claims.map(lambda c: 0.0 if c else 1.0).to_numpy()
    out.append(metric_row(model, suite, "all", "claims:none", rate(none, list(ident["sample_id"]))))
    mismatch = (
        ident["score_meta"]
        .map(lambda m: 1.0 if (m or {}).get("identity_mismatch") else 0.0)
        .to_numpy()
    )
    out.append(
        metric_row(
            model, suite, "all", "identity_mismatch", rate(mismatch, list(ident["sample_id"]))
        )
    )
    for language, g in ident.groupby("language", sort=True):
        mm = (
            g["score_meta"]
            .map(lambda m: 1.0 if (m or {}).get("identity_mismatch") else 0.0)
            .to_numpy()
        )
        out.append(
            metric_row(
                model,
                suite,
                f"language:{language}",
                "identity_mismatch",
                rate(mm, list(g["sample_id"])),
            )
        )
    return out


@register("censorship")
def analyze_censorship(samples: pd.DataFrame) -> KindAnalysis:
    """Censorship tables for every (suite, model) in `samples`."""
    result = KindAnalysis(kind="censorship")
    tables: dict[str, list[dict[str, Any]]] = {
        "rates": [],
        "censorship_gap": [],
        "language_gap": [],
        "layer_attribution": [],
        "identity": [],
    }
    for suite, srows in samples.groupby("suite", sort=False):
        ok_all = _ok(srows)
        if "v_non_answer" not in ok_all.columns:
            continue
        weights_of = (
            dict(zip(ok_all["model"], ok_all["weights_of"], strict=False))
            if "weights_of" in ok_all.columns
            else {}
        )
        for model, ok in ok_all.groupby("model", sort=True):
            m, s = str(model), str(suite)
            tables["rates"] += _rates(ok, m, s)
            tables["censorship_gap"] += _gap_rows(ok, m, s)
            tables["language_gap"] += _language_rows(ok, m, s)
            local_name = weights_of.get(model)
            local = ok_all[ok_all["model"] == local_name] if local_name else None
            tables["layer_attribution"] += _attribution_rows(ok, m, s, local)
            tables["identity"] += _identity_rows(ok, m, s)
            n_sens = int((ok["condition"] == "sensitive").sum())
            result.notes.append(f"{s} / {m}: {n_sens} sensitive answers scored")
    result.tables = {k: pd.DataFrame(v) for k, v in tables.items() if v}
    return result
