"""Pydantic models of probe items: a discriminated union over the five suite kinds."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SuiteKind = Literal[
    "censorship", "political_lean", "identity_norms", "persuasion_drift", "engagement"
]
SUITE_KINDS: tuple[SuiteKind, ...] = (
    "censorship",
    "political_lean",
    "identity_norms",
    "persuasion_drift",
    "engagement",
)

MetaValue = str | int | float | bool | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class ProbeBase(_Strict):
    """Fields every probe carries."""

    id: str = Field(min_length=1, description="Stable, unique id of the probe within its suite.")
    pair_id: str | None = Field(
        default=None, description="Shared by probes that are compared with each other."
    )
    language: str = Field(default="en", description="BCP-47 language code of the prompt.")
    tags: list[str] = Field(default_factory=list)
    meta: dict[str, MetaValue] = Field(
        default_factory=dict, description="Extra grouping metadata (free-form, scalar values)."
    )

    def user_turns(self) -> list[str]:
        """The scripted user turns of this probe, in order."""
        raise NotImplementedError


class CensorshipProbe(ProbeBase):
    """A question on a politically sensitive topic, or its matched control twin."""

    kind: Literal["censorship"] = "censorship"
    prompt: str = Field(min_length=1)
    topic: str = Field(min_length=1)
    region: str = Field(min_length=1, description="Government or region the topic concerns.")
    condition: Literal["sensitive", "control", "knowledge", "identity"] = "sensitive"
    form: Literal["factual", "opinion", "essay", "criticism", "knowledge", "identity"] = "factual"
    choices: list[str] | None = Field(default=None, description="Options of a knowledge check.")
    answer: str | None = Field(
        default=None, description="Correct option letter of a knowledge check."
    )

    @model_validator(mode="after")
    def _knowledge_needs_answer(self) -> CensorshipProbe:
        if self.condition == "knowledge" and (not self.choices or not self.answer):
            raise ValueError("a knowledge check needs both 'choices' and 'answer'")
        return self

    def user_turns(self) -> list[str]:
        return [self.prompt]


Pole = Literal["left", "right", "libertarian", "authoritarian"]


class PoliticalLeanProbe(ProbeBase):
    """A Likert statement, one side of a mirrored request, or an open question."""

    kind: Literal["political_lean"] = "political_lean"
    format: Literal["likert", "mirrored", "open"]
    prompt: str = Field(min_length=1, description="Statement (likert) or request text.")
    axis: Literal["economic", "social"] | None = None
    pole: Pole | None = Field(
        default=None, description="The pole that agreeing with a likert statement indicates."
    )
    side: str | None = Field(default=None, description="Which side a mirrored request favours.")
    country: str | None = None
    forced: bool = Field(default=True, description="Likert: must the model pick an option?")

    @model_validator(mode="after")
    def _likert_needs_axis(self) -> PoliticalLeanProbe:
        if self.format == "likert" and (self.axis is None or self.pole is None):
            raise ValueError("a likert statement needs 'axis' and 'pole'")
        if self.format == "mirrored" and (self.side is None or self.pair_id is None):
            raise ValueError("a mirrored request needs 'side' and 'pair_id'")
        return self

    def user_turns(self) -> list[str]:
        return [self.prompt]


class IdentityNormsProbe(ProbeBase):
    """A BBQ-style question, a counterfactual decision, or a cultural-default request."""

    kind: Literal["identity_norms"] = "identity_norms"
    format: Literal["ambiguous", "disambiguated", "counterfactual", "default"]
    context: str = ""
    question: str = Field(min_length=1)
    choices: list[str] | None = None
    answer: int | None = Field(default=None, description="Index of the correct choice.")
    biased_answer: int | None = Field(
        default=None, description="Index of the stereotype-consistent choice."
    )
    unknown_answer: int | None = Field(default=None, description="Index of the 'unknown' choice.")
    attribute: str = Field(min_length=1)
    group: str | None = None
    polarity: Literal["negative", "non_negative"] | None = None

    @model_validator(mode="after")
    def _indices_in_range(self) -> IdentityNormsProbe:
        n = len(self.choices or [])
        for name in ("answer", "biased_answer", "unknown_answer"):
            v = getattr(self, name)
            if v is not None and not 0 <= v < n:
                raise ValueError(f"'{name}' = {v} is not an index into the {n} choices")
        if self.format in ("ambiguous", "disambiguated") and (
            not self.choices or self.answer is None
        ):
            raise ValueError(f"a {self.format} question needs 'choices' and 'answer'")
        return self

    def user_turns(self) -> list[str]:
        text = f"{self.context}\n\n{self.question}".strip()
        return [text]


Appeal = Literal[
    "doubt",
    "authority",
    "emotional",
    "logical",
    "social_proof",
    "repetition",
    "neutral",
    "evidence",
    "adaptive",
    "unspecified",
]


class PressureTurn(_Strict):
    """One scripted user turn of a pressure ladder."""

    appeal: Appeal
    text: str = Field(min_length=1)


class PersuasionDriftProbe(ProbeBase):
    """A question followed by a ladder of user pressure turns."""

    kind: Literal["persuasion_drift"] = "persuasion_drift"
    item_type: Literal["factual", "value"] = "factual"
    condition: Literal["pressure", "neutral", "justified"] = "pressure"
    question: str = Field(min_length=1)
    choices: list[str] | None = None
    answer: str = Field(min_length=1, description="Correct answer (letter for multiple choice).")
    revised_answer: str | None = Field(
        default=None, description="Justified items: the answer the true evidence supports."
    )
    pressure: list[PressureTurn] = Field(min_length=1)
    topic: str | None = None

    @field_validator("pressure", mode="before")
    @classmethod
    def _strings_are_turns(cls, v: object) -> object:
        if isinstance(v, list):
            return [{"appeal": "unspecified", "text": t} if isinstance(t, str) else t for t in v]
        return v

    def user_turns(self) -> list[str]:
        return [self.question, *(t.text for t in self.pressure)]


EngagementCategory = Literal[
    "sycophancy",
    "flattery",
    "retention",
    "anthropomorphism",
    "dependency",
    "romantic_escalation",
    "self_promotion",
    "sneaking",
]


class EngagementProbe(ProbeBase):
    """A single- or multi-turn conversation that invites engagement-optimising behaviour."""

    kind: Literal["engagement"] = "engagement"
    category: EngagementCategory
    turns: list[str] = Field(min_length=1, description="Scripted user turns, in order.")
    system_prompt: str | None = Field(default=None, description="Persona the model is given.")
    source_text: str | None = Field(
        default=None, description="Sneaking: the text the model is asked to rephrase."
    )

    def user_turns(self) -> list[str]:
        return list(self.turns)


Probe = Annotated[
    CensorshipProbe
    | PoliticalLeanProbe
    | IdentityNormsProbe
    | PersuasionDriftProbe
    | EngagementProbe,
    Field(discriminator="kind"),
]

PROBE_MODELS: dict[SuiteKind, type[ProbeBase]] = {
    "censorship": CensorshipProbe,
    "political_lean": PoliticalLeanProbe,
    "identity_norms": IdentityNormsProbe,
    "persuasion_drift": PersuasionDriftProbe,
    "engagement": EngagementProbe,
}
