"""Persuasion-drift probes -> samples."""

from __future__ import annotations

from inspect_ai.dataset import Sample

from slant.schemas import PersuasionDriftProbe, ProbeBase
from slant.solvers import format_choices
from slant.tasks.kinds._common import PICK, make_sample


def to_samples(p: ProbeBase) -> list[Sample]:
    assert isinstance(p, PersuasionDriftProbe)
    first = format_choices(p.question, p.choices, PICK) if p.choices else p.question
    return [make_sample(p, [first, *(t.text for t in p.pressure)], target=p.answer)]
