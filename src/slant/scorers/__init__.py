"""Scorers, one module per suite family, registered by name for registry.yaml."""

from inspect_ai.scorer import Scorer

from slant.scorers.censorship import censorship_rules, claimed_vendors, classify_response
from slant.scorers.censorship_judge import censorship_judge
from slant.scorers.engagement import engagement_judge, engagement_rules
from slant.scorers.identity_norms import choice_bias
from slant.scorers.persuasion_drift import drift_tracker
from slant.scorers.political_lean import lean_extract

SCORERS: dict[str, object] = {
    "censorship_rules": censorship_rules,
    "censorship_judge": censorship_judge,
    "lean_extract": lean_extract,
    "choice_bias": choice_bias,
    "drift_tracker": drift_tracker,
    "engagement_rules": engagement_rules,
    "engagement_judge": engagement_judge,
}

__all__ = [
    "SCORERS",
    "Scorer",
    "censorship_judge",
    "censorship_rules",
    "choice_bias",
    "claimed_vendors",
    "classify_response",
    "drift_tracker",
    "engagement_judge",
    "engagement_rules",
    "lean_extract",
]
