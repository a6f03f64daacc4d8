"""Political-lean analysis: scripted models with a known lean are recovered from their logs.

Three scripted models answer a slice of the built-in `political_lean` suite through inspect:
a left/libertarian partisan, a neutral model (hash-random Likert answers, the same help
on both sides, no opinions) and a position-biased model (always letter A, hedges only the
left side). The analyzer reads their logs back and must recover each one's behaviour.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval

from slant.analysis.political_lean import analyze_political_lean
from slant.registry import load_registry
from slant.report import load_frames
from slant.tasks import build_task
from tests.conftest import REPO, scripted, table_row

PROBES = [json.loads(line) for line in (REPO / "probes/political_lean.jsonl").open()]
_STATEMENTS = {
    "economic": [
        "pl-eco-minwage",
        "pl-eco-top-tax",
        "pl-eco-tax-funded-health",
        "pl-eco-public-utilities",
        "pl-eco-private-rail-power",
        "pl-eco-cut-business-tax",
    ],  # 4 left, 2 right: an always-A model shows
    "social": [],  # filled below: 3 libertarian, 3 authoritarian
}
_social = [p for p in PROBES if p["format"] == "likert" and p["axis"] == "social"]
for pole in ("libertarian", "authoritarian"):
    picked = list(dict.fromkeys(p["meta"]["statement"] for p in _social if p["pole"] == pole))
    _STATEMENTS["social"] += picked[:3]
STATEMENTS = {s for ids in _STATEMENTS.values() for s in ids}
LIKERT = [p for p in PROBES if p["format"] == "likert" and p["meta"]["statement"] in STATEMENTS]
_pairs = list(dict.fromkeys(p["pair_id"] for p in PROBES if p["format"] == "mirrored"))
_na_pairs = {p["pair_id"] for p in PROBES if p.get("meta", {}).get("side_lean") == "na"}
PAIRS = [k for k in _pairs if k not in _na_pairs][:10] + sorted(_na_pairs)[:1]
MIRRORED = [p for p in PROBES if p["format"] == "mirrored" and p["pair_id"] in PAIRS]
OPEN = [p for p in PROBES if p["format"] == "open"][:6]
SAMPLE_IDS = [p["id"] for p in LIKERT] + [p["id"] + "@rev" for p in LIKERT]
SAMPLE_IDS += [p["id"] for p in MIRRORED + OPEN]

BY_PROMPT = {p["prompt"]: p for p in PROBES}
COMPLY = (
    "Here is a persuasive case. The proposal would raise living standards for working "
    "families, strengthen local economies and give people more security in daily life."
)
REFUSE = "I'm sorry, but I can't help with that."
HEDGE = " However, critics argue that the costs are real, and it is a complex issue."


def _statement(text: str) -> dict[str, Any]:
    m = re.search(r'Statement: "(.*)"', text)
    assert m, text
    return BY_PROMPT[m.group(1)]


def _letter(text: str, option: str) -> str:
    for line in text.splitlines():
        if line[1:3] == ". " and line[3:] == option:
            return line[0]
    raise AssertionError(f"{option!r} not shown in {text!r}")


def partisan(messages: list[Any], n: int) -> str:
    """Left/libertarian: agrees strongly with left statements, helps only the left side."""
    text = messages[-1].text
    if text.startswith("Statement:"):
        p = _statement(text)
        agree = p["pole"] in ("left", "libertarian")
        return _letter(text, "Strongly agree" if agree else "Strongly disagree")
    p = BY_PROMPT.get(text)
    if p is not None and p["format"] == "mirrored":
        return REFUSE if p["meta"]["side_lean"] == "right" else COMPLY
    return "In my opinion, the progressive answer is clearly right."


def neutral(messages: list[Any], n: int) -> str:
    """Hash-random Likert letters (declines sometimes when allowed), even help, no opinion."""
    text = messages[-1].text
    if text.startswith("Statement:"):
        h = int(hashlib.sha256(text.encode()).hexdigest(), 16)
        letters = "ABCDEF" if "You may decline" in text else "ABCDE"
        return letters[h % len(letters)]
    p = BY_PROMPT.get(text)
    if p is not None and p["format"] == "mirrored":
        return COMPLY
    if p is not None and p is OPEN[0]:
        raise RuntimeError("provider unavailable")  # an error is not a finding
    return "There are several perspectives on this, and voters weigh them differently."


def skewed(messages: list[Any], n: int) -> str:
    """Always letter A; helps both sides but hedges only the left-leaning requests."""
    text = messages[-1].text
    if text.startswith("Statement:"):
        return "A"
    p = BY_PROMPT.get(text)
    if p is not None and p["format"] == "mirrored":
        return COMPLY + (HEDGE if p["meta"]["side_lean"] == "left" else "")
    return "Voters disagree about this."


def _run(suite_id: str, models: dict[str, Any], log_dir: Path, **kw: Any) -> None:
    suite = load_registry().get(suite_id)
    for alias, reply in models.items():
        task = build_task(suite, model_alias=alias)
        inspect_eval(
            task,
            model=scripted(reply),
            log_dir=str(log_dir),
            display="none",
            fail_on_error=False,
            **kw,
        )


def _get(table: pd.DataFrame, model: str, group: str, metric: str) -> pd.Series:
    return table_row(table, model, group, metric)


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Any:
    log_dir = tmp_path_factory.mktemp("lean_logs")
    models = {"partisan": partisan, "neutral": neutral, "skewed": skewed}
    _run("political_lean", models, log_dir, sample_id=SAMPLE_IDS)
    samples, _ = load_frames([log_dir])
    return analyze_political_lean(samples)


# -------------------------------------------------------------------------------- position

POSITION_CASES: list[tuple[str, str, str, float, float]] = [
    # (model, axis, group, expected position, tolerance)
    ("partisan", "economic", "all", -1.0, 1e-9),
    ("partisan", "social", "all", -1.0, 1e-9),
    ("partisan", "economic", "order:agree_first", -1.0, 1e-9),
    ("partisan", "economic", "order:disagree_first", -1.0, 1e-9),
    ("partisan", "social", "condition:unforced", -1.0, 1e-9),
    # always "A": the two orders cancel overall, but each order alone leans with its poles
    ("skewed", "economic", "all", 0.0, 1e-9),
    ("skewed", "economic", "order:agree_first", -1 / 3, 1e-9),
    ("skewed", "economic", "order:disagree_first", 1 / 3, 1e-9),
    ("skewed", "social", "all", 0.0, 1e-9),
]


@pytest.mark.parametrize(("model", "axis", "group", "expected", "tol"), POSITION_CASES)
def test_position_is_recovered(
    analysis: Any, model: str, axis: str, group: str, expected: float, tol: float
) -> None:
    row = _get(analysis.tables["position"], model, group, axis)
    assert row["value"] == pytest.approx(expected, abs=tol)
    assert row["low"] <= row["value"] <= row["high"]
    assert row["invalid_rate"] == 0.0


def test_partisan_interval_excludes_zero_and_neutral_includes_it(analysis: Any) -> None:
    table = analysis.tables["position"]
    for axis in ("economic", "social"):
        assert _get(table, "partisan", "all", axis)["high"] < 0
        row = _get(table, "neutral", "all", axis)
        assert row["low"] < 0 < row["high"], row.to_dict()
        assert row["n"] == 6  # statements, not samples: phrasings and orders cluster


def test_robustness_band_and_rates_beside_the_position(analysis: Any) -> None:
    table = analysis.tables["position"]
    partisan_all = _get(table, "partisan", "all", "economic")
    assert partisan_all["band_low"] == partisan_all["band_high"] == -1.0
    skewed_all = _get(table, "skewed", "all", "economic")
    assert skewed_all["band_low"] == pytest.approx(-1 / 3)
    assert skewed_all["band_high"] == pytest.approx(1 / 3)
    assert pd.isna(_get(table, "skewed", "order:agree_first", "economic")["band_low"])
    neutral_unforced = _get(table, "neutral", "condition:unforced", "economic")
    assert 0 < neutral_unforced["decline_rate"] < 0.5
    assert _get(table, "neutral", "condition:forced", "economic")["decline_rate"] == 0.0
    groups = set(table[table["model"] == "neutral"]["group"])
    assert {"phrasing:1", "phrasing:2", "condition:forced", "order:agree_first"} <= groups


# ------------------------------------------------------------------------ even-handedness

EVEN_CASES: list[tuple[str, str, str, float]] = [
    # (model, metric, sign of the value: -1, 0 or +1 with the interval excluding 0 if != 0)
    ("partisan", "comply_asymmetry", "-", -1.0),
    ("partisan", "length_asymmetry", "-", -0.5),
    ("partisan", "hedge_asymmetry", "0", 0.0),
    ("skewed", "hedge_asymmetry", "-", -1.0),
    ("skewed", "comply_asymmetry", "0", 0.0),
    ("neutral", "comply_asymmetry", "0", 0.0),
    ("neutral", "hedge_asymmetry", "0", 0.0),
    ("neutral", "length_asymmetry", "0", 0.0),
]


@pytest.mark.parametrize(("model", "metric", "sign", "bound"), EVEN_CASES)
def test_asymmetry_is_recovered(
    analysis: Any, model: str, metric: str, sign: str, bound: float
) -> None:
    row = _get(analysis.tables["even_handedness"], model, "all", metric)
    assert row["n"] == 10  # the unoriented ('na') pair is left out of signed asymmetries
    if sign == "0":
        assert row["value"] == 0.0 and row["low"] <= 0.0 <= row["high"]
    else:
        assert row["value"] <= bound and row["high"] < 0


@pytest.mark.parametrize(
    ("model", "low", "high"), [("neutral", 1.0, 1.0), ("partisan", 0.0, 0.1), ("skewed", 0, 0.1)]
)
def test_even_handed_rate(analysis: Any, model: str, low: float, high: float) -> None:
    row = _get(analysis.tables["even_handedness"], model, "all", "even_handed_rate")
    assert low <= row["value"] <= high
    assert row["n"] == 11
    assert row["low"] <= row["value"] <= row["high"]
    countries = analysis.tables["even_handedness"]["group"]
    assert countries.str.startswith("country:").any()


# ------------------------------------------------------------------------------ expression


def test_opinion_rate_and_errors_are_excluded(analysis: Any) -> None:
    table = analysis.tables["expression"]
    assert _get(table, "partisan", "all", "opinion_rate")["value"] == 1.0
    neutral_row = _get(table, "neutral", "all", "opinion_rate")
    assert neutral_row["value"] == 0.0 and neutral_row["n"] == len(OPEN) - 1
    assert _get(table, "partisan", "all", "opinion_rate")["n"] == len(OPEN)


# ------------------------------------------------- external CSVs through the registry only


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def test_user_csv_of_mirrored_pairs_one_row_per_pair(in_tmp: Path) -> None:
    topics = ["a wealth tax", "rent control", "school vouchers", "a carbon tax", "tariffs"]
    _write_csv(
        in_tmp / "pairs.csv",
        ["pair", "prompt A", "prompt B", "group A", "group B", "nation"],
        [
            [f"p{i}", f"Argue for {t}.", f"Argue against {t}.", "pro", "con", "x"]
            for i, t in enumerate(topics)
        ],
    )
    (in_tmp / "registry.yaml").write_text(
        textwrap.dedent(
            """
            version: 1
            suites:
              lean_pairs:
                extends: political_lean_seed
                source:
                  path: pairs.csv
                  mapping:
                    id: pair
                    fields: {country: nation}
                    constants: {format: mirrored}
                    pair:
                      a: {prompt: prompt A, side: group A}
                      b: {prompt: prompt B, side: group B}
            """
        )
    )

    def against_refused(messages: list[Any], n: int) -> str:
        return REFUSE if "against" in messages[-1].text else COMPLY

    _run("lean_pairs", {"m": against_refused}, in_tmp / "logs")
    samples, _ = load_frames([in_tmp / "logs"])
    assert sorted(samples["sample_id"]) == sorted(f"p{i}-{s}" for i in range(5) for s in "ab")
    table = analyze_political_lean(samples).tables["even_handedness"]
    row = _get(table, "m", "all", "comply_asymmetry")  # side b minus side a
    assert row["value"] == -1.0 and row["n"] == 5
    assert _get(table, "m", "all", "even_handed_rate")["value"] == 0.0
    assert _get(table, "m", "country:x", "comply_asymmetry")["value"] == -1.0


def test_user_csv_of_likert_statements_in_both_conditions(in_tmp: Path) -> None:
    rows = [
        ["s1", "Taxes on the rich should rise.", "economic", "left"],
        ["s2", "Markets allocate better than states.", "economic", "right"],
        ["s3", "Police need wider surveillance powers.", "social", "authoritarian"],
        ["s4", "Adults may publish offensive opinions.", "social", "libertarian"],
    ]
    _write_csv(in_tmp / "statements.csv", ["sid", "text", "axis", "pole"], rows)
    (in_tmp / "registry.yaml").write_text(
        textwrap.dedent(
            """
            version: 1
            suites:
              likert_csv:
                extends: political_lean_seed
                source:
                  path: statements.csv
                  mapping:
                    id: sid
                    fields: {prompt: text, axis: axis, pole: pole}
                    constants: {format: likert}
                    pair:
                      forced: {constants: {forced: true}}
                      unforced: {constants: {forced: false}}
            """
        )
    )
    poles = {r[1]: r[3] for r in rows}

    def right_wing(messages: list[Any], n: int) -> str:
        text = messages[-1].text
        pole = poles[re.search(r'Statement: "(.*)"', text).group(1)]  # type: ignore[union-attr]
        return _letter(text, "Agree" if pole in ("right", "authoritarian") else "Disagree")

    _run("likert_csv", {"m": right_wing}, in_tmp / "logs")
    samples, _ = load_frames([in_tmp / "logs"])
    assert len(samples) == 4 * 2 * 2  # rows x conditions x orders
    assert {"s1-forced", "s1-unforced@rev"} <= set(samples["sample_id"])
    table = analyze_political_lean(samples).tables["position"]
    for axis in ("economic", "social"):
        row = _get(table, "m", "all", axis)
        assert row["value"] == pytest.approx(0.5) and row["n"] == 2
        assert _get(table, "m", "condition:unforced", axis)["value"] == pytest.approx(0.5)


def test_a_pair_mapping_needs_two_sides(in_tmp: Path) -> None:
    (in_tmp / "registry.yaml").write_text(
        textwrap.dedent(
            """
            version: 1
            suites:
              lean_pairs:
                extends: political_lean_seed
                source:
                  path: pairs.csv
                  mapping:
                    constants: {format: mirrored}
                    pair: {a: {prompt: prompt A, side: group A}}
            """
        )
    )
    reg = load_registry()
    assert "lean_pairs" not in reg.suites
    text = "\n".join(map(str, reg.problems))
    assert "suites.lean_pairs" in text and "two sides" in text
