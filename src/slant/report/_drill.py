"""The drill-down payload: every model's answer to the same probe, within a size budget.

The page renders this JSON with DOM text nodes only (never as markup). Texts are interned
into one string table, so a prompt, persona or explanation shared by many models is stored
once. When all answers do not fit the budget, probes are chosen per suite, those where the
models disagree (or a model errored) first, then a deterministic spread of the rest; the
exported CSV keeps every answer.
"""

from __future__ import annotations

import zlib
from typing import Any

import pandas as pd

from slant.report._frame import GROUP_FIELDS
from slant.report._summary import headline_scorer_rows

ROLE_CODES = {"system": 0, "user": 1, "assistant": 2, "tool": 3}
# bytes of JSON per answer beyond its texts (indices, labels, brackets)
_OVERHEAD = 80


class _Strings:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.items: list[str] = []

    def __call__(self, text: Any) -> int:
        s = "" if text is None or (isinstance(text, float) and text != text) else str(text)
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i


def _clean(column: pd.Series) -> list[Any]:
    return [None if isinstance(v, float) and v != v else v for v in column.tolist()]


def _groups_label(row: dict[str, Any]) -> str:
    parts = []
    for f in GROUP_FIELDS:
        if f == "pair_id":
            continue
        v = row.get(f)
        if v is None or (isinstance(v, float) and v != v) or v == "":
            continue
        parts.append(f"{f}: {v}")
    return " · ".join(parts)


def _cost(transcript: Any, explanation: Any) -> int:
    n = _OVERHEAD + len(str(explanation or ""))
    for t in transcript or []:
        if t.get("role") == "assistant":
            n += len(t.get("text") or "")
    return n


def drill_payload(
    samples: pd.DataFrame, budget: int = 12_000_000, reference: str | None = None
) -> dict[str, Any]:
    """The probes (and every model's answer to each) that the page embeds.

    Args:
        samples: the per-sample table.
        budget: approximate bytes of answer text to embed over all suites.
        reference: the reference model (the page's default left column).
    """
    suites = list(dict.fromkeys(samples["suite"])) if len(samples) else []
    models = sorted(dict.fromkeys(samples["model"])) if len(samples) else []
    s_index = {s: i for i, s in enumerate(suites)}
    m_index = {m: i for i, m in enumerate(models)}
    per_suite: list[tuple[str, list[tuple[tuple[str, int], list[dict[str, Any]], int, int]]]] = []
    for suite in suites:
        rows = headline_scorer_rows(samples, suite)
        keep = ["model", "sample_id", "epoch", "error", "answer", "explanation", "prompt"]
        keep += ["transcript", *[f for f in GROUP_FIELDS if f in rows.columns]]
        # pandas gives NaN for a missing string: make it None, so "no error" is falsy
        columns = {c: rows[c].tolist() if c == "transcript" else _clean(rows[c]) for c in keep}
        records = [
            dict(zip(keep, values, strict=True)) for values in zip(*columns.values(), strict=True)
        ]
        grouped: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for r in records:
            grouped.setdefault((str(r["sample_id"]), int(r["epoch"])), []).append(r)
        items = []
        for key, recs in grouped.items():
            outcomes = {("error" if r["error"] else str(r["answer"] or "")) for r in recs}
            errored = any(r["error"] for r in recs)
            cost = len(str(recs[0]["prompt"] or "")) + sum(
                _cost(r["transcript"], r["explanation"]) for r in recs
            )
            priority = (2 if len(outcomes) > 1 else 0) + (1 if errored else 0)
            items.append((key, recs, cost, priority))
        per_suite.append((suite, items))

    # share the budget: suites that need less than an equal share leave the rest to others
    need = {suite: sum(c for _, _, c, _ in items) for suite, items in per_suite}
    allowance: dict[str, float] = {}
    left, open_suites = float(budget), sorted(need, key=lambda s: need[s])
    while open_suites:
        share = left / len(open_suites)
        suite = open_suites.pop(0)
        allowance[suite] = min(float(need[suite]), share)
        left -= allowance[suite]

    strings = _Strings()
    probes: list[dict[str, Any]] = []
    totals: dict[str, int] = {}
    shown: dict[str, int] = {}
    for suite, items in per_suite:
        totals[suite] = len(items)
        ordered = sorted(
            items,
            key=lambda it: (-it[3], zlib.crc32(f"{it[0][0]}|{it[0][1]}".encode()), it[0]),
        )
        spent, chosen = 0, []
        for it in ordered:
            if spent + it[2] > allowance[suite]:
                continue
            chosen.append(it)
            spent += it[2]
        chosen.sort(key=lambda it: it[0])
        shown[suite] = len(chosen)
        for (sid, epoch), recs, _, priority in chosen:
            first = recs[0]
            answers = []
            for r in sorted(recs, key=lambda r: m_index[r["model"]]):
                turns = [
                    [ROLE_CODES.get(str(t.get("role")), 3), strings(t.get("text"))]
                    for t in r["transcript"] or []
                ]
                answers.append(
                    [
                        m_index[r["model"]],
                        strings("error" if r["error"] else r["answer"]),
                        strings(r["error"] or r["explanation"]),
                        1 if r["error"] else 0,
                        turns,
                    ]
                )
            probes.append(
                {
                    "s": s_index[suite],
                    "id": sid,
                    "e": epoch,
                    "g": strings(_groups_label(first)),
                    "p": strings(first["prompt"]),
                    "d": 1 if priority >= 2 else 0,
                    "a": answers,
                }
            )
    return {
        "suites": suites,
        "models": models,
        "reference": reference if reference in m_index else (models[0] if models else None),
        "strings": strings.items,
        "probes": probes,
        "total": totals,
        "shown": shown,
    }
