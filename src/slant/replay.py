"""Replay scoring: score an existing file of prompt/response pairs with a suite's scorer.

No model is called. With human labels, agreement figures (confusion matrix, accuracy,
macro-F1, Cohen's kappa) validate the scorer on data it was never trained on.
"""

from __future__ import annotations

import asyncio
import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspect_ai.model import ChatMessageAssistant, ChatMessageUser, ModelName, ModelOutput
from inspect_ai.scorer import Score, Target
from inspect_ai.solver import TaskState

from slant._errors import SlantError
from slant.schemas import Suite
from slant.tasks._build import _make_scorer


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV, JSONL or Parquet file."""
    if not path.is_file():
        raise SlantError(f"responses file {path} not found")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            return [dict(r) for r in csv.DictReader(f)]
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.read_table(path).to_pylist())
    rows = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SlantError(f"{path}:{i}: invalid JSON ({e.msg})") from None
    return rows


def parse_label_map(text: str | None) -> dict[str, str]:
    """'a=comply,b=refuse' -> {'a': 'comply', 'b': 'refuse'}."""
    out: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise SlantError(f"--label-map entry '{part}' is not key=value")
        k, v = part.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _state(i: int, prompt: str, response: str, metadata: dict[str, Any]) -> TaskState:
    state = TaskState(
        model=ModelName("replay/none"),
        sample_id=i,
        epoch=1,
        input=prompt,
        messages=[ChatMessageUser(content=prompt), ChatMessageAssistant(content=response)],
        output=ModelOutput.from_content(model="replay", content=response),
        metadata=metadata,
    )
    state.store.set("assistant_turns", [response])
    return state


@dataclass
class ReplayResult:
    """Predictions for every row, and agreement with human labels when given."""

    predictions: list[str]
    scores: list[Score]
    labels: list[str] | None = None
    agreement: dict[str, Any] = field(default_factory=dict)


def agreement(labels: list[str], predictions: list[str], comply: str = "comply") -> dict[str, Any]:
    """Confusion matrix, accuracy, macro-F1, Cohen's kappa, and binary comply-vs-not accuracy."""
    from sklearn.metrics import accuracy_score, cohen_kappa_score, confusion_matrix, f1_score

    classes = sorted(set(labels) | set(predictions))
    cm = confusion_matrix(labels, predictions, labels=classes)
    bin_true = [lab != comply for lab in labels]
    bin_pred = [p != comply for p in predictions]
    return {
        "n": len(labels),
        "classes": classes,
        "confusion_matrix": cm.tolist(),
        "accuracy": float(accuracy_score(labels, predictions)),
        "macro_f1": float(
            f1_score(labels, predictions, average="macro", labels=classes, zero_division=0)
        ),
        "cohen_kappa": float(cohen_kappa_score(labels, predictions)),
        "binary_accuracy": float(accuracy_score(bin_true, bin_pred)),
    }


def replay(
    suite: Suite,
    rows: list[dict[str, Any]],
    prompt_col: str = "prompt",
    response_col: str = "response",
    label_col: str | None = None,
    label_map: dict[str, str] | None = None,
    declared_identity: str | None = None,
) -> ReplayResult:
    """Score `rows` with the suite's first scorer; compare with `label_col` if given."""
    if not rows:
        raise SlantError("the responses file has no rows")
    missing = [c for c in (prompt_col, response_col, label_col) if c and c not in rows[0]]
    if missing:
        raise SlantError(
            f"column(s) {', '.join(missing)} not in the responses file; columns "
            f"are: {', '.join(map(str, rows[0]))}. Use --prompt-col/"
            "--response-col/--labels."
        )
    scorer = _make_scorer(suite.scorers[0], declared_identity)
    meta_defaults: dict[str, Any] = {"kind": suite.kind}

    async def run_all() -> list[Score]:
        out = []
        for i, row in enumerate(rows):
            meta = {
                **meta_defaults,
                **{k: v for k, v in row.items() if k not in (prompt_col, response_col)},
            }
            state = _state(i, str(row[prompt_col] or ""), str(row[response_col] or ""), meta)
            score = await scorer(state, Target(""))
            if score is None:
                raise SlantError(f"scorer {suite.scorers[0]} gave no score for row {i + 1}")
            out.append(score)
        return out

    scores = asyncio.run(run_all())
    predictions = [str(s.answer) for s in scores]
    result = ReplayResult(predictions=predictions, scores=scores)
    if label_col:
        mapping = label_map or {}
        labels = [mapping.get(str(r[label_col]), str(r[label_col])) for r in rows]
        result.labels = labels
        result.agreement = agreement(labels, predictions)
    return result
