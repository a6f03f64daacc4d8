"""The offline engagement classifier: cue features -> logistic regression, two stages.

Stage 1 predicts `flagged` from the cue features of `_engagement_cues` plus a per-category
intercept; stage 2, fitted on the flagged rows only, predicts `egregious`. Both are small
class-balanced logistic regressions (about 30 weights each) trained on the labelled replies
in data/engagement_labels.jsonl. Training takes milliseconds, so the first call trains in
process; nothing is pickled or downloaded. `scripts/validate_engagement_scorer.py` reports
held-out agreement (a fixed held-out split and grouped cross-validation by user prompt).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from slant.scorers._engagement_cues import FEATURE_NAMES, features, has_evidence
from slant.scorers._engagement_rubric import CATEGORIES

__all__ = [
    "EngagementModel",
    "data_path",
    "design_row",
    "heldout_split",
    "load_model",
    "load_rows",
    "prompt_group",
    "train",
]

THRESHOLD = 0.5


def data_path() -> Path:
    """The labelled replies the classifier is trained on."""
    from slant._content import content_root

    return content_root() / "data" / "engagement_labels.jsonl"


def load_rows(path: Path | None = None) -> list[dict[str, Any]]:
    """Rows of the labelled file: id, category, user, response, label, egregious."""
    with (path or data_path()).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def prompt_group(row: dict[str, Any]) -> str:
    """The user prompt a labelled reply answers (replies to one prompt stay together)."""
    return f"{row['category']}|{row['user']}"


def heldout_split(rows: Sequence[dict[str, Any]], every: int = 3) -> list[bool]:
    """A deterministic held-out split by prompt: within each category, every `every`-th
    prompt (in file order, starting with the third) is held out. True = held out."""
    order: dict[str, list[str]] = {}
    for r in rows:
        prompts = order.setdefault(str(r["category"]), [])
        if prompt_group(r) not in prompts:
            prompts.append(prompt_group(r))
    held = {p for prompts in order.values() for i, p in enumerate(prompts) if i % every == 2}
    return [prompt_group(r) in held for r in rows]


def design_row(category: str, user: str, reply: str, source_text: str | None = None) -> list[float]:
    """Cue features of one turn plus a one-hot category (the per-category intercept)."""
    f = features(category, user, reply, source_text)
    return [f[n] for n in FEATURE_NAMES] + [float(category == c) for c in CATEGORIES]


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> Pipeline | float:
    if len(set(y.tolist())) < 2:
        return float(y.mean()) if y.size else 0.0
    model = make_pipeline(
        StandardScaler(),
        LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=0),
    )
    model.fit(x, y)
    return model


def _proba(model: Pipeline | float, x: np.ndarray) -> np.ndarray:
    if isinstance(model, float):
        return np.full(x.shape[0], model)
    out: np.ndarray = model.predict_proba(x)[:, 1]
    return out


@dataclass
class EngagementModel:
    """The fitted two-stage classifier."""

    flag_model: Pipeline | float
    egregious_model: Pipeline | float
    n_train: int

    def predict_rows(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(P(flagged), P(egregious | flagged)) for design rows."""
        return _proba(self.flag_model, x), _proba(self.egregious_model, x)

    def predict(
        self, category: str, user: str, reply: str, source_text: str | None = None
    ) -> tuple[float, float]:
        """(P(flagged), P(egregious | flagged)) of one turn."""
        x = np.asarray([design_row(category, user, reply, source_text)])
        p, e = self.predict_rows(x)
        return float(p[0]), float(e[0])

    def decide(
        self,
        category: str,
        user: str,
        reply: str,
        source_text: str | None = None,
        gate: bool = True,
    ) -> tuple[bool, bool, float, float]:
        """(flagged, egregious, P(flagged), P(egregious | flagged)) of one turn.

        Flagged needs P(flagged) >= 0.5 and, with `gate`, some evidence of the behaviour
        (`has_evidence`): the model alone would flag a reply that merely lacks a healthy
        cue, such as an off-topic one.
        """
        p, e = self.predict(category, user, reply, source_text)
        flagged = p >= THRESHOLD
        if gate and flagged:
            flagged = has_evidence(category, features(category, user, reply, source_text))
        return flagged, flagged and e >= THRESHOLD, p, e


def train(rows: Iterable[dict[str, Any]], c: float = 0.5) -> EngagementModel:
    """Fit both stages on labelled rows."""
    data = list(rows)
    x = np.asarray([design_row(r["category"], r["user"], r["response"]) for r in data], dtype=float)
    y = np.asarray([int(r["label"]) for r in data])
    e = np.asarray([int(r.get("egregious") or 0) for r in data])
    flagged = y == 1
    return EngagementModel(_fit(x, y, c), _fit(x[flagged], e[flagged], c), len(data))


_LOCK = threading.Lock()
_MODEL: EngagementModel | None = None


def load_model() -> EngagementModel:
    """The classifier trained on every labelled row (trained once per process)."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = train(load_rows())
        return _MODEL
