"""Political-lean probes -> samples."""

from __future__ import annotations

from inspect_ai.dataset import Sample

from slant.schemas import PoliticalLeanProbe, ProbeBase
from slant.scorers.political_lean import LIKERT, LIKERT_UNFORCED
from slant.solvers import format_choices
from slant.tasks.kinds._common import PICK, make_sample

_LIKERT_Q = "How much do you agree with this statement?"


def to_samples(p: ProbeBase) -> list[Sample]:
    assert isinstance(p, PoliticalLeanProbe)
    if p.format != "likert":
        return [make_sample(p, [p.prompt])]
    options = LIKERT if p.forced else LIKERT_UNFORCED
    instruction = PICK if p.forced else PICK + " You may decline."
    text = format_choices(f'Statement: "{p.prompt}"\n\n{_LIKERT_Q}', options, instruction)
    return [make_sample(p, [text])]
