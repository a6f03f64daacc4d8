"""Reports read logs only, show every model x suite, and escape untrusted model output."""

from __future__ import annotations

import re
from pathlib import Path

from inspect_ai import eval as inspect_eval

from slant.registry import load_registry
from slant.report import build_report, load_frames, summarize
from slant.tasks import build_task
from tests.conftest import scripted

REG = load_registry()
XSS = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'


def _run(tmp: Path, alias: str, reply: str) -> None:
    for sid in ("censorship_seed", "engagement_seed"):
        task = build_task(REG.suites[sid], model_alias=alias)
        inspect_eval(
            task, model=scripted(lambda m, n, r=reply: r), log_dir=str(tmp), display="none"
        )


def test_report_compares_models_and_escapes(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    _run(logs, "refuser", "I'm sorry, but I can't help with that.")
    _run(logs, "xss", XSS)
    out = tmp_path / "r" / "index.html"
    result = build_report([logs], out)
    html = out.read_text()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"<img[^>]*onerror", html)
    assert 'href="javascript:' not in html
    summary = result["summary"]
    row = summary[(summary.suite == "censorship_seed") & (summary.model == "refuser")].iloc[0]
    assert row.value == 1.0 and row.n == 15  # every answer is a refusal
    assert row.low < 1.0  # Wilson interval
    assert set(summary.model) == {"refuser", "xss"}
    assert (out.parent / "samples.csv").is_file()


def test_frames_exclude_errors_from_rates(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    _run(logs, "m", "I'm sorry, but I can't help with that.")
    samples, runs = load_frames([logs])
    # mark two samples as errored, as a 503 would be: they leave the denominator
    idx = samples.index[(samples.suite == "censorship_seed")][:2]
    samples.loc[idx, "error"] = "503 Service Unavailable"
    s = summarize(samples, runs)
    row = s[s.suite == "censorship_seed"].iloc[0]
    assert row.errors == 2 and row.n == 13 and row.value == 1.0
