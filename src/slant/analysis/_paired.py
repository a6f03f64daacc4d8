"""Paired model-vs-reference deltas on each suite's headline metric, Holm-corrected."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from slant.report._summary import applicable, headline_scorer_rows
from slant.stats import holm, paired_binary, paired_bootstrap

PAIRED_COLUMNS = [
    "suite",
    "metric",
    "model",
    "reference",
    "delta",
    "low",
    "high",
    "p_value",
    "p_holm",
    "significant",
    "n_pairs",
    "test",
]


def _values(rows: pd.DataFrame, key: str) -> pd.Series:
    ok = applicable(rows, key)
    col = f"v_{key}"
    if key != "valid" and "v_valid" in ok.columns and ok["v_valid"].notna().any():
        ok = ok[ok["v_valid"] == 1]
    ok = ok[ok[col].notna()]
    return ok.set_index(["sample_id", "epoch"])[col].astype(float)


def paired_deltas(
    samples: pd.DataFrame,
    runs: pd.DataFrame,
    reference: str,
    metrics: dict[str, list[str]] | None = None,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Every model against `reference`, paired by (probe id, epoch), per suite metric.

    Args:
        samples: the per-sample table.
        runs: the per-log table (gives each suite's headline metric).
        reference: the reference model's name.
        metrics: suite -> metric keys to compare (default: the headline).
        alpha: level for the `significant` flag after Holm correction.
    """
    out: list[dict[str, Any]] = []
    for suite, info in runs.groupby("suite", sort=False):
        keys = (metrics or {}).get(str(suite)) or [str(info["headline"].iloc[0])]
        rows = headline_scorer_rows(samples, str(suite))
        if f"v_{keys[0]}" not in rows.columns:
            continue
        models = list(dict.fromkeys(rows["model"]))
        if reference not in models:
            continue
        for key in keys:
            ref = _values(rows[rows["model"] == reference], key)
            for model in models:
                if model == reference:
                    continue
                mine = _values(rows[rows["model"] == model], key)
                joined = pd.concat([mine.rename("m"), ref.rename("r")], axis=1, join="inner")
                x, y = joined["m"].to_numpy(), joined["r"].to_numpy()
                binary = bool(np.isin(np.concatenate([x, y]), (0.0, 1.0)).all())
                epochs = joined.index.get_level_values("epoch")
                if binary and len(set(epochs)) <= 1:
                    res = paired_binary(x, y)
                else:
                    clusters = list(joined.index.get_level_values("sample_id"))
                    res = paired_bootstrap(x, y, clusters=clusters)
                out.append(
                    {
                        "suite": suite,
                        "metric": key,
                        "model": model,
                        "reference": reference,
                        "delta": res.delta,
                        "low": res.low,
                        "high": res.high,
                        "p_value": res.p_value,
                        "n_pairs": res.n_pairs,
                        "test": res.test,
                    }
                )
    frame = pd.DataFrame(
        out, columns=[c for c in PAIRED_COLUMNS if c not in ("p_holm", "significant")]
    )
    frame["p_holm"] = holm(list(frame["p_value"])) if len(frame) else []
    frame["significant"] = frame["p_holm"] < alpha
    return frame[PAIRED_COLUMNS]
