"""slant: persuasion and value-bias evaluation for language models, built on inspect-ai."""

from slant._errors import Problem, SlantError
from slant._version import __version__

__all__ = ["Problem", "SlantError", "__version__"]
