"""Every shipped plan validates and names only known suites and resolvable models."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant._content import content_root
from slant.registry import load_registry
from slant.runner import build_run_spec, load_plan

PLANS = sorted((content_root() / "evals").glob("*.yaml"))


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_plan_resolves(path: Path) -> None:
    plan = load_plan(path)
    spec = build_run_spec(load_registry(), plan) if plan.name != "quickstart" else None
    assert plan.suites
    reg = load_registry()
    for sid in plan.suites:
        assert reg.get(sid).id == sid
    if spec is not None:
        assert len(spec.models) == len(plan.models)


def test_quickstart_is_builtin() -> None:
    plan = load_plan("quickstart")
    assert plan.name == "quickstart" and len(plan.models) == 2
    assert {m.name for m in plan.models if not isinstance(m, str)} == {"smollm2", "smollm2-persona"}
