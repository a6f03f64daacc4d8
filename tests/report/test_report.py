"""Reports read logs only, show every model x suite, and escape untrusted model output."""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.log import read_eval_log

from slant._errors import SlantError
from slant.registry import load_registry
from slant.report import build_report, load_frames, sample_rows, summarize
from slant.report._drill import drill_payload
from slant.report._frame import _frame, _read_header, _read_samples
from slant.report._html import content_security_policy, script_json
from slant.tasks import build_task
from tests.conftest import scripted

REG = load_registry()
XSS = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
BREAKOUT = "</script><script>alert(4)</script><!-- \u2028\u2029 &amp;"


SUITES = ("censorship_seed", "engagement_seed")


def _run(tmp: Path, alias: str, reply: str, suites: tuple[str, ...] = SUITES) -> None:
    def answer(messages: list[Any], n_user: int) -> str:
        return reply

    for sid in suites:
        task = build_task(REG.suites[sid], model_alias=alias)
        inspect_eval(task, model=scripted(answer), log_dir=str(tmp), display="none")


@pytest.fixture(scope="module")
def two_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    logs = tmp_path_factory.mktemp("logs")
    _run(logs, "refuser", "I'm sorry, but I can't help with that.")
    _run(logs, "xss", XSS + BREAKOUT)
    return logs


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S)


def test_report_compares_models_and_escapes(two_models: Path, tmp_path: Path) -> None:
    out = tmp_path / "r" / "index.html"
    result = build_report([two_models], out)
    html = out.read_text()
    # model output never appears as markup: only as escaped JSON for the page's script
    assert "<script>alert" not in html
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html
    assert not re.search(r"<img[^>]*onerror", html)
    assert 'href="javascript:' not in html
    assert "\u2028" not in html and "\u2029" not in html
    # exactly three script elements: the data block, plotly.js and the page's script
    assert html.count("<script") == 3 and html.count("</script>") == 3
    summary = result["summary"]
    row = summary[(summary.suite == "censorship_seed") & (summary.model == "refuser")].iloc[0]
    assert row.value == 1.0 and row.n == 15  # every answer is a refusal
    assert row.low < 1.0  # Wilson interval
    assert set(summary.model) == {"refuser", "xss"}
    assert result["reference"] == "refuser"  # first alphabetically
    for name in ("samples.csv", "samples.parquet", "summary.csv", "paired.csv", "results.json",
                 "summary.md"):  # fmt: skip
        assert (out.parent / name).is_file(), name


def test_data_block_round_trips_hostile_text(two_models: Path, tmp_path: Path) -> None:
    out = tmp_path / "index.html"
    build_report([two_models], out)
    data = json.loads(_scripts(out.read_text())[0])
    texts = set(data["drill"]["strings"])
    assert any(XSS in t for t in texts)  # the exact answer survives, as data
    assert any(BREAKOUT in t for t in texts)


def test_script_json_cannot_end_its_element() -> None:
    text = str(script_json({"a": "</script><!--<script>\u2028\u2029&"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--<script>\u2028\u2029&"}


def test_csp_allows_only_the_pages_own_scripts(two_models: Path, tmp_path: Path) -> None:
    out = tmp_path / "index.html"
    build_report([two_models], out)
    html = out.read_text()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    text = html_lib.unescape(csp.group(1))
    policy = dict(p.strip().split(" ", 1) for p in text.split(";") if p.strip())
    assert policy["default-src"] == "'none'"
    assert "unsafe-inline" not in policy["script-src"]
    assert "http" not in text and "unsafe-eval" not in text
    # every executable inline script is allowed by hash; the data block is not executable
    hashes = set(re.findall(r"'sha256-([^']+)'", policy["script-src"]))
    executable = _scripts(html)[1:]
    assert len(executable) == 2
    for body in executable:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert digest in hashes
    assert content_security_policy(["x"]).count("sha256-") == 1


def test_reference_model_and_paired_deltas(two_models: Path, tmp_path: Path) -> None:
    result = build_report([two_models], tmp_path / "index.html", reference="xss")
    paired = result["paired"]
    assert set(paired["reference"]) == {"xss"} and set(paired["model"]) == {"refuser"}
    cen = paired[paired.suite == "censorship_seed"].iloc[0]
    assert cen.delta > 0 and cen.significant  # 15/15 refusals vs none
    md = (tmp_path / "summary.md").read_text()
    assert "Reference model: **xss**" in md and "▼" in md  # refuser is worse on non-answer
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["reference"] == "xss"
    assert {"summary", "paired_deltas", "kinds", "runs"} <= set(results)
    with pytest.raises(SlantError, match="reference model 'nobody'"):
        build_report([two_models], tmp_path / "x.html", reference="nobody")


def test_exports_keep_every_row(two_models: Path, tmp_path: Path) -> None:
    result = build_report([two_models], tmp_path / "index.html")
    samples = result["samples"]
    csv = pd.read_csv(tmp_path / "samples.csv")
    parquet = pd.read_parquet(tmp_path / "samples.parquet")
    assert len(csv) == len(parquet) == len(samples)
    assert "transcript" not in csv.columns and "response" in csv.columns
    first = parquet.iloc[0]["transcript"]
    assert [t["role"] for t in first][-1] == "assistant"
    assert json.loads(parquet.iloc[0]["probe"])["id"]


def test_fast_reader_matches_inspect(two_models: Path) -> None:
    for path in sorted(two_models.glob("*.eval")):
        fast = _frame(_read_header(path), _read_samples(path)).to_dict("records")
        slow = sample_rows(read_eval_log(str(path)))
        key = lambda r: (r["sample_id"], r["epoch"], r["scorer"] or "")  # noqa: E731
        assert len(fast) == len(slow)
        for a, b in zip(sorted(slow, key=key), sorted(fast, key=key), strict=True):
            for k, v in a.items():
                if k != "log":
                    assert b[k] == v or (v is None and b[k] != b[k]), (path.name, k)


def test_json_logs_read_like_eval_logs(two_models: Path, tmp_path: Path) -> None:
    from inspect_ai.log import write_eval_log

    path = sorted(two_models.glob("*.eval"))[0]
    json_log = tmp_path / "copy.json"
    write_eval_log(read_eval_log(str(path)), str(json_log))
    a, _ = load_frames([path])
    b, _ = load_frames([json_log])
    cols = ["sample_id", "epoch", "scorer", "answer", "explanation", "response", "v_valid"]
    key = ["sample_id", "epoch"]
    pd.testing.assert_frame_equal(
        a[cols].sort_values(key).reset_index(drop=True),
        b[cols].sort_values(key).reset_index(drop=True),
    )


def test_drilldown_respects_its_budget(two_models: Path) -> None:
    samples, _ = load_frames([two_models])
    full = drill_payload(samples, budget=10_000_000)
    assert sum(full["shown"].values()) == sum(full["total"].values())
    small = drill_payload(samples, budget=3_000)
    assert 0 < sum(small["shown"].values()) < sum(small["total"].values())
    # within a suite, probes where the models disagree come first (refusal vs compliance)
    cen = small["suites"].index("censorship_seed")
    chosen = [p for p in small["probes"] if p["s"] == cen]
    assert chosen and all(p["d"] == 1 for p in chosen)
    # every embedded probe carries every model's answer
    assert all(len(p["a"]) == 2 for p in small["probes"])
    # a missing value read as NaN (pandas string columns) is not an error or an answer
    samples["error"] = pd.array([None] * len(samples), dtype="str")
    samples.loc[samples.index[0], "error"] = "503 Service Unavailable"
    nan_safe = drill_payload(samples, budget=10_000_000)
    strings = nan_safe["strings"]
    flags = [a[3] for p in nan_safe["probes"] for a in p["a"]]
    assert sum(flags) == 1
    labels = {strings[a[1]] for p in nan_safe["probes"] for a in p["a"]}
    assert "error" in labels and "nan" not in labels


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
