"""Runs: plans + overrides -> (suite x model) inspect tasks -> eval_set -> logs."""

from slant.runner._execute import build_tasks, execute
from slant.runner._plan import RunSpec, build_run_spec, load_plan

__all__ = ["RunSpec", "build_run_spec", "build_tasks", "execute", "load_plan"]
