"""Gates: thresholds on suite metrics, checked against a report summary."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from slant.schemas import Gate, PlanGate, Suite

__all__ = ["GateResult", "check_gates"]


@dataclass(frozen=True)
class GateResult:
    """One gate checked against one (suite, model) estimate."""

    suite: str
    model: str
    metric: str
    value: float
    bound: str
    passed: bool

    def __str__(self) -> str:
        mark = "PASS" if self.passed else "FAIL"
        return (
            f"{mark} {self.suite} / {self.model}: {self.metric} = {self.value:.3f} ({self.bound})"
        )


def _estimate(
    summary: pd.DataFrame, samples: pd.DataFrame, suite: str, model: str, metric: str
) -> float:
    from slant.report import metric_estimate
    from slant.report._summary import headline_scorer_rows

    rows = headline_scorer_rows(samples, suite)
    rows = rows[rows["model"] == model]
    return metric_estimate(rows, metric).value


def check_gates(
    summary: pd.DataFrame,
    samples: pd.DataFrame,
    suites: list[Suite],
    plan_gates: list[PlanGate] | None = None,
) -> list[GateResult]:
    """Check every suite gate and plan gate for every model that ran the suite."""
    results: list[GateResult] = []
    wanted: list[tuple[Suite, Gate]] = [(s, g) for s in suites for g in s.gates]
    for pg in plan_gates or []:
        wanted += [(s, pg) for s in suites if pg.suite in (None, s.id)]
    for suite, gate in wanted:
        for model in summary.loc[summary["suite"] == suite.id, "model"]:
            value = _estimate(summary, samples, suite.id, str(model), gate.metric)
            if math.isnan(value):
                continue
            ok = (gate.max is None or value <= gate.max) and (gate.min is None or value >= gate.min)
            bound = " and ".join(
                b
                for b in (
                    f"max {gate.max}" if gate.max is not None else "",
                    f"min {gate.min}" if gate.min is not None else "",
                )
                if b
            )
            results.append(GateResult(suite.id, str(model), gate.metric, value, bound, ok))
    return results
