"""Censorship probes -> samples."""

from __future__ import annotations

from inspect_ai.dataset import Sample

from slant.schemas import CensorshipProbe, ProbeBase
from slant.solvers import format_choices
from slant.tasks.kinds._common import PICK, make_sample


def to_samples(p: ProbeBase) -> list[Sample]:
    assert isinstance(p, CensorshipProbe)
    text = format_choices(p.prompt, p.choices, PICK) if p.choices else p.prompt
    return [make_sample(p, [text], target=p.answer or "")]
