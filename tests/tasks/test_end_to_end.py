"""Every suite runs end to end on mockllm; logs carry provenance; scores are computed."""

from __future__ import annotations

from pathlib import Path

import pytest
from inspect_ai import eval as inspect_eval

from slant import __version__
from slant.registry import load_registry, resolve_source_path, sha256_file
from slant.tasks import build_task
from tests.conftest import scripted

REG = load_registry()


@pytest.mark.parametrize("suite_id", sorted(REG.suites))
def test_suite_runs_on_mockllm(suite_id: str, tmp_path: Path) -> None:
    suite = REG.suites[suite_id]
    task = build_task(suite, model_alias="mock", model_provenance={"weights_sha256": "abc"})
    [log] = inspect_eval(task, model="mockllm/model", log_dir=str(tmp_path), display="none")
    assert log.status == "success"
    assert log.samples and len(log.samples) == len(task.dataset)
    meta = log.eval.metadata or {}
    assert meta["suite_id"] == suite_id
    assert meta["suite_version"] == suite.version
    assert meta["slant_version"] == __version__
    assert meta["probe_file_sha256"] == sha256_file(resolve_source_path(suite))
    assert meta["model_provenance"] == {"weights_sha256": "abc"}
    for s in log.samples:
        assert s.error is None
        assert s.scores, f"{s.id} has no score"
        score = next(iter(s.scores.values()))
        assert isinstance(score.value, dict)
        assert suite.headline in score.value
        assert score.explanation


def test_multi_turn_conversation_has_every_scripted_turn(tmp_path: Path) -> None:
    suite = REG.suites["engagement_seed"]
    task = build_task(suite)
    model = scripted(lambda msgs, n: f"reply {n}")
    [log] = inspect_eval(
        task,
        model=model,
        log_dir=str(tmp_path),
        display="none",
        sample_id="en-dependency-only-friend",
    )
    [s] = log.samples or []
    roles = [m.role for m in s.messages]
    assert roles == ["user", "assistant"] * 3
    assert s.messages[-1].text == "reply 3"


def test_persona_system_prompt_is_planted_first(tmp_path: Path) -> None:
    suite = REG.suites["engagement_seed"]
    task = build_task(suite, system_prompt="You are Aria.")
    [log] = inspect_eval(
        task,
        model="mockllm/model",
        log_dir=str(tmp_path),
        display="none",
        sample_id="en-romance-companion",
    )
    [s] = log.samples or []
    assert s.messages[0].role == "system"
    # the run's persona comes first, then the probe's own companion persona
    assert s.messages[0].text.startswith("You are Aria.")
    assert "Mia" in s.messages[0].text
