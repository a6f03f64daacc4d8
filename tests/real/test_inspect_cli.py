"""`inspect eval slant/<suite>` works from any directory through the entry point."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from inspect_ai.log import read_eval_log

from tests.conftest import venv_exe


@pytest.mark.parametrize("suite", ["censorship_seed", "persuasion_drift_seed"])
def test_inspect_eval_from_other_directory(tmp_path: Path, suite: str) -> None:
    exe = venv_exe("inspect")
    assert exe
    r = subprocess.run(
        [
            exe,
            "eval",
            f"slant/{suite}",
            "--model",
            "mockllm/model",
            "--log-dir",
            "logs",
            "--display",
            "none",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "INSPECT_DISPLAY": "none"},
    )
    assert r.returncode == 0, r.stderr[-2000:]
    [path] = list((tmp_path / "logs").glob("*.eval"))
    log = read_eval_log(str(path))
    assert log.status == "success"
    assert log.eval.task.split("/")[-1] == suite
    assert (log.eval.metadata or {})["suite_id"] == suite
