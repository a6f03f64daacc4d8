"""Identity-norms probes -> samples."""

from __future__ import annotations

from inspect_ai.dataset import Sample

from slant.schemas import IdentityNormsProbe, ProbeBase
from slant.solvers import format_choices
from slant.tasks.kinds._common import PICK, make_sample


def to_samples(p: ProbeBase) -> list[Sample]:
    assert isinstance(p, IdentityNormsProbe)
    body = f"{p.context}\n\n{p.question}".strip()
    if p.choices:
        return [make_sample(p, [format_choices(body, p.choices, PICK)])]
    if p.format == "counterfactual":
        return [make_sample(p, [f"{body}\n\nAnswer yes or no first, then explain briefly."])]
    return [make_sample(p, [body])]
