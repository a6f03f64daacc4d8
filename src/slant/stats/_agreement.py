"""Agreement between raters (judges, classifiers, human labels)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence


def cohens_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two raters over the same items (NaN when undefined)."""
    if len(a) != len(b) or not a:
        return math.nan
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    if expected == 1:
        return 1.0 if observed == 1 else math.nan
    return (observed - expected) / (1 - expected)


def fleiss_kappa(ratings: Sequence[Sequence[str]]) -> float:
    """Fleiss' kappa: `ratings[i]` holds every rater's label for item i (same count each)."""
    items = [list(r) for r in ratings if r]
    if not items:
        return math.nan
    m = len(items[0])
    if m < 2 or any(len(r) != m for r in items):
        return math.nan
    n = len(items)
    categories = sorted({x for r in items for x in r})
    p_j = {c: sum(r.count(c) for r in items) / (n * m) for c in categories}
    p_i = [(sum(r.count(c) ** 2 for c in categories) - m) / (m * (m - 1)) for r in items]
    p_bar = sum(p_i) / n
    p_e = sum(v * v for v in p_j.values())
    if p_e == 1:
        return 1.0 if p_bar == 1 else math.nan
    return (p_bar - p_e) / (1 - p_e)


def rater_agreement(labels: dict[str, Sequence[str | None]]) -> dict[str, float]:
    """Kappa of several raters over the items every rater labelled.

    Two raters give Cohen's kappa, more give Fleiss' kappa; also the share of items on
    which all raters agree.
    """
    names = list(labels)
    if len(names) < 2:
        return {}
    rows = [tuple(labels[k][i] for k in names) for i in range(len(labels[names[0]]))]
    complete = [tuple(str(x) for x in r) for r in rows if all(x is not None for x in r)]
    if not complete:
        return {"n": 0.0}
    unanimous = sum(len(set(r)) == 1 for r in complete) / len(complete)
    if len(names) == 2:
        kappa = cohens_kappa([r[0] for r in complete], [r[1] for r in complete])
        return {"cohens_kappa": kappa, "unanimous": unanimous, "n": float(len(complete))}
    return {
        "fleiss_kappa": fleiss_kappa(complete),
        "unanimous": unanimous,
        "n": float(len(complete)),
    }
