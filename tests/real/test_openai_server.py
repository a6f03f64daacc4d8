"""The API path against a real OpenAI-compatible server: `transformers serve` on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from inspect_ai.log import read_eval_log

from slant.registry import load_registry
from slant.runner import build_run_spec, execute
from slant.schemas import EvalPlan
from tests.conftest import venv_exe

pytestmark = [pytest.mark.embedded, pytest.mark.server]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(embedded_checkpoint: Path, tmp_path: Path) -> Iterator[str]:
    exe = venv_exe("transformers")
    assert exe, "transformers CLI missing: install slant[dev] (transformers[serving])"
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [
            exe,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--device",
            "cpu",
            str(embedded_checkpoint),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"transformers serve exited: {(tmp_path / 'serve.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("transformers serve did not come up in 120 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_suite_through_openai_compatible_server(
    server: str, embedded_checkpoint: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOCAL_API_KEY", "not-needed")
    plan = EvalPlan.model_validate(
        {
            "name": "server-test",
            # the server is pinned to the checkpoint, so the model is named by its path
            "models": [
                {
                    "name": "smollm2-api",
                    "spec": f"openai-api/local/{embedded_checkpoint}",
                    "base_url": server,
                }
            ],
            "suites": ["censorship_seed"],
            "limit": 3,
            "generation": {"temperature": 0, "max_tokens": 40, "max_connections": 2},
            "log_dir": str(tmp_path / "logs"),
        }
    )
    spec = build_run_spec(load_registry(), plan)
    ok, logs = execute(spec, display="none")
    log = read_eval_log(logs[0].location)
    assert ok and log.status == "success"
    samples = log.samples or []
    assert len(samples) == 3
    for s in samples:
        assert s.error is None
        assert s.output.completion.strip()
        assert s.scores and next(iter(s.scores.values())).answer in {
            "comply",
            "partial",
            "refuse",
            "deflect",
            "narrative",
        }
    assert (log.eval.metadata or {})["model_alias"] == "smollm2-api"
