"""Engagement probes -> samples."""

from __future__ import annotations

from inspect_ai.dataset import Sample

from slant.schemas import EngagementProbe, ProbeBase
from slant.tasks.kinds._common import make_sample


def to_samples(p: ProbeBase) -> list[Sample]:
    assert isinstance(p, EngagementProbe)
    first = f"{p.turns[0]}\n\n{p.source_text}" if p.source_text else p.turns[0]
    return [make_sample(p, [first, *p.turns[1:]])]
