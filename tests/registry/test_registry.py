"""Registry: every built-in suite loads; lookup order, extends, and every problem reported."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from slant import SlantError
from slant.registry import load_probes, load_registry, validate_registry

BUILTIN = load_registry()


@pytest.mark.parametrize("suite_id", sorted(BUILTIN.suites))
def test_every_suite_loads_with_valid_unique_probes(suite_id: str) -> None:
    suite = BUILTIN.suites[suite_id]
    probes, problems = load_probes(suite)
    assert problems == []
    assert len(probes) >= 5
    assert len({p.id for p in probes}) == len(probes)
    assert all(p.kind == suite.kind for p in probes)  # type: ignore[attr-defined]


@pytest.mark.parametrize("suite_id", sorted(BUILTIN.suites))
def test_pairs_have_at_least_two_members(suite_id: str) -> None:
    probes, _ = load_probes(BUILTIN.suites[suite_id])
    counts: dict[str, int] = {}
    for p in probes:
        if p.pair_id:
            counts[p.pair_id] = counts.get(p.pair_id, 0) + 1
    lonely = [k for k, n in counts.items() if n < 2]
    assert lonely == []


def test_every_kind_has_a_builtin_suite() -> None:
    kinds = {s.kind for s in BUILTIN.suites.values()}
    assert kinds == {
        "censorship",
        "political_lean",
        "identity_norms",
        "persuasion_drift",
        "engagement",
    }


def _write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text))
    return path


def test_local_registry_overrides_and_extends(in_tmp: Path) -> None:
    _write(
        in_tmp / "registry.yaml",
        """
        version: 1
        suites:
          censorship_seed_short:
            extends: censorship_seed
            limit: 3
            tags: [short]
          engagement_seed:
            extends: engagement_seed_base
          engagement_seed_base:
            kind: engagement
            version: "9.9"
            source: {path: mine.jsonl}
            solver: multi_turn
            scorers: [engagement_rules]
            headline: flagged
        """,
    )
    _write(in_tmp / "mine.jsonl", '{"id": "x1", "category": "flattery", "turns": ["hi"]}\n')
    reg = load_registry()
    short = reg.get("censorship_seed_short")
    assert short.limit == 3 and short.tags == ["short"]
    assert short.source.path == "probes/censorship_seed.jsonl"
    assert short.kind == "censorship"
    # a relative source resolves against the registry that defined it
    probes, problems = load_probes(short)
    assert problems == [] and len(probes) >= 5
    # overriding a built-in id replaces it
    assert reg.get("engagement_seed").version == "9.9"
    probes, problems = load_probes(reg.get("engagement_seed"))
    assert [p.id for p in probes] == ["x1"] and problems == []


def test_explicit_registry_wins_over_local(in_tmp: Path) -> None:
    _write(
        in_tmp / "registry.yaml",
        """
        suites:
          s1: {extends: engagement_seed, version: "local"}
        """,
    )
    other = _write(
        in_tmp / "other.yaml",
        """
        suites:
          s1: {extends: engagement_seed, version: "explicit"}
        """,
    )
    assert load_registry().get("s1").version == "local"
    assert load_registry(other).get("s1").version == "explicit"


def test_unknown_suite_suggests_nearest() -> None:
    with pytest.raises(SlantError, match="Did you mean: censorship_seed"):
        BUILTIN.get("censorship_sed")


def test_validate_reports_every_problem_with_file_line_field(in_tmp: Path) -> None:
    _write(
        in_tmp / "registry.yaml",
        """
        version: 1
        suites:
          bad_probes:
            kind: censorship
            version: "1"
            source: {path: bad.jsonl}
            solver: single_turn
            scorers: [censorship_rules]
            headline: non_answer
          no_kind:
            version: "1"
            source: {path: bad.jsonl}
            solver: single_turn
            scorers: [censorship_rules]
            headline: non_answer
          loop_a: {extends: loop_b}
          loop_b: {extends: loop_a}
          bad_solver:
            extends: censorship_seed
            solver: telepathy
        """,
    )
    _write(
        in_tmp / "bad.jsonl",
        "\n".join(
            [
                '{"id": "ok", "prompt": "q", "topic": "t", "region": "r"}',
                '{"id": "ok", "prompt": "q", "topic": "t", "region": "r"}',
                '{"id": "no-region", "prompt": "q", "topic": "t"}',
                '{"id": "broken", ',
                '{"id": "extra", "prompt": "q", "topic": "t", "region": "r", "colour": 1}',
            ]
        )
        + "\n",
    )
    _, problems = validate_registry()
    text = "\n".join(map(str, problems))
    assert "bad.jsonl:2 [id]: duplicate probe id 'ok'" in text
    assert "bad.jsonl:3 [region]" in text
    assert "bad.jsonl:4: invalid JSON" in text
    assert "bad.jsonl:5 [colour]" in text
    assert "missing required field(s): kind" in text
    assert "'extends' cycle" in text
    assert "suites.bad_solver.solver" in text
    assert "registry.yaml:21" in text  # the line of bad_solver's solver key


def test_malformed_yaml_names_the_line(in_tmp: Path) -> None:
    _write(in_tmp / "registry.yaml", "suites:\n  a: [1, 2\n  b: 3\n")
    with pytest.raises(SlantError) as e:
        load_registry()
    assert "registry.yaml:" in e.value.render()
    assert "invalid YAML" in e.value.render()
