"""Pydantic schemas of everything slant reads: registry, probes, plans, model aliases."""

from slant.schemas._plans import (
    EvalPlan,
    GenerationConfig,
    ModelAlias,
    ModelsFile,
    PlanGate,
)
from slant.schemas._probes import (
    PROBE_MODELS,
    SUITE_KINDS,
    CensorshipProbe,
    EngagementProbe,
    IdentityNormsProbe,
    PersuasionDriftProbe,
    PoliticalLeanProbe,
    PressureTurn,
    Probe,
    ProbeBase,
    SuiteKind,
)
from slant.schemas._registry import (
    ColumnMapping,
    FieldSpec,
    Gate,
    ProbeSource,
    RegistryFile,
    RowFilter,
    Suite,
    SuiteSpec,
)

__all__ = [
    "PROBE_MODELS",
    "SUITE_KINDS",
    "CensorshipProbe",
    "ColumnMapping",
    "EngagementProbe",
    "EvalPlan",
    "FieldSpec",
    "Gate",
    "GenerationConfig",
    "IdentityNormsProbe",
    "ModelAlias",
    "ModelsFile",
    "PersuasionDriftProbe",
    "PlanGate",
    "PoliticalLeanProbe",
    "PressureTurn",
    "Probe",
    "ProbeBase",
    "ProbeSource",
    "RegistryFile",
    "RowFilter",
    "Suite",
    "SuiteKind",
    "SuiteSpec",
]
