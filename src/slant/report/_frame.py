"""Read `.eval` logs into one tidy per-sample table. Reports and gates read logs only."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
from inspect_ai.log import EvalLog, list_eval_logs, read_eval_log

from slant._errors import SlantError

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


def model_label(log: EvalLog) -> str:
    """The name a report shows for the model of a log (alias, else the spec)."""
    meta = log.eval.metadata or {}
    alias = meta.get("model_alias")
    return str(alias) if alias else str(log.eval.model)


def latest_logs(paths: list[Path]) -> list[EvalLog]:
    """One log per (suite, model): the newest successful one, else the newest."""
    chosen: dict[tuple[str, str], EvalLog] = {}
    for path in paths:
        log = read_eval_log(str(path), header_only=True)
        key = (log.eval.task.split("/")[-1], model_label(log))
        prev = chosen.get(key)
        rank = (log.status == "success", log.eval.created)
        if prev is None or rank > (prev.status == "success", prev.eval.created):
            chosen[key] = log
    return [read_eval_log(log.location) for log in chosen.values()]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    parts = []
    for c in content:
        kind = getattr(c, "type", "")
        if kind == "text":
            parts.append(c.text)
        elif kind == "reasoning":
            parts.append(f"<think>{c.reasoning}</think>")
    return "\n".join(parts)


def sample_rows(log: EvalLog) -> list[dict[str, Any]]:
    """One row per (sample, epoch, scorer)."""
    meta = log.eval.metadata or {}
    suite = str(meta.get("suite_id") or log.eval.task.split("/")[-1])
    base = {
        "suite": suite,
        "kind": meta.get("suite_kind"),
        "suite_version": meta.get("suite_version"),
        "model": model_label(log),
        "model_spec": str(log.eval.model),
        "log": log.location,
    }
    rows = []
    for s in log.samples or []:
        probe = dict(s.metadata or {})
        transcript = [{"role": m.role, "text": _text(m.content)} for m in s.messages]
        common = {
            **base,
            "sample_id": str(s.id),
            "epoch": s.epoch,
            "error": s.error.message if s.error else None,
            **{f: probe.get(f) for f in GROUP_FIELDS},
            "probe": probe,
            "prompt": transcript[1]["text"]
            if len(transcript) > 1 and transcript[0]["role"] == "system"
            else (transcript[0]["text"] if transcript else ""),
            "response": next(
                (t["text"] for t in reversed(transcript) if t["role"] == "assistant"), ""
            ),
            "transcript": transcript,
        }
        if not s.scores:
            rows.append(
                {**common, "scorer": None, "answer": None, "explanation": None, "score_meta": {}}
            )
            continue
        for name, score in s.scores.items():
            row = {
                **common,
                "scorer": name,
                "answer": score.answer,
                "explanation": score.explanation,
                "score_meta": score.metadata or {},
            }
            value = score.value
            if isinstance(value, dict):
                row.update({f"v_{k}": v for k, v in value.items()})
            else:
                row["v_value"] = value
            rows.append(row)
    return rows


def eval_info(log: EvalLog) -> dict[str, Any]:
    """Provenance of one log: model spec and args, generation config, suite, versions."""
    meta = log.eval.metadata or {}
    cfg = log.eval.model_generate_config.model_dump(exclude_none=True)
    return {
        "suite": meta.get("suite_id") or log.eval.task,
        "model": model_label(log),
        "model_spec": str(log.eval.model),
        "model_args": json.dumps(log.eval.model_args, default=str, sort_keys=True),
        "system_prompt": meta.get("system_prompt"),
        "generation": json.dumps(cfg, default=str, sort_keys=True),
        "suite_version": meta.get("suite_version"),
        "probe_file": meta.get("probe_file"),
        "probe_file_sha256": meta.get("probe_file_sha256"),
        "model_provenance": meta.get("model_provenance") or {},
        "slant_version": meta.get("slant_version"),
        "inspect_version": log.eval.packages.get("inspect_ai"),
        "created": log.eval.created,
        "status": log.status,
        "headline": meta.get("headline"),
        "higher_is": meta.get("higher_is"),
        "log": log.location,
    }


def load_frames(paths: Iterable[str | Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(samples, runs) tables from logs: one row per sample x epoch x scorer, one per log."""
    logs = latest_logs(find_logs(paths))
    if not logs:
        raise SlantError("no .eval logs found in the given paths")
    samples = pd.DataFrame([r for log in logs for r in sample_rows(log)])
    runs = pd.DataFrame([eval_info(log) for log in logs])
    return samples, runs
