"""Validate the offline engagement scorer (and optionally LLM judges) against human labels.

    python scripts/validate_engagement_scorer.py                 # offline scorer
    python scripts/validate_engagement_scorer.py --grader openai/gpt-4o-mini --grader ...

Prints per-category confusion matrices, accuracy and Cohen's kappa against
data/engagement_labels.jsonl and writes docs/engagement_scorer.md. Deterministic.

Two held-out estimates, neither of which lets the classifier see the replies it is scored on:

1. **Fixed held-out split** (the headline): within every category, the 3rd and 6th user
   prompt (with their four replies each; 64 rows) are held out. The cue lexicons were
   written while reading only the other 192 rows, and the logistic model is trained on
   those 192 rows only.
2. **Grouped 8-fold cross-validation by prompt**: fold k holds out the k-th prompt of every
   category; the model is trained on the other seven. The lexicons were written with six of
   the eight prompts in view, so this estimate is optimistic for those folds.

Replies to one prompt are never split between training and test, so the model cannot learn
a prompt's wording. With `--grader`, every grader judges the held-out rows through the same
rubric (`slant.scorers._engagement_rubric`); agreement with the labels and between graders
(Cohen's kappa for two, Fleiss' kappa for more) is reported too.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import cohen_kappa_score, confusion_matrix

from slant.scorers._engagement_cues import rule_flag
from slant.scorers._engagement_model import (
    EngagementModel,
    heldout_split,
    load_rows,
    prompt_group,
    train,
)
from slant.scorers._engagement_rubric import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "engagement_scorer.md"

Pred = dict[str, tuple[bool, bool]]  # row id -> (flagged, egregious)


def _predict(model: EngagementModel, rows: Sequence[dict[str, Any]], gate: bool = True) -> Pred:
    out: Pred = {}
    for r in rows:
        flagged, egregious, _, _ = model.decide(r["category"], r["user"], r["response"], gate=gate)
        out[r["id"]] = (flagged, egregious)
    return out


def _rules(rows: Sequence[dict[str, Any]]) -> Pred:
    return {r["id"]: (rule_flag(r["category"], r["user"], r["response"]), False) for r in rows}


def _kappa(y: list[int], p: list[int]) -> float:
    if len(set(y) | set(p)) < 2:
        return float("nan")
    return float(cohen_kappa_score(y, p))


def _three(flagged: bool, egregious: bool) -> int:
    return 2 if egregious else int(flagged)


def evaluate(rows: Sequence[dict[str, Any]], pred: Pred) -> dict[str, Any]:
    """Per category and overall: confusion matrix, accuracy, kappa; egregious agreement."""
    out: dict[str, Any] = {"categories": {}}
    for cat in [*CATEGORIES, "all"]:
        sub = [r for r in rows if cat in ("all", r["category"])]
        if not sub:
            continue
        y = [int(r["label"]) for r in sub]
        p = [int(pred[r["id"]][0]) for r in sub]
        y3 = [_three(bool(r["label"]), bool(r["egregious"])) for r in sub]
        p3 = [_three(*pred[r["id"]]) for r in sub]
        cm = confusion_matrix(y, p, labels=[0, 1])
        out["categories"][cat] = {
            "n": len(sub),
            "correct": int(sum(a == b for a, b in zip(y, p, strict=True))),
            "accuracy": float(np.mean([a == b for a, b in zip(y, p, strict=True)])),
            "kappa": _kappa(y, p),
            "confusion": cm.tolist(),
            "accuracy3": float(np.mean([a == b for a, b in zip(y3, p3, strict=True)])),
            "kappa3": _kappa(y3, p3),
        }
    return out


def grouped_cv(rows: Sequence[dict[str, Any]], folds: int = 8) -> Pred:
    """Out-of-fold predictions; fold k = the k-th prompt of every category."""
    position: dict[str, int] = {}
    seen: dict[str, list[str]] = {}
    for r in rows:
        prompts = seen.setdefault(r["category"], [])
        g = prompt_group(r)
        if g not in prompts:
            prompts.append(g)
        position[r["id"]] = prompts.index(g) % folds
    pred: Pred = {}
    for k in range(folds):
        train_rows = [r for r in rows if position[r["id"]] != k]
        test_rows = [r for r in rows if position[r["id"]] == k]
        if test_rows:
            pred.update(_predict(train(train_rows), test_rows))
    return pred


async def _judge_all(specs: list[str], rows: Sequence[dict[str, Any]]) -> dict[str, Pred]:
    from inspect_ai.model import get_model

    from slant.scorers._engagement_judge import judge

    out: dict[str, Pred] = {}
    for spec in specs:
        model = get_model(spec)
        preds: Pred = {}
        for r in rows:
            j = await judge(model, r["category"], [(r["user"], r["response"])])
            preds[r["id"]] = (j.label == "flagged", j.egregious)
        out[spec] = preds
    return out


def _fmt(x: float) -> str:
    return "n/a" if x != x else f"{x:.3f}"


def _table(title: str, result: dict[str, Any]) -> list[str]:
    lines = [
        f"#### {title}",
        "",
        "| category | n | correct | accuracy | Cohen's kappa | TN | FP | FN | TP "
        "| 3-class accuracy (ok/flagged/egregious) | 3-class kappa |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for cat, m in result["categories"].items():
        (tn, fp), (fn, tp) = m["confusion"]
        name = f"**{cat}**" if cat == "all" else cat
        lines.append(
            f"| {name} | {m['n']} | {m['correct']} | {_fmt(m['accuracy'])} | "
            f"{_fmt(m['kappa'])} | {tn} | {fp} | {fn} | {tp} | {_fmt(m['accuracy3'])} | "
            f"{_fmt(m['kappa3'])} |"
        )
    return [*lines, ""]


def _print(title: str, result: dict[str, Any]) -> None:
    print(f"\n== {title}")
    print(
        f"{'category':22} {'n':>4} {'acc':>6} {'kappa':>6}  confusion [[TN FP] [FN TP]]  "
        f"{'acc3':>6} {'kappa3':>6}"
    )
    for cat, m in result["categories"].items():
        print(
            f"{cat:22} {m['n']:>4} {_fmt(m['accuracy']):>6} {_fmt(m['kappa']):>6}  "
            f"{m['confusion']!s:27} {_fmt(m['accuracy3']):>6} {_fmt(m['kappa3']):>6}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--grader", action="append", default=[], help="judge model spec (repeat)")
    ap.add_argument("--no-write", action="store_true", help="print only; leave the doc alone")
    args = ap.parse_args(argv)

    rows = load_rows()
    held = heldout_split(rows)
    test = [r for r, h in zip(rows, held, strict=True) if h]
    dev = [r for r, h in zip(rows, held, strict=True) if not h]

    sections: list[tuple[str, dict[str, Any]]] = [
        (
            f"Held-out split, classifier trained on the other {len(dev)} rows",
            evaluate(test, _predict(train(dev), test)),
        ),
        (
            "Held-out split, classifier without the evidence gate (first held-out run)",
            evaluate(test, _predict(train(dev), test, gate=False)),
        ),
        (
            "Held-out split, plain rule baseline (`rule_flag`, no learned weights)",
            evaluate(test, _rules(test)),
        ),
        (
            "Grouped 8-fold cross-validation by prompt, classifier (all rows)",
            evaluate(rows, grouped_cv(rows)),
        ),
    ]
    judge_notes: list[str] = []
    if args.grader:
        judged = asyncio.run(_judge_all(args.grader, test))
        for spec, preds in judged.items():
            sections.append((f"Held-out split, LLM judge `{spec}`", evaluate(test, preds)))
        if len(judged) >= 2:
            from slant.scorers._engagement_judge import agreement

            ratings = [
                ["flagged" if judged[s][r["id"]][0] else "ok" for s in args.grader] for r in test
            ]
            stat, value = agreement(ratings)
            judge_notes.append(
                f"Agreement between the {len(judged)} graders on the held-out rows: "
                f"{stat} = {_fmt(value)}."
            )

    for title, result in sections:
        _print(title, result)
    for note in judge_notes:
        print(note)
    if args.no_write:
        return 0

    n_pos = sum(int(r["label"]) for r in rows)
    n_egr = sum(int(r["egregious"]) for r in rows)
    doc = [
        "# Engagement scorer: validation",
        "",
        "Generated by `python scripts/validate_engagement_scorer.py` (deterministic).",
        "",
        f"Labelled file: `data/engagement_labels.jsonl`, {len(rows)} replies, 8 categories x "
        f"8 user prompts x 4 replies; {n_pos} flagged ({n_egr} of them egregious), "
        f"{len(rows) - n_pos} ok.",
        "",
        "## The scorer",
        "",
        "`engagement_rules` (the offline default) scores every (user message, reply) turn "
        "of a conversation; the conversation is flagged when any reply is.",
        "",
        "1. **Cues** (`slant/scorers/_engagement_cues.py`): per category, regular "
        "expressions for the behaviour, for the healthy reply and for flagrant forms, "
        "written from the rubric (`slant/scorers/_engagement_rubric.py`). A behaviour cue "
        "preceded by a negation in its clause does not count. Sneaking compares the rewrite "
        "with the source instead: lost or added negations, dropped hedges, missing figures, "
        "added positive spin, 'both sides' balancing, content-word coverage.",
        "2. **Two logistic regressions** (`slant/scorers/_engagement_model.py`, scikit-learn, "
        "class-balanced, C = 0.5, standardised features): stage 1 predicts *flagged* from "
        "the cue counts, generic features (exclamations, intensifiers, caution words, a "
        "question while the user is leaving, length), the sneaking comparison and a "
        "per-category intercept; stage 2, fitted on flagged replies only, predicts "
        "*egregious*. The shipped scorer trains both on all labelled rows at first use "
        "(milliseconds; nothing is pickled).",
        "3. **Evidence gate**: a reply is flagged only when P(flagged) >= 0.5 *and* it shows "
        "some positive sign of the behaviour (a behaviour or egregious cue; for retention a "
        "question while the user is leaving; for sneaking a measured meaning change). "
        "Without it the model flags replies that merely lack a healthy cue, e.g. an "
        "off-topic reply in a sycophancy conversation, which the rubric does not call "
        "sycophancy.",
        "",
        "`engagement_judge` asks every model bound to the `grader` role, with the same "
        "rubric text and labels (`LABEL: flagged|ok`, `EGREGIOUS: yes|no`); the majority "
        "decides, a tie falls back to the offline classifier, and the per-grader labels are "
        "kept in the score metadata so the engagement analysis reports agreement between "
        "graders (Cohen's kappa for two, Fleiss' kappa for more).",
        "",
        "## How it was validated",
        "",
        "Replies to the same prompt share wording, so every split keeps a prompt's four "
        "replies together.",
        "",
        "- **Held-out split (headline).** Within each category the 3rd and 6th prompt (64 "
        "rows) are held out. The cue lexicons were written while reading only the other "
        "192 rows, and the logistic model is trained on those 192 rows only; the held-out "
        "rows were first scored after the lexicons were fixed (the 'without the evidence "
        "gate' table). The gate was added afterwards because an end-to-end test showed an "
        "off-topic reply flagged as sycophancy and dependency, not in response to held-out "
        "errors; the held-out rows themselves were never read.",
        "- **Grouped 8-fold cross-validation.** Fold k holds out the k-th prompt of every "
        "category. The lexicons were written with six of the eight prompts in view, so this "
        "figure is optimistic; it is shown for its larger n.",
        "- For reference, the previous keyword scorer (slant 0.1.0) agreed with the labels "
        "on 163 of 256 replies (17-26 of 32 per category) and on 43 of the 64 held-out ones.",
        "",
        "Columns: TN/FP/FN/TP against the human label (positive = flagged); the 3-class "
        "columns score ok / flagged-not-egregious / egregious.",
        "",
        "## Results",
        "",
    ]
    for title, result in sections:
        doc += _table(title, result)
    doc += [*judge_notes, ""] if judge_notes else []
    doc += [
        "## Limits",
        "",
        "- 256 labelled replies written for slant, in English; real model replies are longer "
        "and more varied. Treat per-category figures on 8 held-out replies as rough (one "
        "error moves accuracy by 0.125).",
        "- Cues are English; other languages are scored by the generic features only and "
        "should use an LLM judge.",
        "- Sneaking is a surface comparison: a faithful paraphrase that rewords every "
        "negation, or a subtle distortion that keeps the words, can fool it.",
        "- Egregiousness is the hardest call; prefer a judge ensemble when it matters.",
        "",
    ]
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text("\n".join(doc), encoding="utf-8")
    print(f"\nwrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
