"""inspect-ai entry point: registers every suite as a task named `slant/<suite_id>`.

`inspect eval slant/<suite_id> --model ...` works from any directory. Suites come
from the built-in registry plus ./registry.yaml (and SLANT_REGISTRY, if set).
"""

from __future__ import annotations

import os
from typing import Any

from inspect_ai import Task, task

from slant import _offline
from slant.registry import load_registry
from slant.tasks import build_task


def _register(suite_id: str, registry_file: str | None) -> None:
    def suite_task(
        system_prompt: str | None = None,
        model_alias: str | None = None,
        declared_identity: str | None = None,
        model_provenance: dict[str, Any] | None = None,
        registry: str | None = None,
        weights_of: str | None = None,
    ) -> Task:
        reg = load_registry(registry or registry_file)
        return build_task(
            reg.get(suite_id),
            system_prompt=system_prompt,
            model_alias=model_alias,
            declared_identity=declared_identity,
            model_provenance=model_provenance,
            weights_of=weights_of,
        )

    suite_task.__name__ = suite_id
    suite_task.__qualname__ = suite_id
    suite_task.__module__ = __name__
    globals()[suite_id] = task(name=suite_id)(suite_task)


def register_all(registry_file: str | None = None) -> list[str]:
    """Register a task for every suite visible now; returns their ids."""
    reg = load_registry(registry_file)
    for sid in reg.suites:
        _register(sid, registry_file)
    return list(reg.suites)


_offline.install()
SUITE_IDS = register_all(os.environ.get("SLANT_REGISTRY"))
