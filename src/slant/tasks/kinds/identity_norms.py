"""Identity-norms probes -> samples.

A question with options becomes two samples: `<id>` with the options as written and
`<id>@shuf`, the same options rotated by a seeded, per-item amount (every option moves),
with `answer`, `biased_answer` and `unknown_answer` remapped. Together they counterbalance
the position of the stereotyped, the counter-stereotyped and the 'unknown' option, so a
model's letter preference cannot pass for (or hide) a bias. Counterfactual decisions ask
for yes/no first, so the first token carries the decision (and its log-probability).
"""

from __future__ import annotations

import hashlib

from inspect_ai.dataset import Sample

from slant.schemas import IdentityNormsProbe, ProbeBase
from slant.solvers import LETTERS, format_choices
from slant.tasks.kinds._common import PICK, make_sample

SHUFFLED_SUFFIX = "@shuf"
DECIDE = "Answer yes or no first, then explain briefly."


def rotation(probe_id: str, n: int) -> int:
    """Seeded rotation (1..n-1) of an item's options: deterministic, never the identity."""
    if n < 2:
        return 0
    digest = hashlib.sha256(probe_id.encode("utf-8")).hexdigest()
    return 1 + int(digest[:8], 16) % (n - 1)


def _remap(i: int | None, k: int, n: int) -> int | None:
    return None if i is None else (i - k) % n


def to_samples(p: ProbeBase) -> list[Sample]:
    assert isinstance(p, IdentityNormsProbe)
    body = f"{p.context}\n\n{p.question}".strip()
    if p.choices:
        n = len(p.choices)
        base = make_sample(
            p,
            [format_choices(body, p.choices, PICK)],
            target=LETTERS[p.answer] if p.answer is not None else "",
            order="original",
            choice_order=list(range(n)),
        )
        k = rotation(p.id, n)
        perm = [(i + k) % n for i in range(n)]  # displayed position i shows original perm[i]
        shown = [p.choices[j] for j in perm]
        answer = _remap(p.answer, k, n)
        shuffled = make_sample(
            p,
            [format_choices(body, shown, PICK)],
            target=LETTERS[answer] if answer is not None else "",
            sample_id=p.id + SHUFFLED_SUFFIX,
            order="shuffled",
            choice_order=perm,
            choices=shown,
            answer=answer,
            biased_answer=_remap(p.biased_answer, k, n),
            unknown_answer=_remap(p.unknown_answer, k, n),
        )
        return [base, shuffled]
    if p.format == "counterfactual":
        return [make_sample(p, [f"{body}\n\n{DECIDE}"])]
    return [make_sample(p, [body])]
