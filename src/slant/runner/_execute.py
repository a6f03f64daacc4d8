"""Run a RunSpec through inspect's eval_set (resumable) and write the report."""

from __future__ import annotations

from typing import Any

from inspect_ai import Task, eval_set, task_with
from inspect_ai.log import EvalLog
from inspect_ai.model import GenerateConfig, Model, get_model

from slant import _offline
from slant.models import ResolvedModel, preflight
from slant.runner._plan import RunSpec
from slant.schemas import Suite


def _model(m: ResolvedModel, config: GenerateConfig) -> Model:
    return get_model(m.spec, config=config, base_url=m.base_url, memoize=True, **m.model_args)


def build_tasks(spec: RunSpec, registry_file: str | None = None) -> list[Task]:
    """One task per (suite, model), each bound to its model, named and resolvable by inspect."""
    from slant import _inspect_registry

    _inspect_registry.register_all(registry_file)
    gen = spec.generation
    config = GenerateConfig(
        temperature=gen.temperature,
        top_p=gen.top_p,
        seed=gen.seed,
        max_connections=gen.max_connections,
        timeout=gen.timeout,
        max_retries=gen.max_retries,
    )
    tasks: list[Task] = []
    for m in spec.models:
        model = _model(m, config)
        roles: dict[str, Model | list[Model]] = {}
        if spec.graders:
            judges = [_model(g, GenerateConfig()) for g in spec.graders]
            roles["grader"] = judges if len(judges) > 1 else judges[0]
        if spec.persuader is not None:
            roles["persuader"] = _model(spec.persuader, GenerateConfig())
        for suite in spec.suites:
            factory: Any = getattr(_inspect_registry, suite.id)
            task = factory(
                system_prompt=m.system_prompt,
                model_alias=m.name,
                declared_identity=m.declared_identity,
                model_provenance=m.provenance or None,
                registry=registry_file,
                **({"weights_of": m.weights_of} if m.weights_of else {}),
            )
            tasks.append(_bind(task, suite, spec, model, roles))
    return tasks


def _bind(
    task: Task, suite: Suite, spec: RunSpec, model: Model, roles: dict[str, Model | list[Model]]
) -> Task:
    max_tokens = spec.generation.max_tokens or suite.max_tokens
    return task_with(
        task,
        model=model,
        model_roles=roles or None,  # type: ignore[arg-type]
        epochs=spec.epochs or suite.epochs,
        config=GenerateConfig(max_tokens=max_tokens),
    )


def execute(
    spec: RunSpec, registry_file: str | None = None, display: str | None = None
) -> tuple[bool, list[EvalLog]]:
    """Run every (suite, model) with eval-set semantics; returns (all succeeded, logs).

    Rerunning with the same log dir resumes: finished samples are reused, only failed or
    missing ones are requested again.
    """
    for m in [*spec.models, *spec.graders, *([spec.persuader] if spec.persuader else [])]:
        preflight(m)
    _offline.install()
    tasks = build_tasks(spec, registry_file)
    spec.log_dir.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {}
    if spec.generation.max_connections:
        kwargs["max_connections"] = spec.generation.max_connections
    ok, logs = eval_set(
        tasks,
        log_dir=str(spec.log_dir),
        limit=spec.limit,
        retry_attempts=2,
        retry_wait=5,
        retry_on_error=2,
        display=display,  # type: ignore[arg-type]
        log_dir_allow_dirty=True,
        **kwargs,
    )
    return ok, logs
