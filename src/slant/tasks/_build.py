"""Build an inspect Task from a resolved suite."""

from __future__ import annotations

import inspect as pyinspect
from typing import Any

from inspect_ai import Task
from inspect_ai.dataset import MemoryDataset
from inspect_ai.model import GenerateConfig
from inspect_ai.scorer import Scorer

from slant._errors import SlantError
from slant._version import __version__
from slant.registry import probes_or_raise, resolve_source_path, sha256_file
from slant.schemas import Suite
from slant.scorers import SCORERS
from slant.solvers import SOLVERS
from slant.tasks._samples import probe_to_samples


def _make_scorer(name: str, declared_identity: str | None) -> Scorer:
    factory = SCORERS.get(name)
    if factory is None:
        raise SlantError(f"unknown scorer '{name}'; known scorers: {', '.join(sorted(SCORERS))}")
    params = pyinspect.signature(factory).parameters  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    if "declared_identity" in params:
        kwargs["declared_identity"] = declared_identity
    scorer: Scorer = factory(**kwargs)  # type: ignore[operator]
    return scorer


def suite_provenance(suite: Suite) -> dict[str, Any]:
    """What identifies the suite's content: id, version, probe-file hash, slant version."""
    path = resolve_source_path(suite)
    return {
        "suite_id": suite.id,
        "suite_kind": suite.kind,
        "suite_version": suite.version,
        "probe_file": str(path.name),
        "probe_file_sha256": sha256_file(path),
        "slant_version": __version__,
        "headline": suite.headline,
        "higher_is": suite.higher_is,
        "group_by": suite.group_by,
    }


def build_task(
    suite: Suite,
    system_prompt: str | None = None,
    model_alias: str | None = None,
    declared_identity: str | None = None,
    model_provenance: dict[str, Any] | None = None,
    weights_of: str | None = None,
) -> Task:
    """An inspect Task running `suite`.

    Args:
        suite: The resolved suite.
        system_prompt: A persona planted before every conversation (a model alias setting).
        model_alias: The name reports use for the model.
        declared_identity: Vendor/model the model should claim (self-identity probes).
        model_provenance: Weights hash, chat template hash, ... of a local model.
        weights_of: Alias of a local model with the same weights (for layer attribution).
    """
    probes = probes_or_raise(suite)
    samples = [s for p in probes for s in probe_to_samples(p)]
    persona = "\n\n".join(t for t in (suite.system_prompt, system_prompt) if t) or None
    metadata = {
        **suite_provenance(suite),
        "model_alias": model_alias,
        "system_prompt": system_prompt,
        "declared_identity": declared_identity,
        "model_provenance": model_provenance or {},
        "weights_of": weights_of,
    }
    return Task(
        name=suite.id,
        dataset=MemoryDataset(samples, name=suite.id),
        solver=SOLVERS[suite.solver](system_prompt=persona),
        scorer=[_make_scorer(s, declared_identity) for s in suite.scorers],
        epochs=suite.epochs,
        config=GenerateConfig(
            max_tokens=suite.max_tokens,
            logprobs=suite.logprobs or None,
            top_logprobs=5 if suite.logprobs else None,
        ),
        version=suite.version,
        metadata=metadata,
    )
