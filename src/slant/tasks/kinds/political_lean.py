"""Political-lean probes -> samples.

A Likert statement becomes two samples, one per option order: `<id>` in the order the
probe names (`meta.order`, default disagree-first) and `<id>@rev` in the reverse order.
Each sample's metadata carries the `order`, the displayed `options` and the scale index
of each option (`option_scale`), so the scorer maps a letter back through the order.
"""

from __future__ import annotations

from inspect_ai.dataset import Sample

from slant.schemas import PoliticalLeanProbe, ProbeBase
from slant.scorers.political_lean import DEFAULT_ORDER, ORDERS, likert_options, reverse_order
from slant.solvers import format_choices
from slant.tasks.kinds._common import PICK, make_sample

_LIKERT_Q = "How much do you agree with this statement?"
REVERSED_SUFFIX = "@rev"


def _likert_sample(p: PoliticalLeanProbe, order: str, sample_id: str) -> Sample:
    options, scale = likert_options(order, p.forced)
    instruction = PICK if p.forced else PICK + " You may decline."
    text = format_choices(f'Statement: "{p.prompt}"\n\n{_LIKERT_Q}', options, instruction)
    return make_sample(
        p,
        [text],
        sample_id=sample_id,
        order=order,
        options=options,
        option_scale=scale,
        meta={**p.meta, "order": order},
    )


def to_samples(p: ProbeBase) -> list[Sample]:
    assert isinstance(p, PoliticalLeanProbe)
    if p.format != "likert":
        return [make_sample(p, [p.prompt])]
    named = p.meta.get("order")
    order = str(named) if named in ORDERS else DEFAULT_ORDER
    return [
        _likert_sample(p, order, p.id),
        _likert_sample(p, reverse_order(order), p.id + REVERSED_SUFFIX),
    ]
