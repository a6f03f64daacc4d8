"""Persuasion-drift analysis on scripted models with known behaviour, and its statistics."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval

from slant.analysis import METRIC_COLUMNS
from slant.analysis.persuasion_drift import kaplan_meier, persuasion_drift
from slant.registry import load_probes, load_registry
from slant.report import load_frames
from slant.schemas import PersuasionDriftProbe
from slant.tasks import build_task
from tests.conftest import scripted

REG = load_registry()
SUITE = REG.suites["persuasion_drift"]
PROBES = [p for p in load_probes(SUITE)[0] if isinstance(p, PersuasionDriftProbe)]
LETTERS = "ABCDEFGHIJ"


def _probe(msgs: list[Any]) -> PersuasionDriftProbe:
    """The probe of a conversation: its question, and its first pressure turn once sent."""
    users = [m.text for m in msgs if m.role == "user"]
    cands = [p for p in PROBES if users[0].startswith(p.question)]
    if len(users) > 1:
        cands = [p for p in cands if p.pressure[0].text == users[1]]
    return cands[0]


def _wrong(p: PersuasionDriftProbe) -> str:
    pushed = p.meta.get("pushed_answer") or p.meta.get("misconception")
    if pushed:
        return str(pushed)
    return next(c for c in LETTERS[: len(p.choices or [])] if c != p.answer)


def cave_at_two(msgs: list[Any], n: int) -> str:
    """Correct for the question and the first push; the wrong answer from turn 2 on."""
    p = _probe(msgs)
    return f"Answer: {p.answer}" if n <= 2 else f"Answer: {_wrong(p)}"


def steadfast(msgs: list[Any], n: int) -> str:
    return f"Answer: {_probe(msgs).answer}"


def cave_under_pressure(msgs: list[Any], n: int) -> str:
    """Caves at turn 2 on pressure items only; holds under neutral and justified turns."""
    p = _probe(msgs)
    if n <= 2 or p.condition != "pressure":
        return f"Answer: {p.answer}"
    return f"Answer: {_wrong(p)}"


def _run(reply: Any, log_dir: Path) -> pd.DataFrame:
    [log] = inspect_eval(
        build_task(SUITE), model=scripted(reply), log_dir=str(log_dir), display="none"
    )
    assert log.status == "success"
    samples, _ = load_frames([log_dir])
    return samples


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    # twins share the question; the first pressure turn must tell them apart
    keys = [(p.question, p.pressure[0].text) for p in PROBES]
    assert len(keys) == len(set(keys))
    out = {}
    for name, reply in [
        ("cave", cave_at_two),
        ("steadfast", steadfast),
        ("pressure_only", cave_under_pressure),
    ]:
        out[name] = _run(reply, tmp_path_factory.mktemp(name))
    return out


def _metric(table: pd.DataFrame, group: str, metric: str, **extra: Any) -> pd.Series:
    rows = table[(table["group"] == group) & (table["metric"] == metric)]
    for k, v in extra.items():
        rows = rows[rows[k] == v]
    assert len(rows) == 1, (group, metric, extra)
    return rows.iloc[0]


def test_tables_follow_the_contract(frames: dict[str, pd.DataFrame]) -> None:
    tables = persuasion_drift(frames["cave"]).tables
    assert set(tables) == {"drift", "flip_by_turn", "survival"}
    assert list(tables["drift"].columns) == METRIC_COLUMNS
    assert list(tables["flip_by_turn"].columns) == [*METRIC_COLUMNS, "turn"]
    assert list(tables["survival"].columns)[: len(METRIC_COLUMNS) + 1] == [*METRIC_COLUMNS, "turn"]
    groups = set(tables["drift"]["group"])
    assert {
        "all",
        "condition:pressure",
        "condition:neutral",
        "condition:justified",
        "item_type:factual",
        "item_type:value",
    } <= groups
    assert {g for g in groups if g.startswith("appeal:")} >= {"appeal:doubt", "appeal:authority"}
    metrics = set(tables["drift"][tables["drift"]["group"] == "all"]["metric"])
    assert {
        "initial_accuracy",
        "flip_rate",
        "final_accuracy_drop",
        "n_initially_correct",
        "mean_flips",
        "median_turns_to_flip",
    } <= metrics


def test_caving_model(frames: dict[str, pd.DataFrame]) -> None:
    t = persuasion_drift(frames["cave"]).tables
    drift, by_turn, surv = t["drift"], t["flip_by_turn"], t["survival"]
    n = len(PROBES)
    assert _metric(drift, "all", "n_initially_correct")["value"] == n
    flip = _metric(drift, "all", "flip_rate")
    assert flip["value"] == 1.0 and flip["n"] == n and flip["low"] > 0.95
    med = _metric(drift, "all", "median_turns_to_flip")
    assert (med["value"], med["low"], med["high"]) == (2.0, 2.0, 2.0)
    assert _metric(drift, "all", "final_accuracy_drop")["value"] == 1.0
    assert _metric(drift, "all", "mean_flips")["value"] == 1.0
    assert _metric(by_turn, "all", "flip_rate", turn=1)["value"] == 0.0
    assert _metric(by_turn, "all", "flip_rate", turn=2)["value"] == 1.0
    s1 = _metric(surv, "all", "survival", turn=1)
    assert s1["value"] == 1.0 and s1["low"] > 0.95
    assert _metric(surv, "all", "survival", turn=2)["value"] == 0.0
    # every item caves at turn 2: each appeal's hazard is its share of turn-2 exposures
    for appeal in ("doubt", "authority", "logical", "neutral", "evidence"):
        row = _metric(drift, f"appeal:{appeal}", "flip_rate")
        expected_num = sum(1 for p in PROBES if p.pressure[1].appeal == appeal)
        expected_den = sum(1 for p in PROBES for q in p.pressure[:2] if q.appeal == appeal)
        assert row["value"] == pytest.approx(expected_num / expected_den)


def test_steadfast_model(frames: dict[str, pd.DataFrame]) -> None:
    t = persuasion_drift(frames["steadfast"]).tables
    drift = t["drift"]
    assert _metric(drift, "all", "initial_accuracy")["value"] == 1.0
    flip = _metric(drift, "all", "flip_rate")
    assert flip["value"] == 0.0 and flip["high"] < 0.05
    assert math.isnan(_metric(drift, "all", "median_turns_to_flip")["value"])
    assert _metric(drift, "all", "mean_flips")["value"] == 0.0
    assert _metric(drift, "all", "final_accuracy_drop")["value"] == 0.0
    assert (t["survival"]["value"] == 1.0).all()
    assert (t["flip_by_turn"]["value"] == 0.0).all()
    # the longest ladders have six turns; the curve reaches them
    assert t["survival"][t["survival"]["group"] == "all"]["turn"].max() == 6


def test_controls_separate_pressure_from_follow_ups(frames: dict[str, pd.DataFrame]) -> None:
    drift = persuasion_drift(frames["pressure_only"]).tables["drift"]
    assert _metric(drift, "condition:pressure", "flip_rate")["value"] == 1.0
    assert _metric(drift, "condition:neutral", "flip_rate")["value"] == 0.0
    assert _metric(drift, "condition:justified", "flip_rate")["value"] == 0.0
    excess = _metric(drift, "all", "flip_rate_vs_neutral")
    assert excess["value"] == 1.0 and excess["low"] > 0.9
    share = sum(p.condition == "pressure" for p in PROBES) / len(PROBES)
    assert _metric(drift, "all", "flip_rate")["value"] == pytest.approx(share)


def test_justified_revision_rate(tmp_path: Path) -> None:
    """A model that starts on the misconception and takes the evidence revises; counted
    as justified revision, not as a flip."""

    def misconceived(msgs: list[Any], n: int) -> str:
        p = _probe(msgs)
        if p.condition == "justified" and n == 1:
            return f"Answer: {p.meta['misconception']}"
        return f"Answer: {p.answer}"

    drift = persuasion_drift(_run(misconceived, tmp_path)).tables["drift"]
    rev = _metric(drift, "condition:justified", "justified_revision_rate")
    n_justified = sum(p.condition == "justified" for p in PROBES)
    assert rev["value"] == 1.0 and rev["n"] == n_justified
    assert _metric(drift, "condition:justified", "n_initially_correct")["value"] == 0
    assert _metric(drift, "all", "flip_rate")["value"] == 0.0


def test_errors_are_left_out(frames: dict[str, pd.DataFrame]) -> None:
    samples = frames["cave"].copy()
    broken = samples["sample_id"].isin(samples["sample_id"].unique()[:5])
    samples.loc[broken, "error"] = "RuntimeError: 503 Service Unavailable"
    result = persuasion_drift(samples)
    drift = result.tables["drift"]
    assert _metric(drift, "all", "n_initially_correct")["value"] == len(PROBES) - 5
    assert _metric(drift, "all", "flip_rate")["n"] == len(PROBES) - 5
    assert any("5 conversation(s) with an error" in n for n in result.notes)


def test_kaplan_meier_matches_hand_computation() -> None:
    # flips at 1, 2, 3; censored at 2 and 4
    times, events = [1, 2, 2, 3, 4], [True, True, False, True, False]
    km = kaplan_meier(times, events)
    surv = [p.survival for p in km]
    assert surv == pytest.approx([1.0, 0.8, 0.8 * 3 / 4, 0.8 * 3 / 4 * 1 / 2, 0.3])
    assert [p.at_risk for p in km] == [5, 5, 4, 2, 1]
    assert [p.events for p in km] == [0, 1, 1, 1, 0]
    # turn 1: nobody censored yet -> Wilson interval of 4/5
    assert km[1].method == "kaplan-meier (wilson)"
    assert km[1].low == pytest.approx(0.3755, abs=1e-3)
    # turn 3: Greenwood with the log-log transform
    s = 0.3
    gw = 1 / (5 * 4) + 1 / (4 * 3) + 1 / (2 * 1)
    se = math.sqrt(gw) / abs(math.log(s))
    assert km[3].method == "kaplan-meier greenwood"
    assert km[3].low == pytest.approx(s ** math.exp(1.959964 * se), rel=1e-4)
    assert km[3].high == pytest.approx(s ** math.exp(-1.959964 * se), rel=1e-4)
    assert all(p.low <= p.survival <= p.high for p in km)


def test_kaplan_meier_cluster_bootstrap_with_epochs() -> None:
    km = kaplan_meier(
        [1, 1, 3, 3, 2, 2],
        [True, True, False, False, True, True],
        clusters=["a", "a", "b", "b", "c", "c"],
    )
    assert {p.method for p in km} == {"kaplan-meier cluster-bootstrap"}
    assert km[1].survival == pytest.approx(4 / 6)
    assert 0 <= km[1].low <= km[1].survival <= km[1].high <= 1
