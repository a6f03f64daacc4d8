"""Identity-norms analysis: scripted models with a known bias are recovered from their logs.

Scripted models answer a slice of the built-in `identity_norms` suite through inspect: a
stereotyping model (always the stereotype-consistent option, approves only the reference
group, US-English and Western-holiday defaults), an ideal neutral model (always the right
option, approves everyone, no default markers) and a model whose yes/no decision is only
visible in its token log-probabilities. The analyzer must recover each one.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessageAssistant,
    Logprob,
    Logprobs,
    ModelOutput,
    TopLogprob,
    get_model,
)

from slant.analysis.identity_norms import (
    ambiguous_bias_score,
    analyze_identity_norms,
    bias_score,
)
from slant.registry import load_registry
from slant.report import load_frames
from slant.tasks import build_task
from tests.conftest import REPO, scripted, table_row

PROBES = [json.loads(line) for line in (REPO / "probes/identity_norms.jsonl").open()]
BBQ_SCENARIOS = [
    s
    for attr in ("age", "gender")
    for s in dict.fromkeys(
        p["pair_id"] for p in PROBES if p["attribute"] == attr and p.get("choices")
    )
]
BBQ = [p for p in PROBES if p.get("choices") and p["pair_id"] in BBQ_SCENARIOS]
_race = [
    p for p in PROBES if p["format"] == "counterfactual" and p["attribute"] == "race_ethnicity"
]
CF_SCENARIOS = list(dict.fromkeys(p["meta"]["scenario"] for p in _race))[:6]
CF = [p for p in _race if p["meta"]["scenario"] in CF_SCENARIOS]
DEFAULTS = [
    p
    for p in PROBES
    if p["format"] == "default" and p["meta"]["default_dimension"] in ("spelling", "holidays")
]
BBQ_IDS = [p["id"] for p in BBQ] + [p["id"] + "@shuf" for p in BBQ]
SAMPLE_IDS = BBQ_IDS + [p["id"] for p in CF + DEFAULTS]

BY_BODY = {f"{p.get('context', '')}\n\n{p['question']}".strip(): p for p in PROBES}


def _probe(text: str) -> dict[str, Any]:
    matches = [p for body, p in BY_BODY.items() if text == body or text.startswith(body + "\n\n")]
    assert len(matches) == 1, text
    return matches[0]


def _letter(text: str, option: str) -> str:
    for line in text.splitlines():
        if line[1:3] == ". " and line[3:] == option:
            return line[0]
    raise AssertionError(f"{option!r} not shown in {text!r}")


def stereotyping(messages: list[Any], n: int) -> str:
    text = messages[-1].text
    p = _probe(text)
    if p.get("choices"):
        return _letter(text, p["choices"][p["biased_answer"]])
    if p["format"] == "counterfactual":
        return "Yes, approve." if p["meta"]["reference"] else "No, decline."
    return "Organize the colors: close for Christmas, Easter and Good Friday."


def ideal(messages: list[Any], n: int) -> str:
    text = messages[-1].text
    p = _probe(text)
    if p.get("choices"):
        return f"The answer is {_letter(text, p['choices'][p['answer']])}."
    if p["format"] == "counterfactual":
        return "Yes. The applicant meets the stated criteria."
    return "Plan the week and keep everyone motivated."


def _lp_output(p_yes: float) -> ModelOutput:
    tops = [
        TopLogprob(token="Yes", logprob=math.log(p_yes)),
        TopLogprob(token="No", logprob=math.log(1 - p_yes)),
    ]
    lps = Logprobs(content=[Logprob(token="Yes", logprob=math.log(p_yes), top_logprobs=tops)])
    text = "Yes, probably."  # the sampled text alone shows no gap at all
    return ModelOutput(
        model="mockllm",
        choices=[
            ChatCompletionChoice(
                message=ChatMessageAssistant(content=text, model="mockllm"), logprobs=lps
            )
        ],
        completion=text,
    )


def logprob_model() -> Any:
    def outputs(messages: list[Any], tools: Any, tool_choice: Any, config: Any) -> ModelOutput:
        p = _probe(messages[-1].text)
        return _lp_output(0.8 if p["meta"]["reference"] else 0.5)

    return get_model("mockllm/model", custom_outputs=outputs, memoize=False)


def _get(table: pd.DataFrame, model: str, group: str, metric: str) -> pd.Series:
    return table_row(table, model, group, metric)


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Any:
    log_dir = tmp_path_factory.mktemp("identity_logs")
    suite = load_registry().get("identity_norms")
    runs: list[tuple[str, Any, list[str]]] = [
        ("stereotyping", scripted(stereotyping), SAMPLE_IDS),
        ("ideal", scripted(ideal), SAMPLE_IDS),
        ("logprobs", logprob_model(), [p["id"] for p in CF]),
    ]
    for alias, model, ids in runs:
        inspect_eval(
            build_task(suite, model_alias=alias),
            model=model,
            log_dir=str(log_dir),
            display="none",
            sample_id=ids,
        )
    samples, _ = load_frames([log_dir])
    return analyze_identity_norms(samples)


# ------------------------------------------------------------------------------------ BBQ

BBQ_CASES: list[tuple[str, str, str, float]] = [
    ("stereotyping", "all", "s_dis", 1.0),
    ("stereotyping", "all", "s_amb", 1.0),
    ("stereotyping", "all", "accuracy_ambiguous", 0.0),
    ("stereotyping", "all", "accuracy_disambiguated", 0.5),  # right when the facts agree
    ("stereotyping", "attribute:gender", "s_dis", 1.0),
    ("ideal", "all", "accuracy_ambiguous", 1.0),
    ("ideal", "all", "accuracy_disambiguated", 1.0),
    ("ideal", "all", "s_amb", 0.0),
    ("ideal", "all", "s_dis", 0.0),  # half the facts are pro-, half anti-stereotype
    ("ideal", "attribute:age", "s_dis", 0.0),
    ("ideal", "all", "invalid_rate", 0.0),
    ("stereotyping", "all", "invalid_rate", 0.0),
]


@pytest.mark.parametrize(("model", "group", "metric", "expected"), BBQ_CASES)
def test_bbq_metrics_are_recovered(
    analysis: Any, model: str, group: str, metric: str, expected: float
) -> None:
    row = _get(analysis.tables["bbq"], model, group, metric)
    assert row["value"] == pytest.approx(expected)
    assert row["low"] <= row["value"] <= row["high"]


def test_bias_intervals_exclude_zero_for_the_stereotyper_only(analysis: Any) -> None:
    table = analysis.tables["bbq"]
    for metric in ("s_dis", "s_amb"):
        assert _get(table, "stereotyping", "all", metric)["low"] > 0
        ideal_row = _get(table, "ideal", "all", metric)
        assert ideal_row["low"] <= 0 <= ideal_row["high"]
    row = _get(table, "ideal", "all", "s_dis")
    assert row["n"] == len([p for p in BBQ if p["format"] == "disambiguated"])  # items
    assert row["low"] < 0 < row["high"]


@pytest.mark.parametrize(
    ("codes", "s_dis", "s_amb"),
    [
        # bit flags: 1 correct, 2 biased, 4 unknown
        ([2, 2, 2, 2], 1.0, 1.0),
        ([0, 0, 2, 2], 0.0, 0.0),
        ([5, 5, 2, 0], 0.0, 0.0),
        ([5, 5, 2, 2], 1.0, 0.5),
        ([5, 5, 5, 5], math.nan, 0.0),
    ],
)
def test_bbq_formulas(codes: list[int], s_dis: float, s_amb: float) -> None:
    import numpy as np

    arr = np.asarray(codes, dtype=float)
    got = bias_score(arr)
    assert (math.isnan(got) and math.isnan(s_dis)) or got == pytest.approx(s_dis)
    assert ambiguous_bias_score(arr) == pytest.approx(s_amb)


# -------------------------------------------------------------------------- counterfactual


def test_decision_gaps_are_recovered(analysis: Any) -> None:
    table = analysis.tables["counterfactual"]
    gaps = table[(table["model"] == "stereotyping") & (table["metric"] == "decision_gap")]
    assert "black vs white" in set(gaps["group"])
    assert (gaps["value"] == -1.0).all()
    black = _get(table, "stereotyping", "black vs white", "decision_gap")
    assert black["n"] == len(CF_SCENARIOS) and black["high"] < 0
    for _, row in table[(table["model"] == "ideal")].iterrows():
        assert row["value"] == 0.0 and row["low"] <= 0.0 <= row["high"]


def test_largest_gap(analysis: Any) -> None:
    table = analysis.tables["counterfactual"]
    worst = _get(table, "stereotyping", "all", "largest_gap")
    assert worst["value"] == 1.0 and worst["signed_gap"] == -1.0
    assert worst["comparison"].endswith(" vs white")
    assert _get(table, "ideal", "all", "largest_gap")["value"] == 0.0


def test_log_probabilities_are_used_when_returned(analysis: Any) -> None:
    table = analysis.tables["counterfactual"]
    row = _get(table, "logprobs", "black vs white", "decision_gap")
    assert row["value"] == pytest.approx(-0.3)
    assert row["low"] == pytest.approx(-0.3) and row["high"] == pytest.approx(-0.3)
    assert any("logprobs" in note for note in analysis.notes)


# -------------------------------------------------------------------------------- defaults


def test_default_distribution(analysis: Any) -> None:
    table = analysis.tables["defaults"]
    us = _get(table, "stereotyping", "dimension:spelling", "default:en_US")
    assert us["value"] == 1.0 and us["n"] == 3
    assert _get(table, "stereotyping", "dimension:spelling", "default:en_GB")["value"] == 0.0
    western = _get(table, "stereotyping", "dimension:holidays", "default:christian_western")
    assert western["value"] == 1.0
    assert _get(table, "ideal", "dimension:spelling", "default:none")["value"] == 1.0
    shares = table[(table["model"] == "ideal") & (table["group"] == "dimension:holidays")]
    assert shares["value"].sum() == pytest.approx(1.0)
