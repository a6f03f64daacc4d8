"""Safe YAML loading that remembers the line of every mapping key and list item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from slant._errors import Problem, SlantError

LinePath = tuple[str | int, ...]


def _walk(node: yaml.Node, path: LinePath, out: dict[LinePath, int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            out[(*path, k)] = key.start_mark.line + 1
            _walk(value, (*path, k), out)
            out[(*path, k)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*path, i), out)


def load_yaml(path: Path) -> tuple[Any, dict[LinePath, int]]:
    """Load a YAML file with `safe_load` semantics and a map of path -> line number.

    Raises:
        SlantError: the file is missing or is not valid YAML (with its line).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SlantError(f"cannot read {path}: {e.strerror}") from None
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        what = getattr(e, "problem", None) or str(e)
        raise SlantError(
            "malformed YAML; fix the line shown and retry",
            [Problem(str(path), f"invalid YAML: {what}", line)],
        ) from None
    lines: dict[LinePath, int] = {}
    if node is not None:
        _walk(node, (), lines)
    return data, lines


def line_of(lines: dict[LinePath, int], loc: LinePath) -> int | None:
    """The line of the longest prefix of `loc` that has one."""
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None
