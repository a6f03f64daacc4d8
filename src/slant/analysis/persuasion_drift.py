"""Persuasion-drift analysis: accuracy, flips by turn, survival and per-appeal hazards.

Reads the per-sample table of `persuasion_drift` suites (one row per sample x epoch x
scorer; the `drift_tracker` score metadata carries the answers per turn) and returns:

- `drift`: per (model, suite, group) the metrics `initial_accuracy`, `invalid_rate`,
  `n_initially_correct`, `flip_rate`, `median_turns_to_flip`, `mean_flips`,
  `final_accuracy_drop` and `justified_revision_rate`; in group `all` also
  `flip_rate_vs_neutral` (pressure minus neutral-follow-up flip rate). Groups: `all`,
  `condition:<c>`, `item_type:<t>` and `appeal:<a>` (for appeals: `flip_rate` only, the
  hazard per turn of that appeal: flips at a turn of appeal a / initially-correct items
  still holding when a turn of appeal a was given).
- `flip_by_turn`: `flip_rate` at each pressure turn k (extra column `turn`): among
  initially-correct items whose ladder reaches turn k, the share that flipped at or
  before k.
- `survival`: the Kaplan-Meier curve of turns-to-flip (extra columns `turn`, `at_risk`,
  `events`): items that never flip are censored at their last turn. Intervals are Wilson
  while every item is still observed, Greenwood (log-log) once some are censored, and a
  cluster bootstrap by probe when there are several epochs.

Only items answered correctly at turn 0 count toward flip rates. Rows with an error are
left out of every rate.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from slant.analysis._base import METRIC_COLUMNS, KindAnalysis, metric_row, register
from slant.stats import Z95, Estimate, bootstrap, rate, wilson

__all__ = ["DriftUnit", "analyze_drift", "kaplan_meier", "units_from_samples"]

_SCORER = "drift_tracker"


@dataclass
class DriftUnit:
    """One (model, suite, probe, epoch) conversation, as the analysis needs it."""

    model: str
    suite: str
    sample_id: str
    epoch: int
    condition: str
    item_type: str
    valid: bool
    initial_correct: bool
    final_correct: bool
    flip_turn: int | None
    n_turns: int  # pressure turns answered
    appeals: list[str]
    changes: int
    justified_revision: bool | None


def _meta(row: pd.Series) -> dict[str, Any]:
    m = row.get("score_meta")
    return dict(m) if isinstance(m, dict) else {}


def _probe(row: pd.Series) -> dict[str, Any]:
    p = row.get("probe")
    return dict(p) if isinstance(p, dict) else {}


def _field(row: pd.Series, probe: dict[str, Any], name: str, default: str) -> str:
    v = row.get(name)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        v = probe.get(name)
    return str(v) if v is not None else default


def _num(row: pd.Series, key: str) -> float | None:
    v = row.get(f"v_{key}")
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _changes_from_correct(per_turn: list[bool | None]) -> int:
    known = [c for c in per_turn if c is not None]
    return sum(1 for a, b in itertools.pairwise(known) if a != b)


def units_from_samples(samples: pd.DataFrame) -> tuple[list[DriftUnit], int]:
    """Conversations of the drift scorer, and how many rows were left out for errors."""
    if samples.empty:
        return [], 0
    rows = samples
    if "scorer" in rows.columns and (rows["scorer"] == _SCORER).any():
        rows = rows[(rows["scorer"] == _SCORER) | rows["scorer"].isna()]
    errors = rows["error"].notna() if "error" in rows.columns else pd.Series(False, rows.index)
    n_errors = int(rows[errors].drop_duplicates(["model", "suite", "sample_id", "epoch"]).shape[0])
    units: list[DriftUnit] = []
    for _, row in rows[~errors].iterrows():
        meta = _meta(row)
        per_turn: list[bool | None] | None = meta.get("per_turn_correct")
        if per_turn is None:
            continue
        probe = _probe(row)
        appeals = meta.get("appeals")
        if appeals is None:
            appeals = [p.get("appeal") for p in probe.get("pressure", [])]
        valid = _num(row, "valid")
        initial = _num(row, "initial_correct")
        final = _num(row, "final_correct")
        n_turns = meta.get("n_pressure_turns")
        changes = meta.get("changes")
        units.append(
            DriftUnit(
                model=str(row["model"]),
                suite=str(row["suite"]),
                sample_id=str(row["sample_id"]),
                epoch=int(row.get("epoch") or 1),
                condition=_field(row, probe, "condition", "pressure"),
                item_type=_field(row, probe, "item_type", "factual"),
                valid=bool(valid) if valid is not None else per_turn[0] is not None,
                initial_correct=bool(initial) if initial is not None else per_turn[0] is True,
                final_correct=bool(final) if final is not None else per_turn[-1] is True,
                flip_turn=int(meta["flip_turn"]) if meta.get("flip_turn") else None,
                n_turns=int(n_turns) if n_turns is not None else max(0, len(per_turn) - 1),
                appeals=[str(a) if a else "unspecified" for a in appeals],
                changes=int(changes) if changes is not None else _changes_from_correct(per_turn),
                justified_revision=meta.get("justified_revision"),
            )
        )
    return units, n_errors


# ---------------------------------------------------------------------------- survival


@dataclass
class SurvivalPoint:
    turn: int
    survival: float
    low: float
    high: float
    at_risk: int
    events: int
    method: str


def _km_curve(
    times: np.ndarray, events: np.ndarray, max_turn: int
) -> list[tuple[float, int, int, float]]:
    """(S(t), at risk, events, Greenwood sum) for t = 0..max_turn."""
    out: list[tuple[float, int, int, float]] = [(1.0, int(times.size), 0, 0.0)]
    s, gw = 1.0, 0.0
    for t in range(1, max_turn + 1):
        n = int((times >= t).sum())
        d = int(((times == t) & events).sum())
        if n > 0 and d > 0:
            s *= 1 - d / n
            gw += d / (n * (n - d)) if n > d else math.inf
        out.append((s, n, d, gw))
    return out


def kaplan_meier(
    times: Iterable[int],
    events: Iterable[bool],
    clusters: Iterable[object] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
) -> list[SurvivalPoint]:
    """Kaplan-Meier survival of turns-to-flip with 95% intervals, for turns 0..max(times).

    Args:
        times: The flip turn of items that flipped, the last turn of the others.
        events: Whether each item flipped (False = censored at its time).
        clusters: Probe ids; with repeated probes (epochs) the interval is a cluster
            bootstrap instead of Wilson/Greenwood.
        n_boot: Bootstrap resamples.
        seed: Bootstrap seed.
    """
    t_arr = np.asarray(list(times), dtype=int)
    e_arr = np.asarray(list(events), dtype=bool)
    if t_arr.size == 0:
        return []
    max_turn = int(t_arr.max())
    curve = _km_curve(t_arr, e_arr, max_turn)
    keys = list(clusters) if clusters is not None else None
    repeated = keys is not None and len(set(keys)) < len(keys)
    boot_lo = boot_hi = None
    if repeated and keys is not None:
        groups: dict[object, list[int]] = {}
        for i, k in enumerate(keys):
            groups.setdefault(k, []).append(i)
        idx_groups = [np.asarray(g) for g in groups.values()]
        rng = np.random.default_rng(seed)
        boots = np.empty((n_boot, max_turn + 1))
        for b in range(n_boot):
            pick = rng.integers(0, len(idx_groups), size=len(idx_groups))
            sel = np.concatenate([idx_groups[g] for g in pick])
            boots[b] = [p[0] for p in _km_curve(t_arr[sel], e_arr[sel], max_turn)]
        boot_lo, boot_hi = np.quantile(boots, [0.025, 0.975], axis=0)
    points: list[SurvivalPoint] = []
    censored_before = 0
    for t, (s, n, d, gw) in enumerate(curve):
        if t > 0:
            censored_before = int(((t_arr < t) & ~e_arr).sum())
        if boot_lo is not None and boot_hi is not None:
            lo, hi, method = float(boot_lo[t]), float(boot_hi[t]), "kaplan-meier cluster-bootstrap"
        elif censored_before == 0:
            # nobody censored yet: S(t) is a plain proportion of all items
            survivors = round(s * t_arr.size)
            w = wilson(survivors, int(t_arr.size))
            lo, hi, method = w.low, w.high, "kaplan-meier (wilson)"
        elif 0 < s < 1 and math.isfinite(gw):
            se = math.sqrt(gw) / abs(math.log(s))
            lo = s ** math.exp(Z95 * se)
            hi = s ** math.exp(-Z95 * se)
            method = "kaplan-meier greenwood"
        else:
            w = wilson(round(s * n), n) if n else wilson(0, 0)
            lo, hi, method = w.low, w.high, "kaplan-meier (wilson)"
        points.append(SurvivalPoint(t, s, lo, hi, n, d, method))
    return points


def _median(points: list[SurvivalPoint]) -> Estimate:
    """Median turns-to-flip (first turn with S <= 0.5) with the interval read off the band."""

    def first(get: Callable[[SurvivalPoint], float]) -> float:
        return next((float(p.turn) for p in points if get(p) <= 0.5), math.nan)

    n = points[0].at_risk if points else 0
    return Estimate(
        first(lambda p: p.survival),
        first(lambda p: p.low),
        first(lambda p: p.high),
        n,
        "kaplan-meier median",
    )


# ---------------------------------------------------------------------------- metrics


def _count(n: int) -> Estimate:
    return Estimate(float(n), float(n), float(n), n, "count")


def _rate(values: list[float], clusters: list[str]) -> Estimate:
    return rate(values, clusters) if values else Estimate(math.nan, math.nan, math.nan, 0, "none")


def _boot(values: list[float], ids: list[str]) -> Estimate:
    """Bootstrap mean, resampling whole probes when a probe appears more than once."""
    repeated = len(set(ids)) < len(ids)
    return bootstrap(values, ids if repeated else None, n_boot=1000)


def _cluster_means(
    x: np.ndarray, ids: list[str], rng: np.random.Generator, n_boot: int
) -> np.ndarray:
    groups: dict[str, list[int]] = {}
    for i, k in enumerate(ids):
        groups.setdefault(k, []).append(i)
    sums = np.array([x[g].sum() for g in groups.values()])
    counts = np.array([len(g) for g in groups.values()])
    picks = rng.integers(0, len(sums), size=(n_boot, len(sums)))
    means: np.ndarray = sums[picks].sum(axis=1) / counts[picks].sum(axis=1)
    return means


def _diff(a: list[DriftUnit], b: list[DriftUnit], n_boot: int = 2000) -> Estimate:
    """Flip rate of `a` minus flip rate of `b` (independent groups), cluster bootstrap."""
    xa = np.array([u.flip_turn is not None for u in a], dtype=float)
    xb = np.array([u.flip_turn is not None for u in b], dtype=float)
    if not xa.size or not xb.size:
        return Estimate(math.nan, math.nan, math.nan, 0, "none")
    rng = np.random.default_rng(0)
    boots = _cluster_means(xa, [u.sample_id for u in a], rng, n_boot) - _cluster_means(
        xb, [u.sample_id for u in b], rng, n_boot
    )
    lo, hi = np.quantile(boots, [0.025, 0.975])
    return Estimate(
        float(xa.mean() - xb.mean()),
        float(lo),
        float(hi),
        int(xa.size + xb.size),
        "bootstrap difference",
    )


def _group_metrics(units: list[DriftUnit]) -> list[tuple[str, Estimate]]:
    valid = [u for u in units if u.valid]
    held = [u for u in valid if u.initial_correct]
    out: list[tuple[str, Estimate]] = []
    out.append(
        (
            "initial_accuracy",
            _rate([float(u.initial_correct) for u in valid], [u.sample_id for u in valid]),
        )
    )
    out.append(
        ("invalid_rate", _rate([float(not u.valid) for u in units], [u.sample_id for u in units]))
    )
    out.append(("n_initially_correct", _count(len(held))))
    out.append(
        (
            "flip_rate",
            _rate([float(u.flip_turn is not None) for u in held], [u.sample_id for u in held]),
        )
    )
    if held:
        km = kaplan_meier(
            [u.flip_turn if u.flip_turn is not None else u.n_turns for u in held],
            [u.flip_turn is not None for u in held],
            [u.sample_id for u in held],
        )
        out.append(("median_turns_to_flip", _median(km)))
    if valid:
        drops = [float(u.initial_correct) - float(u.final_correct) for u in valid]
        ids = [u.sample_id for u in valid]
        out.append(("final_accuracy_drop", _boot(drops, ids)))
        out.append(("mean_flips", _boot([float(u.changes) for u in valid], ids)))
    revisable = [u for u in valid if u.justified_revision is not None]
    out.append(
        (
            "justified_revision_rate",
            _rate(
                [float(bool(u.justified_revision)) for u in revisable],
                [u.sample_id for u in revisable],
            ),
        )
    )
    return [(m, e) for m, e in out if e.n > 0 or m == "n_initially_correct"]


def _appeal_hazards(units: list[DriftUnit]) -> dict[str, Estimate]:
    """Per appeal: flips at a turn of that appeal / turns of that appeal given while holding."""
    exposures: dict[str, tuple[list[float], list[str]]] = {}
    for u in units:
        if not (u.valid and u.initial_correct):
            continue
        last = u.flip_turn if u.flip_turn is not None else u.n_turns
        for k in range(1, last + 1):
            appeal = u.appeals[k - 1] if k - 1 < len(u.appeals) else "unspecified"
            vals, ids = exposures.setdefault(appeal, ([], []))
            vals.append(float(k == u.flip_turn))
            ids.append(u.sample_id)
    return {a: _rate(v, ids) for a, (v, ids) in sorted(exposures.items())}


def _groups(units: list[DriftUnit]) -> list[tuple[str, list[DriftUnit]]]:
    out: list[tuple[str, list[DriftUnit]]] = [("all", units)]
    for attr in ("condition", "item_type"):
        for value in sorted({getattr(u, attr) for u in units}):
            out.append((f"{attr}:{value}", [u for u in units if getattr(u, attr) == value]))
    return out


def analyze_drift(units: list[DriftUnit]) -> dict[str, pd.DataFrame]:
    """The `drift`, `flip_by_turn` and `survival` tables of a list of conversations."""
    drift: list[dict[str, Any]] = []
    by_turn: list[dict[str, Any]] = []
    survival: list[dict[str, Any]] = []
    keys = sorted({(u.model, u.suite) for u in units})
    for model, suite in keys:
        mine = [u for u in units if u.model == model and u.suite == suite]
        for group, members in _groups(mine):
            for metric, est in _group_metrics(members):
                drift.append(metric_row(model, suite, group, metric, est))
            if group == "all":
                pressure = [
                    u
                    for u in members
                    if u.condition == "pressure" and u.valid and u.initial_correct
                ]
                neutral = [
                    u for u in members if u.condition == "neutral" and u.valid and u.initial_correct
                ]
                if pressure and neutral:
                    drift.append(
                        metric_row(
                            model, suite, group, "flip_rate_vs_neutral", _diff(pressure, neutral)
                        )
                    )
            held = [u for u in members if u.valid and u.initial_correct]
            if not held:
                continue
            for k in range(1, max(u.n_turns for u in held) + 1):
                reach = [u for u in held if u.n_turns >= k]
                vals = [float(u.flip_turn is not None and u.flip_turn <= k) for u in reach]
                est = _rate(vals, [u.sample_id for u in reach])
                by_turn.append(metric_row(model, suite, group, "flip_rate", est, turn=k))
            km = kaplan_meier(
                [u.flip_turn if u.flip_turn is not None else u.n_turns for u in held],
                [u.flip_turn is not None for u in held],
                [u.sample_id for u in held],
            )
            for p in km:
                est = Estimate(p.survival, p.low, p.high, p.at_risk, p.method)
                survival.append(
                    metric_row(
                        model,
                        suite,
                        group,
                        "survival",
                        est,
                        turn=p.turn,
                        at_risk=p.at_risk,
                        events=p.events,
                    )
                )
        for appeal, est in _appeal_hazards(mine).items():
            drift.append(metric_row(model, suite, f"appeal:{appeal}", "flip_rate", est))
    return {
        "drift": pd.DataFrame(drift, columns=METRIC_COLUMNS),
        "flip_by_turn": pd.DataFrame(by_turn, columns=[*METRIC_COLUMNS, "turn"]),
        "survival": pd.DataFrame(survival, columns=[*METRIC_COLUMNS, "turn", "at_risk", "events"]),
    }


@register("persuasion_drift")
def persuasion_drift(samples: pd.DataFrame) -> KindAnalysis:
    """Persuasion-drift tables from the per-sample table (see the module docstring)."""
    units, n_errors = units_from_samples(samples)
    result = KindAnalysis(kind="persuasion_drift", tables=analyze_drift(units))
    held = sum(1 for u in units if u.valid and u.initial_correct)
    result.notes.append(
        f"{held} of {len(units)} conversations were answered correctly at turn 0; only "
        "those count toward flip rates, turns-to-flip and per-appeal hazards."
    )
    if n_errors:
        result.notes.append(f"{n_errors} conversation(s) with an error are left out.")
    result.notes.append(
        "appeal:<a> flip_rate is a per-turn hazard: flips at a turn of that appeal divided "
        "by the turns of that appeal given to items still holding the correct answer."
    )
    return result
