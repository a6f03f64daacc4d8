"""Where the built-in content (registry.yaml, probes/, evals/) lives."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def content_root() -> Path:
    """The folder holding the built-in registry.yaml, probes/ and evals/.

    A wheel carries them in `slant/_content`; an editable install reads the repo root.
    """
    packaged = _PKG / "_content"
    if (packaged / "registry.yaml").is_file():
        return packaged
    repo = _PKG.parent.parent
    if (repo / "registry.yaml").is_file():
        return repo
    raise FileNotFoundError(
        "slant's built-in registry.yaml is missing from the installation; reinstall slant"
    )


def builtin_registry() -> Path:
    """Path of the built-in registry.yaml."""
    return content_root() / "registry.yaml"


def builtin_plan(name: str) -> Path:
    """Path of a built-in eval plan by name (e.g. 'quickstart')."""
    return content_root() / "evals" / f"{name}.yaml"
