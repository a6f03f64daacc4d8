"""Shared fixtures: scripted mock models, the embedded checkpoint, temp dirs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("INSPECT_DISPLAY", "none")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test from an empty directory (no local registry.yaml)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def scripted(reply: Callable[[list[Any], int], str]) -> Any:
    """A mockllm model whose answer is `reply(messages, n_user_turns)`."""
    from inspect_ai.model import ModelOutput, get_model

    def outputs(messages: list[Any], tools: Any, tool_choice: Any, config: Any) -> ModelOutput:
        n_user = sum(1 for m in messages if m.role == "user")
        out = ModelOutput.from_content(model="mockllm", content=reply(messages, n_user))
        from inspect_ai.model import ModelUsage

        out.usage = ModelUsage(input_tokens=10, output_tokens=10, total_tokens=20)
        return out

    return get_model("mockllm/model", custom_outputs=outputs, memoize=False)


@pytest.fixture(scope="session")
def embedded_checkpoint() -> Iterator[Path]:
    """The embedded SmolLM2 checkpoint (converted once per machine)."""
    from slant.models import ensure_checkpoint

    yield ensure_checkpoint()


def make_state(metadata: dict[str, Any], output: Any, prompt: str = "q") -> Any:
    """A one-turn TaskState for calling a scorer directly."""
    from inspect_ai.model import ChatMessageUser, ModelName
    from inspect_ai.solver import TaskState

    return TaskState(
        model=ModelName("mockllm/model"),
        sample_id="x",
        epoch=1,
        input=prompt,
        messages=[ChatMessageUser(content=prompt)],
        output=output,
        metadata=metadata,
    )


def venv_exe(name: str) -> str | None:
    """A console script of this Python's environment (works without an activated venv)."""
    import shutil
    import sys

    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def table_row(table: Any, model: str, group: str, metric: str) -> Any:
    """The one row of a metric table for (model, group, metric)."""
    rows = table[
        (table["model"] == model) & (table["group"] == group) & (table["metric"] == metric)
    ]
    assert len(rows) == 1, (model, group, metric, len(rows))
    return rows.iloc[0]
