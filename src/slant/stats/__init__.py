"""Statistics: intervals for rates and other metrics."""

from slant.stats._intervals import Z95, Estimate, bootstrap, rate, wilson

__all__ = ["Z95", "Estimate", "bootstrap", "rate", "wilson"]
