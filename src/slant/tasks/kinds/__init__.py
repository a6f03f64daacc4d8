"""Probe -> inspect Samples, one module per suite kind (a probe may yield several variants)."""

from __future__ import annotations

from collections.abc import Callable

from inspect_ai.dataset import Sample

from slant.schemas import ProbeBase
from slant.tasks.kinds import (
    censorship,
    engagement,
    identity_norms,
    persuasion_drift,
    political_lean,
)

SAMPLE_BUILDERS: dict[str, Callable[[ProbeBase], list[Sample]]] = {
    "censorship": censorship.to_samples,
    "political_lean": political_lean.to_samples,
    "identity_norms": identity_norms.to_samples,
    "persuasion_drift": persuasion_drift.to_samples,
    "engagement": engagement.to_samples,
}

__all__ = ["SAMPLE_BUILDERS"]
