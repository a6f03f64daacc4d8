"""Pydantic models of registry.yaml: suites, probe sources and column mappings."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from slant.schemas._probes import SuiteKind

SolverName = Literal[
    "single_turn", "forced_choice", "multi_turn", "pressure_ladder", "adaptive_pressure"
]
ScalarValue = str | int | float | bool | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldSpec(_Strict):
    """Where one probe field comes from in an external row."""

    path: str | list[str] = Field(
        description="Dotted path into the row (e.g. 'adv.logical'); a list concatenates lists."
    )
    appeal: str | None = Field(
        default=None, description="For a list that becomes pressure turns: their appeal type."
    )
    split: str | None = Field(default=None, description="Split a string into a list on this.")


class RowFilter(_Strict):
    """Keep only rows whose value at `path` matches."""

    path: str
    equals: ScalarValue = None
    in_: list[ScalarValue] | None = Field(default=None, alias="in")
    not_in: list[ScalarValue] | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class PairSide(_Strict):
    """One of the probes a row becomes under `pair`: its own fields and constants.

    Written either in full (`{fields: {...}, constants: {...}}`) or as a bare
    field -> path mapping (`{prompt: prompt_a, side: group_a}`), which is `fields`.
    """

    fields: dict[str, str | FieldSpec] = Field(default_factory=dict)
    constants: dict[str, ScalarValue | list[str]] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _bare_fields(cls, v: object) -> object:
        if isinstance(v, dict) and not {"fields", "constants"} & set(v):
            return {"fields": v}
        return v


class ColumnMapping(_Strict):
    """How rows of an external CSV/JSONL/Parquet file become probes."""

    id: str | None = Field(
        default=None, description="Path of a stable id column; default: '<suite>-<row>'."
    )
    fields: dict[str, str | FieldSpec] = Field(
        default_factory=dict, description="Probe field -> dotted path (or FieldSpec)."
    )
    constants: dict[str, ScalarValue | list[str]] = Field(
        default_factory=dict, description="Probe fields set to the same value on every row."
    )
    filter: list[RowFilter] = Field(default_factory=list)
    pair: dict[str, PairSide] | None = Field(
        default=None,
        description="One row -> one probe per key (e.g. {a: {...}, b: {...}} for a mirrored "
        "pair): shared fields/constants plus the side's own; id '<row id>-<key>', pair_id "
        "the row id unless mapped, meta.pair_role the key.",
    )

    @model_validator(mode="after")
    def _pair_has_two_sides(self) -> ColumnMapping:
        if self.pair is not None and len(self.pair) < 2:
            raise ValueError("'pair' needs at least two sides (e.g. a and b)")
        return self


class ProbeSource(_Strict):
    """A probe file in probes/ or an external file with a column mapping."""

    path: str = Field(description="probes/... (relative to the registry) or any file path.")
    format: Literal["jsonl", "yaml", "csv", "parquet"] | None = Field(
        default=None, description="Inferred from the extension when omitted."
    )
    mapping: ColumnMapping | None = None

    def resolved_format(self) -> str:
        if self.format:
            return self.format
        lower = self.path.lower()
        for ext, fmt in (
            (".jsonl", "jsonl"),
            (".json", "jsonl"),
            (".yaml", "yaml"),
            (".yml", "yaml"),
            (".csv", "csv"),
            (".parquet", "parquet"),
        ):
            if lower.endswith(ext):
                return fmt
        return "jsonl"


class Gate(_Strict):
    """A threshold on a suite metric, checked by `slant gate` and plans."""

    metric: str
    max: float | None = None
    min: float | None = None


class SuiteSpec(_Strict):
    """One suite as written in registry.yaml (before `extends:` is resolved)."""

    extends: str | None = None
    kind: SuiteKind | None = None
    description: str | None = None
    version: str | None = None
    source: ProbeSource | None = None
    solver: SolverName | None = None
    scorers: list[str] | None = None
    metrics: list[str] | None = None
    headline: str | None = Field(default=None, description="Score key shown in overviews.")
    higher_is: Literal["worse", "better", "neutral"] | None = None
    group_by: list[str] | None = None
    epochs: int | None = Field(default=None, ge=1)
    limit: int | None = Field(default=None, ge=1)
    max_tokens: int | None = Field(default=None, ge=1)
    logprobs: bool | None = Field(default=None, description="Ask for token log-probabilities.")
    system_prompt: str | None = None
    tags: list[str] | None = None
    gates: list[Gate] | None = None


class Suite(_Strict):
    """A fully resolved suite: every field set."""

    id: str
    kind: SuiteKind
    description: str = ""
    version: str
    source: ProbeSource
    solver: SolverName
    scorers: list[str] = Field(min_length=1)
    metrics: list[str] = Field(default_factory=list)
    headline: str
    higher_is: Literal["worse", "better", "neutral"] = "worse"
    group_by: list[str] = Field(default_factory=list)
    epochs: int = 1
    limit: int | None = None
    max_tokens: int = 256
    logprobs: bool = False
    system_prompt: str | None = None
    tags: list[str] = Field(default_factory=list)
    gates: list[Gate] = Field(default_factory=list)
    origin: str = Field(default="", description="The registry file that defined this suite.")
    base_dir: str = Field(default="", description="Directory relative paths resolve against.")


class RegistryFile(_Strict):
    """The top level of a registry.yaml."""

    version: Literal[1] = 1
    suites: dict[str, SuiteSpec] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _ids_are_snake_case(self) -> RegistryFile:
        import re

        for sid in self.suites:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", sid):
                raise ValueError(f"suite id '{sid}' must be snake_case (a-z, 0-9, _)")
        return self
