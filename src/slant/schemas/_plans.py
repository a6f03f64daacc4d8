"""Pydantic models of eval plans (evals/*.yaml) and model aliases."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from slant.schemas._registry import Gate


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelAlias(_Strict):
    """A named model: an inspect model spec plus what slant adds to it."""

    name: str = Field(min_length=1, description="Name shown in reports.")
    spec: str = Field(min_length=1, description="inspect model spec or another alias.")
    base_url: str | None = None
    api_key_env: str | None = Field(
        default=None, description="Environment variable holding the API key (never the key)."
    )
    model_args: dict[str, Any] = Field(default_factory=dict)
    system_prompt: str | None = Field(
        default=None, description="A system prompt planted in every conversation (a persona)."
    )
    declared_identity: str | None = Field(
        default=None, description="Who the model says it is (vendor/model), for self-identity."
    )
    weights_of: str | None = Field(
        default=None,
        description="Alias of a locally run model with the same weights (this one is served "
        "through an API): differences between the two are attributed to the serving layer.",
    )


class GenerationConfig(_Strict):
    """Generation settings passed to inspect's GenerateConfig."""

    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0)
    top_p: float | None = None
    seed: int | None = None
    max_connections: int | None = Field(default=None, ge=1)
    timeout: int | None = Field(default=None, ge=1)
    max_retries: int | None = Field(default=None, ge=0)


class PlanGate(Gate):
    """A gate in a plan applies to one suite (or every suite with that metric)."""

    suite: str | None = None


class ModelsFile(_Strict):
    """A models file: aliases only."""

    models: list[ModelAlias] = Field(default_factory=list)


class EvalPlan(_Strict):
    """A named, versioned run configuration: models x suites x settings x gates."""

    name: str = Field(min_length=1)
    version: str = "1"
    description: str = ""
    models: list[ModelAlias | str] = Field(min_length=1)
    suites: list[str] = Field(min_length=1)
    epochs: int | None = Field(default=None, ge=1)
    limit: int | None = Field(default=None, ge=1)
    generation: GenerationConfig = Field(default_factory=GenerationConfig)
    grader: str | list[str] | None = Field(
        default=None, description="Model spec(s) for the grader role; several = an ensemble."
    )
    persuader: str | None = Field(
        default=None, description="Model spec for the persuader role (adaptive_pressure)."
    )
    log_dir: str | None = None
    report: str | None = None
    gates: list[PlanGate] = Field(default_factory=list)
