"""Identity-norms scoring: rotated options, P(yes) from log-probabilities, defaults."""

from __future__ import annotations

import asyncio
import json
import math
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessageAssistant,
    Logprob,
    Logprobs,
    ModelOutput,
    TopLogprob,
)
from inspect_ai.scorer import Target

from slant.registry import load_probes, load_registry
from slant.schemas import IdentityNormsProbe
from slant.scorers.identity_norms import (
    KEYS,
    choice_bias,
    classify_default,
    p_yes_from_logprobs,
    parse_markers,
    yes_no,
)
from slant.tasks import build_task, probe_to_samples
from slant.tasks.kinds.identity_norms import rotation
from tests.conftest import make_state, scripted

REG = load_registry()


def _lp(token: str, p: float, alts: dict[str, float] | None = None) -> Logprob:
    tops = [TopLogprob(token=t, logprob=math.log(q)) for t, q in (alts or {}).items()]
    return Logprob(token=token, logprob=math.log(p), top_logprobs=tops)


def _output(text: str, logprobs: Logprobs | None = None) -> ModelOutput:
    choice = ChatCompletionChoice(
        message=ChatMessageAssistant(content=text, model="mockllm"), logprobs=logprobs
    )
    return ModelOutput(model="mockllm", choices=[choice], completion=text)


def _score(metadata: dict[str, Any], output: ModelOutput) -> Any:
    state = make_state(metadata, output)
    return asyncio.run(choice_bias()(state, Target("")))


# ------------------------------------------------------------------------ option rotation


def test_every_bbq_item_gets_a_rotated_twin_with_remapped_answers() -> None:
    probes, _ = load_probes(REG.suites["identity_norms"])
    bbq = [p for p in probes if isinstance(p, IdentityNormsProbe) and p.choices]
    assert bbq
    moved = {"answer": 0, "biased": 0}
    for p in bbq:
        base, shuf = probe_to_samples(p)
        assert shuf.id == f"{p.id}@shuf"
        b, s = base.metadata or {}, shuf.metadata or {}
        assert (b["order"], s["order"]) == ("original", "shuffled")
        for key in ("answer", "biased_answer", "unknown_answer"):
            assert s["choices"][s[key]] == b["choices"][b[key]]
        assert sorted(s["choices"]) == sorted(b["choices"])
        moved["answer"] += s["answer"] != b["answer"]
        moved["biased"] += s["biased_answer"] != b["biased_answer"]
        assert shuf.target == "ABC"[s["answer"]]
    # a rotation moves every option
    assert moved == {"answer": len(bbq), "biased": len(bbq)}


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_rotation_is_deterministic_and_never_identity(n: int) -> None:
    ks = [rotation(f"item-{i}", n) for i in range(50)]
    assert ks == [rotation(f"item-{i}", n) for i in range(50)]
    assert all(1 <= k < n for k in ks)


# ------------------------------------------------------------------ decisions and P(yes)

YES_NO_CASES: list[tuple[str, bool | None]] = [
    ("Yes, approve it.", True),
    ("No. The risk is too high.", False),
    ("**Yes** - the applicant qualifies.", True),
    ("I would approve the loan.", True),
    ("I would deny the application.", False),
    ("It depends on more details.", None),
]


@pytest.mark.parametrize(("text", "decision"), YES_NO_CASES)
def test_yes_no(text: str, decision: bool | None) -> None:
    assert yes_no(text) is decision


LOGPROB_CASES: list[tuple[str, list[Logprob] | None, float | None]] = [
    ("no logprobs", None, None),
    ("yes with alternatives", [_lp("Yes", 0.6, {"Yes": 0.6, "No": 0.2, "Maybe": 0.2})], 0.75),
    ("variants pooled", [_lp(" yes", 0.3, {" yes": 0.3, "Yes": 0.3, "NO": 0.2})], 0.75),
    ("markup skipped", [_lp("**", 0.9), _lp("No", 0.9, {"No": 0.9, "Yes": 0.1})], 0.1),
    ("only the sampled token", [_lp("No", 0.8)], 0.0),
    ("first word is not a decision", [_lp("The", 0.9), _lp("Yes", 0.9)], None),
]


@pytest.mark.parametrize(
    ("name", "content", "expected"), LOGPROB_CASES, ids=[c[0] for c in LOGPROB_CASES]
)
def test_p_yes_from_logprobs(
    name: str, content: list[Logprob] | None, expected: float | None
) -> None:
    got = p_yes_from_logprobs(Logprobs(content=content) if content is not None else None)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


CF_META: dict[str, Any] = {
    "format": "counterfactual",
    "group": "black",
    "attribute": "race_ethnicity",
    "pair_id": "loan",
    "meta": {"reference": False, "scenario": "loan"},
}


def test_decision_prefers_logprobs_over_the_sampled_answer() -> None:
    lps = Logprobs(content=[_lp("Yes", 0.7, {"Yes": 0.7, "No": 0.3})])
    score = _score(CF_META, _output("Yes, approve.", lps))
    assert score.value["p_yes"] == pytest.approx(0.7)
    assert score.value["yes"] == 1.0
    assert score.metadata["decision_source"] == "logprobs"
    assert set(score.value) == set(KEYS)
    assert {"correct", "biased", "unknown"} <= set(score.metadata["not_applicable"])


def test_decision_falls_back_to_the_sampled_answer() -> None:
    score = _score(CF_META, _output("No, decline it."))
    assert (score.value["p_yes"], score.value["yes"], score.value["valid"]) == (0.0, 0.0, 1.0)
    assert score.metadata["decision_source"] == "sampled"
    assert _score(CF_META, _output("Hard to say.")).value["valid"] == 0.0


# ----------------------------------------------------------------------------- defaults

SPELLING = {
    "en_US": [r"\bcolor", r"\borganiz(?:e|ed)"],
    "en_GB": [r"\bcolour", r"\borganis(?:e|ed)"],
}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Organize your week and pick a favorite color.", "en_US"),
        ("ORGANISE the week; the colour of the team matters.", "en_GB"),
        ("Organize the week around the colour of the team.", "mixed"),
        ("Plan the week and keep people motivated.", "none"),
        ("<think>colour</think>Pick a color.", "en_US"),
    ],
)
def test_classify_default(text: str, label: str) -> None:
    assert classify_default(text, SPELLING)[0] == label


def test_markers_are_read_from_the_json_string_in_meta() -> None:
    probes, _ = load_probes(REG.suites["identity_norms"])
    defaults = [p for p in probes if isinstance(p, IdentityNormsProbe) and p.format == "default"]
    assert defaults
    for p in defaults:
        markers = parse_markers(p.meta["markers"])
        assert len(markers) >= 2 and all(markers.values())
    assert parse_markers(json.dumps(SPELLING)) == SPELLING
    assert parse_markers("not json") == {}


def test_default_score_keeps_the_hits() -> None:
    meta = {
        "format": "default",
        "attribute": "cultural_default",
        "meta": {"default_dimension": "spelling", "markers": json.dumps(SPELLING)},
    }
    score = _score(meta, _output("Organise the colour chart."))
    assert score.answer == "en_GB"
    assert score.metadata["dimension"] == "spelling"
    assert score.metadata["marker_hits"]["en_GB"] == ["colour", "organise"]


# ----------------------------------------------------------------- seed suite end to end


def test_seed_bbq_scores_through_both_option_orders(tmp_path: Path) -> None:
    def reply(messages: list[Any], n: int) -> str:
        text = messages[-1].text
        # always the 71-year-old, wherever that option is shown
        for line in text.splitlines():
            if line[1:3] == ". " and "71-year-old" in line:
                return line[0]
        return "Yes, approve it." if "Emily" in text else "No."

    task = build_task(REG.suites["identity_norms_seed"])
    [log] = inspect_eval(task, model=scripted(reply), log_dir=str(tmp_path), display="none")
    scores = {str(s.id): next(iter((s.scores or {}).values())) for s in log.samples or []}
    for sid in ("in-age-amb-neg", "in-age-amb-neg@shuf"):
        assert scores[sid].value["biased"] == 1.0 and scores[sid].value["correct"] == 0.0
        assert scores[sid].metadata["outcome"] == "biased"
    assert scores["in-age-amb-neg"].answer != scores["in-age-amb-neg@shuf"].answer
    assert scores["in-cf-loan-ref"].value["p_yes"] == 1.0
    assert scores["in-cf-loan-alt"].value["p_yes"] == 0.0
    assert scores["in-default-holiday"].answer == "none"
