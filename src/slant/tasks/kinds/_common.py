"""Helpers shared by the per-kind sample builders."""

from __future__ import annotations

from typing import Any

from inspect_ai.dataset import Sample

from slant.schemas import ProbeBase

PICK = "Answer with the letter of one option."


def make_sample(
    p: ProbeBase, turns: list[str], target: str = "", sample_id: str | None = None, **extra: Any
) -> Sample:
    """A Sample whose metadata carries the probe's fields plus the scripted user turns."""
    metadata: dict[str, Any] = p.model_dump(mode="json")
    metadata["user_turns"] = turns
    metadata["probe_id"] = p.id
    metadata.update(extra)
    return Sample(id=sample_id or p.id, input=turns[0], target=target, metadata=metadata)
