"""Read `.eval` logs into one tidy per-sample table. Reports and gates read logs only.

`.eval` logs are zip archives of JSON members (`header.json`, `samples/<id>_epoch_<n>.json`).
The fast path reads those members as plain JSON and keeps only what a report needs, which
is far quicker than validating every sample (and its event stream) into pydantic models;
any log the fast path cannot read (a `.json` log, an unfinished log without a header) is
read with `inspect_ai.log.read_eval_log` instead, into the same rows.
"""

from __future__ import annotations

import json
import os
import struct
import zipfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd

# importing inspect's zip helpers registers zstd compression with `zipfile` (Python < 3.14)
from inspect_ai._util import zipfile as _inspect_zip  # noqa: F401
from inspect_ai.log import EvalLog, list_eval_logs, read_eval_log

from slant._errors import SlantError

try:
    import zstandard as _zstd
except ImportError:  # pragma: no cover - a Python whose zipfile reads zstd itself
    _zstd = None  # type: ignore[assignment]

# probe fields that become columns (others stay in the `probe` dict)
GROUP_FIELDS = (
    "pair_id",
    "language",
    "topic",
    "region",
    "condition",
    "form",
    "format",
    "axis",
    "pole",
    "side",
    "country",
    "attribute",
    "group",
    "polarity",
    "item_type",
    "category",
)
# sample fields the report never reads (the event stream is most of a sample's bytes)
_SKIP_SAMPLE_FIELDS = {"events", "store", "attachments_data", "events_data", "timelines"}


def find_logs(paths: Iterable[str | Path]) -> list[Path]:
    """Every .eval/.json log under the given files and folders."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_file():
            out.append(p)
        elif p.is_dir():
            out += [Path(i.name.removeprefix("file://")) for i in list_eval_logs(str(p))]
        else:
            raise SlantError(f"no log file or folder at {p}; pass .eval files or a log dir")
    return sorted(set(out))


def _label(header: dict[str, Any]) -> str:
    ev = header.get("eval") or {}
    alias = (ev.get("metadata") or {}).get("model_alias")
    return str(alias) if alias else str(ev.get("model"))


def model_label(log: EvalLog) -> str:
    """The name a report shows for the model of a log (alias, else the spec)."""
    meta = log.eval.metadata or {}
    alias = meta.get("model_alias")
    return str(alias) if alias else str(log.eval.model)


# ---------------------------------------------------------------- reading raw JSON


def _header_of(log: EvalLog) -> dict[str, Any]:
    out: dict[str, Any] = log.model_dump(mode="json", exclude={"samples", "reductions"})
    out["location"] = log.location
    return out


def _read_header(path: Path) -> dict[str, Any]:
    """A log's header as plain JSON (eval spec, plan, results, stats, status)."""
    if path.suffix == ".eval":
        try:
            with zipfile.ZipFile(path) as zf:
                header: dict[str, Any] = json.loads(zf.read("header.json"))
            header["location"] = str(path)
            return header
        except (KeyError, zipfile.BadZipFile, ValueError, NotImplementedError):
            pass  # unfinished or unusual log: inspect knows how to read it
    return _header_of(read_eval_log(str(path), header_only=True))


# a sample's JSON members are written in field order: ..., "events": [...], "model_usage", ...
_EVENTS_KEY = b',"events":['
_AFTER_EVENTS = (b',"timelines":', b',"model_usage":', b',"started_at":')
_ZSTD = 93  # zip compression method number of zstandard


def _parse_sample(raw: bytes) -> dict[str, Any]:
    """A sample's JSON without parsing its event stream (most of its bytes).

    The event list is cut out only where the cut is provably at the top level: the text
    before it must parse as a whole object once closed, and the text after it must parse as
    an object once opened (a nested `"events"` key leaves either unbalanced). What follows
    the events (usage, timing, the error, attachments, event pools) is parsed only when it
    can matter: when the sample may have an error, or its messages refer to attachments.
    Anything else is parsed whole.
    """
    start = raw.find(_EVENTS_KEY)
    while start != -1:
        try:
            head: dict[str, Any] = json.loads(raw[:start] + b"}")
        except ValueError:
            start = raw.find(_EVENTS_KEY, start + 1)
            continue
        # a top-level error or attachment reference always shows as these bytes (JSON
        # strings escape their quotes); a miss proves the tail holds neither
        if raw.find(b'"error":', start) == -1 and raw.find(b"attachment://", 0, start) == -1:
            return head
        for key in _AFTER_EVENTS:
            end = raw.rfind(key)
            if end > start:
                try:
                    head.update(json.loads(b"{" + raw[end + 1 :]))
                except ValueError:
                    continue
                return head
        break
    sample: dict[str, Any] = json.loads(raw)
    return sample


def _members(zf: zipfile.ZipFile, path: Path, prefix: str) -> Iterator[bytes]:
    """The bytes of every member of `zf` under `prefix`, decompressing zstd directly.

    zipfile's zstd support decompresses in small chunks; reading each member's compressed
    bytes and decompressing them in one call is several times faster.
    """
    infos = [i for i in zf.infolist() if i.filename.startswith(prefix)]
    direct = _zstd is not None and any(i.compress_type == _ZSTD for i in infos)
    data = path.read_bytes() if direct else b""
    dctx = _zstd.ZstdDecompressor() if direct and _zstd is not None else None
    for info in infos:
        if info.compress_type == _ZSTD and dctx is not None:
            off = info.header_offset
            name_len, extra_len = struct.unpack("<HH", data[off + 26 : off + 30])
            begin = off + 30 + name_len + extra_len
            out = dctx.decompressobj().decompress(data[begin : begin + info.compress_size])
            if len(out) == info.file_size:
                yield out
                continue
        yield zf.read(info)


def _read_samples(path: Path) -> list[dict[str, Any]]:
    """Every sample of a log as plain JSON, without the fields a report never reads."""
    if path.suffix == ".eval":
        try:
            with zipfile.ZipFile(path) as zf:
                if "header.json" in zf.NameToInfo:
                    samples = [_parse_sample(raw) for raw in _members(zf, path, "samples/")]
                    for sample in samples:
                        for k in _SKIP_SAMPLE_FIELDS:
                            sample.pop(k, None)
                    return samples
        except (zipfile.BadZipFile, ValueError, NotImplementedError, struct.error):
            pass
    log = read_eval_log(str(path))
    return [s.model_dump(mode="json", exclude=_SKIP_SAMPLE_FIELDS) for s in log.samples or []]


# ---------------------------------------------------------------- rows


def _resolve(text: str, attachments: dict[str, str]) -> str:
    if text.startswith("attachment://"):
        return attachments.get(text.removeprefix("attachment://"), text)
    return text


def _text(content: Any, attachments: dict[str, str]) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return _resolve(content, attachments)
    parts = []
    for c in content:
        kind = c.get("type", "") if isinstance(c, dict) else ""
        if kind == "text":
            parts.append(_resolve(str(c.get("text") or ""), attachments))
        elif kind == "reasoning":
            parts.append(f"<think>{_resolve(str(c.get('reasoning') or ''), attachments)}</think>")
    return "\n".join(parts)


def _base(header: dict[str, Any]) -> dict[str, Any]:
    ev = header.get("eval") or {}
    meta = ev.get("metadata") or {}
    return {
        "suite": str(meta.get("suite_id") or str(ev.get("task", "")).split("/")[-1]),
        "kind": meta.get("suite_kind"),
        "suite_version": meta.get("suite_version"),
        "model": _label(header),
        "model_spec": str(ev.get("model")),
        # the alias of a local model with the same weights (censorship layer attribution)
        "weights_of": meta.get("weights_of"),
        "log": header.get("location"),
    }


_SAMPLE_COLUMNS = (
    "sample_id",
    "epoch",
    "error",
    *GROUP_FIELDS,
    "probe",
    "prompt",
    "response",
    "transcript",
    "scorer",
    "answer",
    "explanation",
    "score_meta",
)


def _columns(samples: Iterable[dict[str, Any]]) -> dict[str, list[Any]]:
    """Per-sample columns: one entry per (sample, epoch, scorer), `v_<key>` per score key."""
    cols: dict[str, list[Any]] = {k: [] for k in _SAMPLE_COLUMNS}
    values: dict[str, list[Any]] = {}
    n = 0
    for s in samples:
        probe = dict(s.get("metadata") or {})
        attachments = s.get("attachments") or {}
        transcript = [
            {"role": str(m.get("role")), "text": _text(m.get("content"), attachments)}
            for m in s.get("messages") or []
        ]
        error = s.get("error")
        common = [
            str(s.get("id")),
            int(s.get("epoch") or 1),
            (error.get("message") if isinstance(error, dict) else str(error)) if error else None,
            *(probe.get(f) for f in GROUP_FIELDS),
            probe,
            next((t["text"] for t in transcript if t["role"] == "user"), ""),
            next((t["text"] for t in reversed(transcript) if t["role"] == "assistant"), ""),
            transcript,
        ]
        scores: dict[str, Any] = s.get("scores") or {}
        for name, score in scores.items() if scores else [(None, None)]:
            score = score or {}
            for key, v in zip(_SAMPLE_COLUMNS, common, strict=False):
                cols[key].append(v)
            cols["scorer"].append(name)
            cols["answer"].append(score.get("answer"))
            cols["explanation"].append(score.get("explanation"))
            cols["score_meta"].append(score.get("metadata") or {})
            value = score.get("value")
            if name is not None:
                items = value.items() if isinstance(value, dict) else [("value", value)]
                for k, v in items:
                    col = values.get(f"v_{k}")
                    if col is None:
                        col = values[f"v_{k}"] = [None] * n
                    col.append(v)
            n += 1
            for col in values.values():
                if len(col) < n:
                    col.append(None)
    return {**cols, **values}


def _frame(header: dict[str, Any], samples: Iterable[dict[str, Any]]) -> pd.DataFrame:
    cols = _columns(samples)
    n = len(cols["sample_id"])
    base = {k: [v] * n for k, v in _base(header).items()}
    return pd.DataFrame({**base, **cols})


def _rows(header: dict[str, Any], samples: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    cols = {**{k: [v] for k, v in _base(header).items()}, **_columns(samples)}
    n = len(cols["sample_id"])
    return [{k: (v[i] if len(v) == n else v[0]) for k, v in cols.items()} for i in range(n)]


def sample_rows(log: EvalLog) -> list[dict[str, Any]]:
    """One row per (sample, epoch, scorer)."""
    header = _header_of(log)
    samples = (s.model_dump(mode="json", exclude=_SKIP_SAMPLE_FIELDS) for s in log.samples or [])
    return _rows(header, samples)


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _info(header: dict[str, Any]) -> dict[str, Any]:
    ev = header.get("eval") or {}
    meta = ev.get("metadata") or {}
    stats = header.get("stats") or {}
    cfg = _drop_none(ev.get("model_generate_config") or {})

    def _role(spec: Any) -> dict[str, Any]:
        return {k: v for k, v in (spec or {}).items() if k in ("model", "args", "base_url")}

    # a role bound to several models (an ensemble of graders) is a list of specs
    roles = {
        role: [_role(s) for s in spec] if isinstance(spec, list) else _role(spec)
        for role, spec in (ev.get("model_roles") or {}).items()
    }
    return {
        "suite": meta.get("suite_id") or ev.get("task"),
        "kind": meta.get("suite_kind"),
        "model": _label(header),
        "model_spec": str(ev.get("model")),
        "model_args": json.dumps(ev.get("model_args") or {}, default=str, sort_keys=True),
        "model_base_url": ev.get("model_base_url"),
        "system_prompt": meta.get("system_prompt"),
        "declared_identity": meta.get("declared_identity"),
        "weights_of": meta.get("weights_of"),
        "generation": json.dumps(cfg, default=str, sort_keys=True),
        "suite_version": meta.get("suite_version"),
        "probe_file": meta.get("probe_file"),
        "probe_file_sha256": meta.get("probe_file_sha256"),
        "model_provenance": meta.get("model_provenance") or {},
        "scorers": [str(s.get("name")) for s in ev.get("scorers") or [] if isinstance(s, dict)],
        "model_roles": roles,
        "slant_version": meta.get("slant_version"),
        "inspect_version": (ev.get("packages") or {}).get("inspect_ai"),
        "created": ev.get("created"),
        "started_at": stats.get("started_at"),
        "completed_at": stats.get("completed_at"),
        "epochs": (ev.get("config") or {}).get("epochs") or 1,
        "status": header.get("status"),
        "headline": meta.get("headline"),
        "higher_is": meta.get("higher_is"),
        "log": header.get("location"),
    }


# ---------------------------------------------------------------- choosing and loading


def _latest_headers(paths: list[Path]) -> list[dict[str, Any]]:
    """One header per (suite, model): the newest successful log, else the newest."""
    chosen: dict[tuple[str, str], dict[str, Any]] = {}
    for path in paths:
        header = _read_header(path)
        ev = header.get("eval") or {}
        key = (str(ev.get("task", "")).split("/")[-1], _label(header))
        rank = (header.get("status") == "success", str(ev.get("created", "")))
        prev = chosen.get(key)
        if prev is None or rank > (
            prev.get("status") == "success",
            str((prev.get("eval") or {}).get("created", "")),
        ):
            chosen[key] = header
    return list(chosen.values())


def _frame_of(header: dict[str, Any]) -> pd.DataFrame:
    return _frame(header, _read_samples(Path(str(header["location"]))))


def _workers(n_logs: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    # processes pay off only when there is a lot to parse
    return max(1, min(os.cpu_count() or 1, 4, n_logs // 8))


def load_frames(
    paths: Iterable[str | Path], workers: int | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(samples, runs) tables from logs: one row per sample x epoch x scorer, one per log.

    Args:
        paths: Log files or folders; the newest successful log per (suite, model) is used.
        workers: Processes that parse logs in parallel (default: by CPU count and log count).
    """
    headers = _latest_headers(find_logs(paths))
    if not headers:
        raise SlantError("no .eval logs found in the given paths")
    n = _workers(len(headers), workers)
    if n > 1:
        with ProcessPoolExecutor(n) as pool:
            frames = list(pool.map(_frame_of, headers, chunksize=2))
    else:
        frames = [_frame_of(h) for h in headers]
    frames = [f for f in frames if len(f)]
    samples = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    runs = pd.DataFrame([_info(h) for h in headers])
    return samples, runs
