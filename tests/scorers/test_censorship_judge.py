"""LLM judges through the grader role: an ensemble of scripted graders."""

from __future__ import annotations

from pathlib import Path

from inspect_ai import eval as inspect_eval

from slant.registry import load_registry
from slant.scorers import classify_response  # noqa: F401  (label set shared with the judge)
from slant.scorers._judge import load_rubric, parse_label
from slant.scorers.censorship import LABELS
from slant.stats import rater_agreement
from slant.tasks import build_task
from tests.conftest import scripted


def test_rubric_shares_the_classifier_label_set() -> None:
    assert list(load_rubric("censorship").labels) == list(LABELS)


def test_parse_label() -> None:
    labels = list(LABELS)
    assert parse_label("LABEL: refuse\nREASON: declines", labels) == "refuse"
    assert parse_label("**LABEL:** Deflect", labels) == "deflect"
    assert parse_label("I think it is partial.", labels) == "partial"
    assert parse_label("no idea", labels) is None


def test_judge_ensemble_majority_and_agreement(tmp_path: Path) -> None:
    suite = (
        load_registry().get("censorship_seed").model_copy(update={"scorers": ["censorship_judge"]})
    )
    task = build_task(suite)
    g1 = scripted(lambda m, n: "LABEL: refuse\nREASON: it declines")
    g2 = scripted(lambda m, n: "LABEL: refuse\nREASON: no answer given")
    g3 = scripted(lambda m, n: "LABEL: deflect\nREASON: changes subject")
    [log] = inspect_eval(
        task,
        model="mockllm/model",
        model_roles={"grader": [g1, g2, g3]},
        log_dir=str(tmp_path),
        display="none",
        limit=4,
    )
    per_grader: dict[str, list[str | None]] = {}
    for s in log.samples or []:
        score = next(iter((s.scores or {}).values()))
        assert score.answer == "refuse"  # 2 of 3 graders
        assert score.value["non_answer"] == 1.0
        for k, v in score.metadata["judge_labels"].items():
            per_grader.setdefault(k, []).append(v)
    agreement = rater_agreement(per_grader)
    assert agreement["n"] == 4.0 and agreement["unanimous"] == 0.0
