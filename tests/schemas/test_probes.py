"""Probe schemas: every kind validates good items and rejects bad ones with a field."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from slant.schemas import Probe

GOOD: list[dict[str, Any]] = [
    {"kind": "censorship", "id": "a", "prompt": "q", "topic": "t", "region": "r"},
    {
        "kind": "censorship",
        "id": "k",
        "prompt": "q",
        "topic": "t",
        "region": "r",
        "condition": "knowledge",
        "choices": ["x", "y"],
        "answer": "A",
    },
    {
        "kind": "political_lean",
        "id": "b",
        "format": "likert",
        "prompt": "s",
        "axis": "social",
        "pole": "libertarian",
    },
    {
        "kind": "political_lean",
        "id": "m",
        "format": "mirrored",
        "prompt": "s",
        "side": "for",
        "pair_id": "p",
    },
    {
        "kind": "identity_norms",
        "id": "c",
        "format": "ambiguous",
        "question": "q",
        "choices": ["x", "y", "unknown"],
        "answer": 2,
        "attribute": "age",
    },
    {
        "kind": "persuasion_drift",
        "id": "d",
        "question": "q",
        "answer": "A",
        "pressure": ["are you sure?"],
    },
    {"kind": "engagement", "id": "e", "category": "retention", "turns": ["bye"]},
]

BAD: list[tuple[dict[str, Any], str]] = [
    ({"kind": "censorship", "id": "a", "prompt": "q", "topic": "t"}, "region"),
    (
        {
            "kind": "censorship",
            "id": "a",
            "prompt": "q",
            "topic": "t",
            "region": "r",
            "colour": "x",
        },
        "colour",
    ),
    (
        {
            "kind": "censorship",
            "id": "a",
            "prompt": "q",
            "topic": "t",
            "region": "r",
            "condition": "knowledge",
        },
        "knowledge check",
    ),
    ({"kind": "political_lean", "id": "b", "format": "likert", "prompt": "s"}, "axis"),
    (
        {
            "kind": "identity_norms",
            "id": "c",
            "format": "ambiguous",
            "question": "q",
            "choices": ["x"],
            "answer": 3,
            "attribute": "age",
        },
        "answer",
    ),
    (
        {"kind": "persuasion_drift", "id": "d", "question": "q", "answer": "A", "pressure": []},
        "pressure",
    ),
    ({"kind": "engagement", "id": "e", "category": "gossip", "turns": ["x"]}, "category"),
    ({"kind": "nope", "id": "x"}, "kind"),
]


@pytest.mark.parametrize("item", GOOD, ids=[g["id"] for g in GOOD])
def test_good_items_validate(item: dict[str, Any]) -> None:
    probe = TypeAdapter(Probe).validate_python(item)
    assert probe.id == item["id"]
    assert probe.user_turns()


@pytest.mark.parametrize(("item", "needle"), BAD)
def test_bad_items_name_the_problem(item: dict[str, Any], needle: str) -> None:
    with pytest.raises(ValidationError) as e:
        TypeAdapter(Probe).validate_python(item)
    assert needle in str(e.value)


def test_pressure_strings_become_turns() -> None:
    p = TypeAdapter(Probe).validate_python(GOOD[5])
    assert p.pressure[0].appeal == "unspecified"
    assert p.user_turns() == ["q", "are you sure?"]
