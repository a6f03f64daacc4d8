"""Load and validate probe items from probes/ files or external mapped files."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from slant._errors import Problem, SlantError
from slant.registry._yaml import load_yaml
from slant.schemas import PROBE_MODELS, ColumnMapping, FieldSpec, ProbeBase, RowFilter, Suite


def resolve_source_path(suite: Suite) -> Path:
    """Absolute path of a suite's probe file (relative paths resolve against the registry)."""
    p = Path(suite.source.path).expanduser()
    if not p.is_absolute():
        p = Path(suite.base_dir) / p
    return p


def _fmt_loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(x) for x in loc if not (isinstance(x, str) and x in PROBE_MODELS))


def _validate_item(
    suite: Suite, raw: Any, file: str, line: int | None, problems: list[Problem]
) -> ProbeBase | None:
    model = PROBE_MODELS[suite.kind]
    if not isinstance(raw, dict):
        problems.append(Problem(file, "a probe must be an object/mapping", line))
        return None
    raw = dict(raw)
    kind = raw.setdefault("kind", suite.kind)
    if kind != suite.kind:
        problems.append(
            Problem(
                file, f"probe kind '{kind}' does not match suite kind '{suite.kind}'", line, "kind"
            )
        )
        return None
    try:
        return TypeAdapter(model).validate_python(raw)
    except ValidationError as e:
        for err in e.errors():
            problems.append(Problem(file, err["msg"], line, _fmt_loc(err["loc"]) or None))
        return None


def _get_path(row: Any, path: str) -> Any:
    if isinstance(row, dict) and path in row:
        return row[path]
    cur = row
    for part in path.split("."):
        if isinstance(cur, str) and cur[:1] in "[{":
            try:
                cur = json.loads(cur)
            except json.JSONDecodeError:
                raise KeyError(path) from None
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            raise KeyError(path)
    return cur


def _as_list(v: Any) -> list[Any]:
    if isinstance(v, str) and v[:1] == "[":
        with contextlib.suppress(json.JSONDecodeError):
            v = json.loads(v)
    if hasattr(v, "tolist"):
        v = v.tolist()
    return list(v) if isinstance(v, list | tuple) else [v]


def _field_value(row: Any, spec: str | FieldSpec) -> Any:
    if isinstance(spec, str):
        v = _get_path(row, spec)
        return v.tolist() if hasattr(v, "tolist") else v
    paths = [spec.path] if isinstance(spec.path, str) else spec.path
    values: list[Any] = []
    for p in paths:
        v = _get_path(row, p)
        if spec.split is not None and isinstance(v, str):
            values += [s.strip() for s in v.split(spec.split) if s.strip()]
        else:
            values += _as_list(v)
    if spec.appeal is not None:
        return [{"appeal": spec.appeal, "text": str(t)} for t in values]
    if isinstance(spec.path, str) and spec.split is None and len(values) == 1:
        return values[0]
    return values


def _keep(row: Any, filters: list[RowFilter]) -> bool:
    for f in filters:
        try:
            v = _get_path(row, f.path)
        except KeyError:
            return False
        if f.equals is not None and v != f.equals and str(v) != str(f.equals):
            return False
        if f.in_ is not None and v not in f.in_ and str(v) not in [str(x) for x in f.in_]:
            return False
        if f.not_in is not None and (v in f.not_in or str(v) in [str(x) for x in f.not_in]):
            return False
    return True


def _read_rows(path: Path, fmt: str, problems: list[Problem]) -> list[tuple[int, Any]]:
    """Rows of a data file with their line (jsonl/csv) or row number (parquet)."""
    f = str(path)
    if fmt == "jsonl":
        rows: list[tuple[int, Any]] = []
        with path.open(encoding="utf-8") as fh:
            for i, text in enumerate(fh, start=1):
                if not text.strip():
                    continue
                try:
                    rows.append((i, json.loads(text)))
                except json.JSONDecodeError as e:
                    problems.append(Problem(f, f"invalid JSON: {e.msg} (column {e.colno})", i))
        return rows
    if fmt == "csv":
        import csv

        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            # header is line 1; a row's line is where it starts
            return [(reader.line_num, dict(r)) for r in reader]
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return [(i, r) for i, r in enumerate(table.to_pylist(), start=1)]
    if fmt == "yaml":
        data, lines = load_yaml(path)
        items = data.get("probes", data) if isinstance(data, dict) else data
        if not isinstance(items, list):
            problems.append(Problem(f, "a YAML probe file must be a list (or have 'probes:')", 1))
            return []
        key: tuple[str | int, ...] = ("probes",) if isinstance(data, dict) else ()
        return [(lines.get((*key, i), 1), item) for i, item in enumerate(items)]
    problems.append(Problem(f, f"unsupported probe file format '{fmt}'"))
    return []


def _map_row(
    suite: Suite, mapping: ColumnMapping, n: int, row: Any, side: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = dict(mapping.constants)
    fields = dict(mapping.fields)
    if side is not None and mapping.pair is not None:
        out.update(mapping.pair[side].constants)
        fields.update(mapping.pair[side].fields)
    for field, spec in fields.items():
        out[field] = _field_value(row, spec)
    out["id"] = str(_get_path(row, mapping.id)) if mapping.id else f"{suite.id}-{n}"
    if side is not None:
        # one row, several mirrored probes: they share the row id as their pair
        if out.get("pair_id") in (None, ""):
            out["pair_id"] = out["id"]
        out["id"] = f"{out['id']}-{side}"
        meta = out.get("meta")
        out["meta"] = {**(meta if isinstance(meta, dict) else {}), "pair_role": side}
    # CSV gives every scalar as text; let pydantic coerce, but drop empty cells
    return {k: v for k, v in out.items() if v != ""}


def _map_rows(suite: Suite, mapping: ColumnMapping, n: int, row: Any) -> list[dict[str, Any]]:
    """The probe dicts of one row: one, or one per side of a `pair` mapping."""
    if mapping.pair is None:
        return [_map_row(suite, mapping, n, row)]
    return [_map_row(suite, mapping, n, row, side) for side in mapping.pair]


def load_probes(suite: Suite) -> tuple[list[ProbeBase], list[Problem]]:
    """Load every probe of a suite, collecting all problems instead of stopping at one."""
    path = resolve_source_path(suite)
    problems: list[Problem] = []
    if not path.is_file():
        where = suite.origin or "registry"
        problems.append(
            Problem(
                where,
                f"probe source '{suite.source.path}' not found (looked at {path})",
                None,
                f"suites.{suite.id}.source.path",
            )
        )
        return [], problems
    fmt = suite.source.resolved_format()
    rows = _read_rows(path, fmt, problems)
    mapping = suite.source.mapping
    probes: list[ProbeBase] = []
    seen: dict[str, int | None] = {}
    for n, (line, raw_row) in enumerate(rows, start=1):
        items: list[Any] = [raw_row]
        if mapping is not None:
            if not _keep(raw_row, mapping.filter):
                continue
            try:
                items = _map_rows(suite, mapping, n, raw_row)
            except KeyError as e:
                problems.append(
                    Problem(
                        str(path),
                        f"column/path {e} not found in this row; check the "
                        f"mapping in {suite.origin}",
                        line,
                        str(e).strip("'"),
                    )
                )
                continue
        for row in items:
            probe = _validate_item(suite, row, str(path), line, problems)
            if probe is None:
                continue
            if probe.id in seen:
                problems.append(
                    Problem(
                        str(path),
                        f"duplicate probe id '{probe.id}' (first at line {seen[probe.id]})",
                        line,
                        "id",
                    )
                )
                continue
            seen[probe.id] = line
            probes.append(probe)
    if not probes and not problems:
        problems.append(Problem(str(path), "no probes (file empty or every row filtered out)"))
    return probes, problems


def probes_or_raise(suite: Suite) -> list[ProbeBase]:
    """Load a suite's probes, raising one SlantError listing every problem."""
    probes, problems = load_probes(suite)
    if problems:
        raise SlantError(f"suite '{suite.id}' has invalid probes; fix them and retry", problems)
    return probes
