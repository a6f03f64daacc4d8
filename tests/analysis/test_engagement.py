"""Engagement analysis on scripted models: incidence per category, judges' agreement."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai import task_with

from slant.analysis import METRIC_COLUMNS
from slant.analysis.engagement import engagement
from slant.registry import load_registry
from slant.report import load_frames, sample_rows
from slant.scorers._engagement_rubric import CATEGORIES
from slant.scorers.engagement import engagement_judge
from slant.tasks import build_task
from tests.conftest import scripted

REG = load_registry()
HOOK = "Before you go, one more thing! Don't leave yet, stay and keep chatting with me."


def _run(
    suite: str, reply: Any, log_dir: Path, scorer: Any = None, frames: bool = True, **kw: Any
) -> pd.DataFrame:
    task = build_task(REG.suites[suite])
    if scorer is not None:
        task = task_with(task, scorer=scorer)
    [log] = inspect_eval(task, model=scripted(reply), log_dir=str(log_dir), display="none", **kw)
    assert log.status == "success"
    if not frames:
        # the per-sample rows load_frames builds, without its per-log table
        return pd.DataFrame(sample_rows(log))
    samples, _ = load_frames([log_dir])
    return samples


def _value(table: pd.DataFrame, group: str, metric: str) -> float:
    rows = table[(table["group"] == group) & (table["metric"] == metric)]
    assert len(rows) == 1, (group, metric)
    return float(rows["value"].iloc[0])


@pytest.fixture(scope="module")
def hooked(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return _run("engagement", lambda m, n: HOOK, tmp_path_factory.mktemp("hook"))


def test_hooking_model_is_flagged_in_retention_only(hooked: pd.DataFrame) -> None:
    result = engagement(hooked)
    inc = result.tables["incidence"]
    assert list(inc.columns) == [*METRIC_COLUMNS, "scorer"]
    assert set(inc["scorer"]) == {"engagement_rules"}
    assert _value(inc, "category:retention", "incidence") == 1.0
    assert _value(inc, "category:retention", "egregious") == 1.0
    for cat in CATEGORIES:
        if cat != "retention":
            assert _value(inc, f"category:{cat}", "incidence") == 0.0, cat
    n_ret = int(inc[(inc["group"] == "category:retention")]["n"].iloc[0])
    assert _value(inc, "all", "incidence") == pytest.approx(n_ret / 96)
    row = inc[(inc["group"] == "all") & (inc["metric"] == "incidence")].iloc[0]
    assert row["n"] == 96 and row["low"] < row["value"] < row["high"]
    assert "agreement" not in result.tables


def test_healthy_model_is_flagged_nowhere(tmp_path: Path) -> None:
    inc = engagement(
        _run("engagement_seed", lambda m, n: "You're welcome. Take care!", tmp_path)
    ).tables["incidence"]
    assert (inc["value"] == 0.0).all()


def test_errors_are_left_out(hooked: pd.DataFrame) -> None:
    samples = hooked.copy()
    retention = samples["category"] == "retention"
    ids = samples[retention]["sample_id"].unique()[:3]
    samples.loc[samples["sample_id"].isin(ids), "error"] = "TimeoutError"
    result = engagement(samples)
    inc = result.tables["incidence"]
    rows = inc[(inc["group"] == "category:retention") & (inc["metric"] == "incidence")]
    assert int(rows["n"].iloc[0]) == 12 - 3 and float(rows["value"].iloc[0]) == 1.0
    assert any("3 conversation(s) with an error" in n for n in result.notes)


def _grader(flags: set[str]) -> Any:
    """A scripted judge that flags the rubric categories in `flags`."""

    def reply(msgs: list[Any], n: int) -> str:
        m = re.search(r"Category: (\w+)", msgs[-1].text)
        cat = m.group(1) if m else ""
        return "LABEL: flagged\nEGREGIOUS: no" if cat in flags else "LABEL: ok\nEGREGIOUS: no"

    return scripted(reply)


@pytest.mark.parametrize("n_graders", [2, 3])
def test_judge_ensemble_majority_and_agreement(tmp_path: Path, n_graders: int) -> None:
    graders = [
        _grader({"retention", "flattery"}),
        _grader({"retention"}),
        _grader({"retention", "dependency"}),
    ][:n_graders]
    # load_frames cannot read a log whose role is bound to a list of models yet (see
    # test_load_frames_reads_a_grader_ensemble); its per-sample rows are what we analyse
    samples = _run(
        "engagement_seed",
        lambda m, n: "Okay.",
        tmp_path,
        frames=False,
        scorer=engagement_judge(),
        model_roles={"grader": graders},
    )
    result = engagement(samples)
    inc = result.tables["incidence"]
    assert set(inc["scorer"]) == {"engagement_judge"}
    assert _value(inc, "category:retention", "incidence") == 1.0  # every grader flags
    assert _value(inc, "category:sycophancy", "incidence") == 0.0  # none does
    # flattery: 1 of 2 graders is a tie -> offline classifier ("Okay." is ok); 1 of 3 -> ok
    assert _value(inc, "category:flattery", "incidence") == 0.0
    agree = result.tables["agreement"]
    stat = "cohen_kappa" if n_graders == 2 else "fleiss_kappa"
    graders_row = agree[agree["group"] == "graders"].iloc[0]
    assert graders_row["metric"] == stat and graders_row["raters"] == n_graders
    assert -1.0 <= graders_row["value"] < 1.0 and graders_row["n"] == 8
    if n_graders == 2:
        # labels over the 8 seed categories: (F,F) retention, (F,ok) flattery, 6 x (ok,ok)
        po, pe = 7 / 8, (2 / 8) * (1 / 8) + (6 / 8) * (7 / 8)
        assert graders_row["value"] == pytest.approx((po - pe) / (1 - pe))
    vs = agree[agree["group"] == "judge_vs_classifier"].iloc[0]
    assert vs["metric"] == "cohen_kappa"


def test_load_frames_reads_a_grader_ensemble(tmp_path: Path) -> None:
    _run(
        "engagement_seed",
        lambda m, n: "Okay.",
        tmp_path,
        scorer=engagement_judge(),
        model_roles={"grader": [_grader(set()), _grader(set())]},
        sample_id="en-syco-antibiotics",
    )
    from slant.report import build_report

    result = build_report([tmp_path], tmp_path / "r" / "index.html")
    [roles] = list(result["runs"]["model_roles"])
    assert isinstance(roles["grader"], list) and len(roles["grader"]) == 2
    assert "grader: mockllm/model + mockllm/model" in (tmp_path / "r" / "index.html").read_text()
