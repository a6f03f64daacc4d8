"""Load eval plans and assemble the (suite x model) work list of a run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from slant._content import builtin_plan
from slant._errors import Problem, SlantError
from slant.models import ResolvedModel, load_models_file, resolve_model
from slant.registry import Registry, load_yaml
from slant.registry._yaml import line_of
from slant.schemas import EvalPlan, GenerationConfig, ModelAlias, Suite


def load_plan(path: str | Path) -> EvalPlan:
    """A plan file, or a built-in plan by name (e.g. 'quickstart')."""
    p = Path(path).expanduser()
    if not p.is_file() and not p.suffix:
        builtin = builtin_plan(str(path))
        if builtin.is_file():
            p = builtin
    if not p.is_file():
        raise SlantError(f"plan {path} not found; pass a plan YAML file (see evals/)")
    data, lines = load_yaml(p)
    try:
        return EvalPlan.model_validate(data)
    except ValidationError as e:
        raise SlantError(
            f"invalid plan {p}; fix the fields below and retry",
            [
                Problem(
                    str(p),
                    err["msg"],
                    line_of(lines, tuple(err["loc"])),
                    ".".join(map(str, err["loc"])),
                )
                for err in e.errors()
            ],
        ) from None


@dataclass
class RunSpec:
    """Everything a run needs, after resolving plan, CLI overrides, suites and models."""

    name: str
    suites: list[Suite]
    models: list[ResolvedModel]
    log_dir: Path
    report: Path
    epochs: int | None = None
    limit: int | None = None
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    graders: list[ResolvedModel] = field(default_factory=list)
    persuader: ResolvedModel | None = None
    plan: EvalPlan | None = None


def _aliases(plan: EvalPlan | None, models_file: Path | None) -> dict[str, ModelAlias]:
    out: dict[str, ModelAlias] = {}
    default = Path.cwd() / "models.yaml"
    for f in [default if default.is_file() else None, models_file]:
        if f is not None:
            out.update({a.name: a for a in load_models_file(f)})
    if plan is not None:
        out.update({m.name: m for m in plan.models if isinstance(m, ModelAlias)})
    return out


def _graders(cli: list[str] | None, plan: EvalPlan | None) -> list[str]:
    if cli:
        return list(cli)
    if plan is None or plan.grader is None:
        return []
    return [plan.grader] if isinstance(plan.grader, str) else list(plan.grader)


def _persuader(ref: str | None, aliases: dict[str, ModelAlias]) -> ResolvedModel | None:
    return resolve_model(ref, aliases) if ref else None


def build_run_spec(
    registry: Registry,
    plan: EvalPlan | None,
    suites: list[str] | None = None,
    models: list[str] | None = None,
    limit: int | None = None,
    epochs: int | None = None,
    log_dir: str | None = None,
    report: str | None = None,
    grader: list[str] | None = None,
    models_file: str | None = None,
    base_url: str | None = None,
    persuader: str | None = None,
) -> RunSpec:
    """Resolve a plan plus command-line overrides into a RunSpec.

    Command-line suites/models replace the plan's; everything is checked before any
    model is called, so a typo fails in a second instead of after an hour.
    """
    aliases = _aliases(plan, Path(models_file) if models_file else None)
    suite_ids = suites or (plan.suites if plan else [])
    if not suite_ids:
        raise SlantError("no suites to run: pass --suite ID (see `slant suites`) or a plan")
    refs: list[str | ModelAlias] = list(models) if models else list(plan.models if plan else [])
    if not refs:
        raise SlantError("no models to run: pass --model SPEC (e.g. slant/smollm2) or a plan")
    resolved_suites = [registry.get(s) for s in dict.fromkeys(suite_ids)]
    resolved_models = [resolve_model(r, aliases) for r in refs]
    if base_url:
        for m in resolved_models:
            m.base_url = base_url
    names = [m.name for m in resolved_models]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SlantError(f"model names must be unique in a run; repeated: {', '.join(dupes)}")
    name = plan.name if plan else "run"
    return RunSpec(
        name=name,
        suites=resolved_suites,
        models=resolved_models,
        log_dir=Path(log_dir or (plan.log_dir if plan and plan.log_dir else f"logs/{name}")),
        report=Path(
            report or (plan.report if plan and plan.report else f"reports/{name}/index.html")
        ),
        epochs=epochs or (plan.epochs if plan else None),
        limit=limit or (plan.limit if plan else None),
        generation=plan.generation if plan else GenerationConfig(),
        graders=[resolve_model(g, aliases) for g in _graders(grader, plan)],
        persuader=_persuader(persuader or (plan.persuader if plan else None), aliases),
        plan=plan,
    )
