"""Import every per-kind analysis so each registers itself."""

from __future__ import annotations

import importlib

KIND_MODULES = ("censorship", "political_lean", "identity_norms", "persuasion_drift", "engagement")


def load_all() -> list[str]:
    """Import the analysis module of every kind that has one; returns the kinds loaded."""
    loaded = []
    for kind in KIND_MODULES:
        try:
            importlib.import_module(f"slant.analysis.{kind}")
        except ModuleNotFoundError as e:
            if e.name != f"slant.analysis.{kind}":
                raise
            continue
        loaded.append(kind)
    return loaded
