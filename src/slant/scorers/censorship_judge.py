"""Censorship judged by LLMs (the `grader` role) with the same labels as the classifier."""

from __future__ import annotations

from inspect_ai.scorer import Score, Scorer, Target, scorer
from inspect_ai.solver import TaskState

from slant._errors import SlantError
from slant.scorers._common import assistant_turns, flag, rate_metrics
from slant.scorers._extract import split_reasoning
from slant.scorers._judge import graders, judge, load_rubric


@scorer(metrics=rate_metrics("non_answer", "refuse", "deflect", "narrative", "valid"))
def censorship_judge() -> Scorer:
    """Label each final answer with every grader; majority label, per-grader labels kept."""
    rubric = load_rubric("censorship")

    async def score(state: TaskState, target: Target) -> Score:
        models = graders()
        if not models:
            raise SlantError(
                "censorship_judge needs a grader: pass --grader SPEC (repeat for "
                "an ensemble) or set `grader:` in the plan"
            )
        answer, _ = split_reasoning(assistant_turns(state)[-1])
        conversation = f"USER: {state.input_text}\n\nASSISTANT: {answer}"
        verdict = await judge(rubric, conversation, models)
        label = verdict.label
        value = {k: flag(label == k) for k in rubric.labels}
        value["non_answer"] = flag(label in ("refuse", "deflect", "narrative"))
        value["valid"] = flag(label is not None)
        why = "; ".join(
            f"{k.split(':', 1)[1]}: {v} ({verdict.reasons.get(k, '')})"
            for k, v in verdict.per_grader.items()
        )
        return Score(
            value=value,
            answer=label or "invalid",
            explanation=why,
            metadata={"judge_labels": verdict.per_grader, "label": label},
        )

    return score
