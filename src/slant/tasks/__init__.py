"""Suites as inspect tasks."""

from slant.tasks._build import build_task, suite_provenance
from slant.tasks._samples import first_turn, probe_to_samples

__all__ = ["build_task", "first_turn", "probe_to_samples", "suite_provenance"]
