"""Pieces every scorer family shares."""

from __future__ import annotations

from typing import Any

from inspect_ai.scorer import Metric, mean, stderr
from inspect_ai.solver import TaskState


def rate_metrics(*keys: str) -> dict[str, list[Metric]]:
    """inspect metrics (mean and stderr) for each key of a dict-valued score."""
    return {k: [mean(), stderr()] for k in keys}


def assistant_turns(state: TaskState) -> list[str]:
    """Every assistant answer of the conversation, in order."""
    turns: list[str] = state.store.get("assistant_turns", [])
    return turns or [state.output.completion]


def flag(v: bool) -> float:
    return 1.0 if v else 0.0


def probe(state: TaskState) -> dict[str, Any]:
    return dict(state.metadata)


def value_dict(keys: tuple[str, ...], **set_: float) -> dict[str, float]:
    """A score value with every key of the scorer at 0 except those given."""
    value = dict.fromkeys(keys, 0.0)
    value.update(set_)
    return value


def not_applicable(keys: tuple[str, ...], *applicable: str) -> list[str]:
    """The keys of a scorer that do not apply to a sample (for Score.metadata)."""
    return [k for k in keys if k not in applicable]
