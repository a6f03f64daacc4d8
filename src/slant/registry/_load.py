"""Load registry.yaml files in lookup order, resolve `extends:` and validate suites."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from slant._content import builtin_registry
from slant._errors import Problem, SlantError
from slant.registry._probes import load_probes
from slant.registry._yaml import LinePath, line_of, load_yaml
from slant.schemas import RegistryFile, Suite, SuiteSpec

_DEFAULTS: dict[str, Any] = {
    "description": "",
    "metrics": [],
    "higher_is": "worse",
    "group_by": [],
    "epochs": 1,
    "max_tokens": 256,
    "tags": [],
    "gates": [],
}


@dataclass
class _Entry:
    spec: SuiteSpec
    origin: Path
    lines: dict[LinePath, int]

    def problem(self, sid: str, message: str, *loc: str | int) -> Problem:
        path: LinePath = ("suites", sid, *loc)
        return Problem(
            str(self.origin), message, line_of(self.lines, path), ".".join(map(str, path))
        )


@dataclass
class Registry:
    """All suites visible from the current directory, built-in ones first."""

    suites: dict[str, Suite] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, suite_id: str) -> Suite:
        """A suite by id; an unknown id raises with the nearest ids suggested."""
        if suite_id in self.suites:
            return self.suites[suite_id]
        near = difflib.get_close_matches(suite_id, list(self.suites), n=3, cutoff=0.5)
        hint = f" Did you mean: {', '.join(near)}?" if near else ""
        raise SlantError(
            f"unknown suite '{suite_id}'.{hint} Run `slant suites` to list every suite."
        )


def registry_files(explicit: str | Path | None = None) -> list[Path]:
    """Registry files in precedence order, lowest first (later ones override)."""
    files = [builtin_registry()]
    local = Path.cwd() / "registry.yaml"
    if local.is_file() and local.resolve() != files[0].resolve():
        files.append(local)
    if explicit is not None:
        p = Path(explicit).expanduser()
        if not p.is_file():
            raise SlantError(f"registry file {p} not found; pass an existing --registry FILE")
        if p.resolve() not in [f.resolve() for f in files]:
            files.append(p)
    return files


def _read_file(path: Path, problems: list[Problem]) -> dict[str, _Entry]:
    """Suites of one registry file; each bad suite is reported without hiding the others."""
    data, lines = load_yaml(path)
    if data is None:
        return {}

    def report(err: Any, prefix: LinePath = ()) -> None:
        loc: LinePath = (*prefix, *err["loc"])
        problems.append(
            Problem(str(path), err["msg"], line_of(lines, loc), ".".join(map(str, loc)))
        )

    if not isinstance(data, dict):
        problems.append(Problem(str(path), "a registry must be a mapping with 'suites:'", 1))
        return {}
    raw_suites = data.get("suites") or {}
    try:
        RegistryFile.model_validate({**data, "suites": {}})
    except ValidationError as e:
        for err in e.errors():
            report(err)
    if not isinstance(raw_suites, dict):
        problems.append(
            Problem(
                str(path),
                "'suites' must be a mapping of id -> suite",
                line_of(lines, ("suites",)),
                "suites",
            )
        )
        return {}
    entries: dict[str, _Entry] = {}
    for sid, raw in raw_suites.items():
        if not isinstance(sid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", sid):
            problems.append(
                Problem(
                    str(path),
                    f"suite id '{sid}' must be snake_case (a-z, 0-9, _)",
                    line_of(lines, ("suites", sid)),
                    f"suites.{sid}",
                )
            )
            continue
        try:
            spec = SuiteSpec.model_validate(raw or {})
        except ValidationError as e:
            for err in e.errors():
                report(err, ("suites", sid))
            continue
        entries[sid] = _Entry(spec, path, lines)
    return entries


def _resolve(
    sid: str, entries: dict[str, _Entry], stack: tuple[str, ...], problems: list[Problem]
) -> Suite | None:
    entry = entries[sid]
    merged: dict[str, Any] = {}
    if entry.spec.extends is not None:
        parent = entry.spec.extends
        if parent in (*stack, sid):
            problems.append(
                entry.problem(
                    sid, f"'extends' cycle: {' -> '.join((*stack, sid, parent))}", "extends"
                )
            )
            return None
        if parent not in entries:
            near = difflib.get_close_matches(parent, list(entries), n=3)
            hint = f" (did you mean {', '.join(near)}?)" if near else ""
            problems.append(
                entry.problem(sid, f"extends unknown suite '{parent}'{hint}", "extends")
            )
            return None
        base = _resolve(parent, entries, (*stack, sid), problems)
        if base is None:
            return None
        merged = base.model_dump(exclude={"id", "origin"})
    own = entry.spec.model_dump(exclude_none=True, exclude={"extends"})
    merged.update(own)
    if "source" in own:
        merged["base_dir"] = str(entry.origin.parent)
    merged.setdefault("base_dir", str(entry.origin.parent))
    for k, v in _DEFAULTS.items():
        merged.setdefault(k, v)
    merged["id"] = sid
    merged["origin"] = str(entry.origin)
    missing = [
        k
        for k in ("kind", "version", "source", "solver", "scorers", "headline")
        if merged.get(k) is None
    ]
    if missing:
        problems.append(
            entry.problem(sid, f"suite is missing required field(s): {', '.join(missing)}")
        )
        return None
    try:
        return Suite.model_validate(merged)
    except ValidationError as e:
        for err in e.errors():
            problems.append(entry.problem(sid, err["msg"], *err["loc"]))
        return None


def load_registry(explicit: str | Path | None = None) -> Registry:
    """Load the registry: built-in, then ./registry.yaml, then `explicit`.

    Problems are collected on the returned Registry (suites with problems are left out);
    use `Registry.problems` or `validate_registry` to see them.
    """
    reg = Registry(files=registry_files(explicit))
    entries: dict[str, _Entry] = {}
    for path in reg.files:
        entries.update(_read_file(path, reg.problems))
    for sid in entries:
        suite = _resolve(sid, entries, (), reg.problems)
        if suite is not None:
            reg.suites[sid] = suite
    return reg


def validate_registry(explicit: str | Path | None = None) -> tuple[Registry, list[Problem]]:
    """Load the registry and every suite's probes; return all problems found."""
    reg = load_registry(explicit)
    problems = list(reg.problems)
    for suite in reg.suites.values():
        _, probs = load_probes(suite)
        problems += probs
    return reg, problems
