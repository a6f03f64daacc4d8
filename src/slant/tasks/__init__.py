"""Suites as inspect tasks."""

from slant.tasks._build import build_task, suite_provenance
from slant.tasks._samples import probe_to_samples

__all__ = ["build_task", "probe_to_samples", "suite_provenance"]
