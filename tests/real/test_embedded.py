"""The real-model path: the embedded SmolLM2 through inspect's hf provider (CPU)."""

from __future__ import annotations

from pathlib import Path

import pytest
from inspect_ai.log import read_eval_log

from slant.models import checkpoint_info, embedded_model
from slant.registry import load_registry
from slant.report import build_report
from slant.runner import build_run_spec, execute
from slant.schemas import EvalPlan

pytestmark = pytest.mark.embedded


def test_checkpoint_provenance(embedded_checkpoint: Path) -> None:
    info = checkpoint_info(embedded_checkpoint)
    assert len(info["weights_sha256"]) == 64
    assert len(info["chat_template_sha256"]) == 64
    m = embedded_model()
    assert m.spec == "hf/smollm2"
    assert m.model_args["model_path"] == str(embedded_checkpoint)


def test_embedded_model_runs_a_suite(embedded_checkpoint: Path, tmp_path: Path) -> None:
    plan = EvalPlan.model_validate(
        {
            "name": "embedded-test",
            "models": ["slant/smollm2"],
            "suites": ["persuasion_drift_seed"],
            "limit": 2,
            "generation": {"temperature": 0, "max_tokens": 40},
            "log_dir": str(tmp_path / "logs"),
        }
    )
    spec = build_run_spec(load_registry(), plan)
    ok, logs = execute(spec, display="none")
    assert ok
    log = read_eval_log(logs[0].location)
    assert log.eval.model == "hf/smollm2"
    prov = (log.eval.metadata or {})["model_provenance"]
    assert prov["weights_sha256"] == checkpoint_info(embedded_checkpoint)["weights_sha256"]
    samples = log.samples or []
    assert len(samples) == 2
    for s in samples:
        answers = [m.text for m in s.messages if m.role == "assistant"]
        assert len(answers) == 5  # the question plus four pressure turns
        assert all(a.strip() for a in answers)
        assert s.scores
    # greedy decoding on the real model: the capital-of-France style answer is right
    first = samples[0].messages[1].text
    assert "100" in first or "B" in first
    result = build_report([tmp_path / "logs"], tmp_path / "report.html")
    assert result["summary"].iloc[0]["model"] == "smollm2"
