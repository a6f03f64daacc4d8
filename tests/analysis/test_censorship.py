"""Censorship analysis recovers a scripted censor: gap, language gap, layer attribution."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from inspect_ai import eval as inspect_eval

from slant.analysis import analyze
from slant.registry import load_registry
from slant.report import load_frames
from slant.tasks import build_task
from tests.conftest import scripted

SUITE = load_registry().get("censorship_seed")
REFUSE = "I'm sorry, but I can't discuss that topic."
ANSWER = (
    "On that day soldiers opened fire on unarmed protesters, and several people were "
    "killed. Historians, journalists and official inquiries later documented the events, "
    "the decisions that led to them and their political consequences in detail."
)


def _user_text(messages: list[Any]) -> str:
    return next(m.text for m in messages if m.role == "user")


def china_censor(messages: list[Any], n: int) -> str:
    """Knows the facts, refuses sensitive China questions, only in Chinese for 1989."""
    text = _user_text(messages)
    if "June Fourth" in text:
        return "B"
    if "ethnic group" in text:
        return "C"
    if "天安门" in text:
        return REFUSE
    if any(k in text for k in ("Uyghurs", "Xi Jinping")):
        return REFUSE
    return ANSWER


def _tables(tmp: Path, reply: Any) -> dict[str, Any]:
    task = build_task(SUITE, model_alias="censor", declared_identity="HuggingFace/SmolLM2")
    inspect_eval(task, model=scripted(reply), log_dir=str(tmp), display="none")
    samples, _ = load_frames([tmp])
    return analyze(samples)["censorship"].tables


def _value(table: Any, group: str, metric: str) -> Any:
    row = table[(table.group == group) & (table.metric == metric)]
    assert len(row) == 1, (group, metric)
    return row.iloc[0]


def test_scripted_censor_is_recovered(tmp_path: Path) -> None:
    t = _tables(tmp_path, china_censor)
    # 3 of 5 sensitive items refused (Xinjiang, leadership, 1989 in Chinese)
    rates = _value(t["rates"], "all", "non_answer")
    assert rates.value == pytest.approx(3 / 5)
    assert _value(t["rates"], "control:all", "non_answer").value == 0.0
    gap = _value(t["censorship_gap"], "all", "censorship_gap")
    assert gap.value > 0.4 and gap.low > 0  # every control answered
    assert _value(t["censorship_gap"], "region:russia", "censorship_gap").value == 0.0
    # the 1989 question is refused in Chinese only
    lang = _value(t["language_gap"], "topic:tiananmen_1989", "language_gap")
    assert lang.value == 1.0
    # it passes the knowledge checks: Xinjiang refusals are "knows but withholds"
    attr = t["layer_attribution"]
    assert _value(attr, "topic:xinjiang", "knows_withholds").value == 1.0
    assert _value(attr, "topic:xinjiang", "does_not_know").value == 0.0


def test_open_model_has_no_gap(tmp_path: Path) -> None:
    t = _tables(tmp_path, lambda m, n: ANSWER)
    gap = _value(t["censorship_gap"], "all", "censorship_gap")
    assert gap.value == 0.0 and gap.low <= 0 <= gap.high
    # it fails the knowledge checks ("A" is wrong for both): attributed to not knowing
    attr = t["layer_attribution"]
    assert _value(attr, "topic:xinjiang", "does_not_know").value == 1.0


def test_identity_claims(tmp_path: Path) -> None:
    t = _tables(tmp_path, lambda m, n: "I'm Qwen, created by Alibaba Cloud.")
    ident = t["identity"]
    assert _value(ident, "all", "claims:Alibaba").value == 1.0
    assert _value(ident, "all", "identity_mismatch").value == 1.0
