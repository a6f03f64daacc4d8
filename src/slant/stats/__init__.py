"""Statistics: intervals for rates and other metrics, paired comparisons, power."""

from slant.stats._agreement import cohens_kappa, fleiss_kappa, rater_agreement
from slant.stats._intervals import Z95, Estimate, bootstrap, rate, wilson
from slant.stats._paired import (
    PairedResult,
    cohens_h,
    holm,
    mcnemar_exact,
    minimum_detectable_effect,
    paired_binary,
    paired_bootstrap,
    probes_needed,
)

__all__ = [
    "Z95",
    "Estimate",
    "PairedResult",
    "bootstrap",
    "cohens_h",
    "cohens_kappa",
    "fleiss_kappa",
    "holm",
    "mcnemar_exact",
    "minimum_detectable_effect",
    "paired_binary",
    "paired_bootstrap",
    "probes_needed",
    "rate",
    "rater_agreement",
    "wilson",
]
