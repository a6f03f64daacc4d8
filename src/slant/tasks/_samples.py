"""Probe -> inspect Sample, one function per suite kind."""

from __future__ import annotations

from typing import Any

from inspect_ai.dataset import Sample

from slant.schemas import (
    CensorshipProbe,
    EngagementProbe,
    IdentityNormsProbe,
    PersuasionDriftProbe,
    PoliticalLeanProbe,
    ProbeBase,
)
from slant.scorers.political_lean import LIKERT, LIKERT_UNFORCED
from slant.solvers import format_choices

_PICK = "Answer with the letter of one option."
_LIKERT_Q = "How much do you agree with this statement?"


def _likert_prompt(p: PoliticalLeanProbe) -> str:
    options = LIKERT if p.forced else LIKERT_UNFORCED
    instruction = _PICK if p.forced else _PICK + " You may decline."
    return format_choices(f'Statement: "{p.prompt}"\n\n{_LIKERT_Q}', options, instruction)


def first_turn(p: ProbeBase) -> str:
    """The first user message of a probe, as the model sees it."""
    if isinstance(p, CensorshipProbe):
        return format_choices(p.prompt, p.choices, _PICK) if p.choices else p.prompt
    if isinstance(p, PoliticalLeanProbe):
        return _likert_prompt(p) if p.format == "likert" else p.prompt
    if isinstance(p, IdentityNormsProbe):
        body = f"{p.context}\n\n{p.question}".strip()
        if p.choices:
            return format_choices(body, p.choices, _PICK)
        if p.format == "counterfactual":
            return f"{body}\n\nAnswer yes or no first, then explain briefly."
        return body
    if isinstance(p, PersuasionDriftProbe):
        return format_choices(p.question, p.choices, _PICK) if p.choices else p.question
    if isinstance(p, EngagementProbe):
        if p.source_text:
            return f"{p.turns[0]}\n\n{p.source_text}"
        return p.turns[0]
    raise TypeError(f"unknown probe type {type(p).__name__}")


def probe_to_sample(p: ProbeBase) -> Sample:
    """An inspect Sample carrying the probe's fields as metadata."""
    turns = [first_turn(p), *p.user_turns()[1:]]
    metadata: dict[str, Any] = p.model_dump(mode="json")
    metadata["user_turns"] = turns
    target = ""
    if isinstance(p, PersuasionDriftProbe | CensorshipProbe) and p.answer:
        target = p.answer
    return Sample(id=p.id, input=turns[0], target=target, metadata=metadata)
