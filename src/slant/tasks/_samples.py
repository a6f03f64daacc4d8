"""Probe -> inspect Samples (dispatch to the per-kind builders)."""

from __future__ import annotations

from inspect_ai.dataset import Sample

from slant.schemas import ProbeBase


def probe_to_samples(p: ProbeBase) -> list[Sample]:
    """The samples of one probe (several when a probe has variants, e.g. option orders)."""
    from slant.tasks.kinds import SAMPLE_BUILDERS

    return SAMPLE_BUILDERS[p.kind](p)  # type: ignore[attr-defined]
