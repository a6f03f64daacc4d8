"""The CLI from a user's shell: help everywhere, clear errors with exit code 2, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SLANT = [sys.executable, "-c", "from slant.cli import main; main()"]


def run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "INSPECT_DISPLAY": "none", **(env or {})}
    return subprocess.run(
        [*SLANT, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=full_env
    )


@pytest.mark.parametrize("cmd", [[], ["suites"], ["validate"], ["run"], ["report"]])
def test_help_on_every_command(tmp_path: Path, cmd: list[str]) -> None:
    r = run([*cmd, "--help"], tmp_path)
    assert r.returncode == 0
    assert "Usage" in r.stdout


def test_suites_lists_every_kind(tmp_path: Path) -> None:
    r = run(["suites"], tmp_path, env={"COLUMNS": "200"})
    assert r.returncode == 0
    for sid in (
        "censorship_seed",
        "political_lean_seed",
        "identity_norms_seed",
        "persuasion_drift_seed",
        "engagement_seed",
    ):
        assert sid in r.stdout


BAD_INPUTS = [
    (
        ["run", "--suite", "censorship_sed", "--model", "mockllm/model"],
        "unknown suite 'censorship_sed'. Did you mean: censorship_seed",
    ),
    (["run", "--suite", "censorship_seed", "--model", "notaprovider/x"], "unknown model"),
    (["run", "--suite", "censorship_seed", "--model", "openai-api/acme/m"], "ACME_API_KEY"),
    (["run", "--suite", "censorship_seed", "--model", "openai/gpt-x"], "OPENAI_API_KEY"),
    (["run", "missing-plan.yaml"], "plan missing-plan.yaml not found"),
    (["report", "nowhere/"], "no log file or folder"),
    (["validate", "--registry", "nofile.yaml"], "not found"),
]


@pytest.mark.parametrize(("args", "needle"), BAD_INPUTS, ids=[a[1][:30] for a in BAD_INPUTS])
def test_bad_input_exit_2_clear_message(tmp_path: Path, args: list[str], needle: str) -> None:
    env = {"OPENAI_API_KEY": "", "ACME_API_KEY": ""}
    r = run(args, tmp_path, env=env)
    assert r.returncode == 2, r.stderr
    assert needle in " ".join(r.stderr.split())
    assert "Traceback" not in r.stderr


def test_unreachable_endpoint(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run(
        [
            "run",
            "--suite",
            "censorship_seed",
            "--model",
            "openai-api/local/m",
            "--model-base-url",
            f"http://127.0.0.1:{port}/v1",
        ],
        tmp_path,
        env={"LOCAL_API_KEY": "secret-value-123"},
    )
    assert r.returncode == 2
    assert "unreachable" in r.stderr and f"127.0.0.1:{port}" in r.stderr
    assert "secret-value-123" not in r.stderr + r.stdout


def test_malformed_plan_names_line_and_field(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(
        textwrap.dedent("""
        name: p
        models: [mockllm/model]
        suites: [censorship_seed]
        epochs: zero
        """)
    )
    r = run(["run", "plan.yaml"], tmp_path)
    assert r.returncode == 2
    assert "plan.yaml:5 [epochs]" in r.stderr


def test_malformed_registry_yaml(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text("suites:\n  x: [1, 2\n")
    r = run(["validate"], tmp_path)
    assert r.returncode == 2
    assert "registry.yaml:" in r.stderr and "invalid YAML" in r.stderr
    assert "Traceback" not in r.stderr


def test_validate_exit_2_lists_all_problems(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text(
        textwrap.dedent("""
        suites:
          mine:
            extends: engagement_seed
            source: {path: p.jsonl}
        """)
    )
    (tmp_path / "p.jsonl").write_text('{"id": "a", "turns": ["x"]}\n{"id": "b"}\n')
    r = run(["validate"], tmp_path, env={"COLUMNS": "200"})
    assert r.returncode == 2
    assert "p.jsonl:1 [category]" in r.stderr
    assert "p.jsonl:2 [category]" in r.stderr and "p.jsonl:2 [turns]" in r.stderr


def test_run_and_report_on_mockllm(tmp_path: Path) -> None:
    args = [
        *("run", "--suite", "engagement_seed", "--suite", "censorship_seed"),
        *("--model", "mockllm/model", "--log-dir", "logs", "-o", "out/index.html"),
    ]
    r = run(args, tmp_path, env={"COLUMNS": "200"}, timeout=300)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "out" / "samples.csv").is_file()
    logs = sorted((tmp_path / "logs").glob("*.eval"))
    assert len(logs) == 2
    # rerunning the same command reuses the finished logs: no new log files
    r2 = run(args, tmp_path, env={"COLUMNS": "200"}, timeout=300)
    assert r2.returncode == 0, r2.stderr
    assert sorted((tmp_path / "logs").glob("*.eval")) == logs
    r3 = run(["report", "logs", "-o", "again.html"], tmp_path, env={"COLUMNS": "200"})
    assert r3.returncode == 0
    assert "censorship_seed" in (tmp_path / "again.html").read_text()


def test_adaptive_pressure_with_persuader_role(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text(
        textwrap.dedent("""
        suites:
          drift_adaptive:
            extends: persuasion_drift_seed
            solver: adaptive_pressure
        """)
    )
    r = run(
        [
            "run",
            "--suite",
            "drift_adaptive",
            "--model",
            "mockllm/model",
            "--persuader",
            "mockllm/model",
            "--limit",
            "2",
            "--log-dir",
            "logs",
            "-o",
            "r/index.html",
        ],
        tmp_path,
        env={"COLUMNS": "200"},
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    from inspect_ai.log import read_eval_log

    [path] = list((tmp_path / "logs").glob("*.eval"))
    log = read_eval_log(str(path))
    assert log.eval.model_roles and "persuader" in log.eval.model_roles
    assert len(log.samples or []) == 2
