"""The report in a real browser: it loads cleanly under its CSP and hostile answers stay text.

Logs come from mockllm runs of two suites (one single-turn, one multi-turn) by a careful
model and a hostile one whose answers (and alias) carry script tags, event handlers,
`javascript:` links and a `</script>` break-out. Headless Chromium (driven over the DevTools
pipe, no browser download) opens the page; the test asserts no console error or CSP
violation, the key sections exist, charts drew, the drill-down shows the hostile text as
text, and nothing injected ran. A full-page screenshot goes to pytest's tmp dir and, when
SLANT_SCREENSHOT_DIR is set, there too.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from inspect_ai import eval as inspect_eval

from slant.registry import load_registry
from slant.report import build_report
from slant.tasks import build_task
from tests.browser._cdp import CHROMIUM, Browser
from tests.conftest import scripted

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason=f"{CHROMIUM} not installed (CI installs Debian's chromium)",
)

TITLE = "slant browser test"
MARK = "document.body.setAttribute('data-pwned'"
PAYLOADS = [
    '<script>document.title="PWNED";' + MARK + ",'script')</script>",
    '<img src=x onerror="' + MARK + ",'img')\">",
    '<a id="js-link" href="javascript:' + MARK + ",'href')\">click me</a>",
    "</script><script>" + MARK + ",'breakout')</script>",
    '<svg onload="' + MARK + ",'svg')\"></svg>",
    '<iframe srcdoc="<script>parent.' + MARK + ",'iframe')</script>\"></iframe>",
    "line\u2028separator\u2029 {{ 7*7 }} &amp; &lt;b&gt;",
]
HOSTILE_ALIAS = 'hostile<img src=y onerror="' + MARK + ",'alias')\">"
SECTIONS = [
    "overview",
    "overview-table",
    "chart-overview",
    "paired",
    "chart-paired",
    "kind-censorship",
    "kind-persuasion-drift",
    "drilldown",
    "drilldown-list",
    "provenance",
    "provenance-models",
    "provenance-suites",
    "exports",
]


def _reply(messages: list[object], n_user: int) -> str:
    return f"Turn {n_user}. " + " ".join(PAYLOADS)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reg = load_registry()
    logs = tmp_path_factory.mktemp("logs")
    models = {
        "careful": scripted(lambda m, n: "I'm sorry, but I can't help with that."),
        HOSTILE_ALIAS: scripted(_reply),
    }
    for alias, model in models.items():
        for sid in ("censorship_seed", "persuasion_drift_seed"):
            task = build_task(reg.suites[sid], model_alias=alias)
            inspect_eval(task, model=model, log_dir=str(logs), display="none")
    out = tmp_path_factory.mktemp("report") / "index.html"
    build_report([logs], out, title=TITLE)
    return out


SHOW_ALL = """
(async () => {
  const app = document.getElementById('drilldown-app');
  const ui = k => app.querySelector('[data-ui=' + k + ']');
  const fire = (el, type) => el.dispatchEvent(new Event(type, {bubbles: true}));
  const models = Array.from(ui('left').options).map(o => o.textContent);
  ui('left').value = String(models.indexOf('careful'));
  ui('right').value = String(models.findIndex(m => m.startsWith('hostile')));
  fire(ui('left'), 'change');
  let shown = 0;
  for (const opt of Array.from(ui('suite').options).filter(o => o.value !== '')) {
    ui('suite').value = opt.value;
    fire(ui('suite'), 'change');
    await new Promise(r => setTimeout(r, 50));
    for (const b of app.querySelectorAll('.probe-tools button')) b.click();
    for (const d of app.querySelectorAll('details.all-models')) d.open = true;
    await new Promise(r => setTimeout(r, 300));
    shown += app.querySelectorAll('article.probe').length;
  }
  return shown;
})()
"""

CHECK = """
(() => {
  const app = document.getElementById('drilldown-app');
  return {
    title: document.title,
    pwned: document.body.getAttribute('data-pwned'),
    injected: document.querySelectorAll(
      '#drilldown img, #drilldown svg, #drilldown iframe, #drilldown script,' +
      ' a[href^="javascript"], .js-plotly-plot img').length,
    scripts: document.scripts.length,
    text: app.textContent,
    missing: %s.filter(id => !document.getElementById(id)),
    charts: document.querySelectorAll('.js-plotly-plot').length,
  };
})()
"""


def test_report_in_chromium(report: Path, tmp_path: Path) -> None:
    with Browser(width=1400, height=1200) as browser:
        browser.open(report.as_uri())
        drawn = int(browser.wait_for("document.body.getAttribute('data-charts-ready')", 120))
        shown = browser.eval(SHOW_ALL)
        time.sleep(0.5)  # an injected onerror/onload would fire asynchronously
        state = browser.eval(CHECK % json.dumps(SECTIONS))
        problems = browser.problems()
        shot = browser.screenshot(tmp_path / "report.png")

    if os.environ.get("SLANT_SCREENSHOT_DIR"):
        dest = Path(os.environ["SLANT_SCREENSHOT_DIR"])
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, dest / "report.png")

    assert problems == [], problems  # no console error, exception or CSP violation
    assert state["missing"] == []
    assert drawn >= 4 and state["charts"] == drawn
    assert shown > 0
    # the hostile answers are on the page, as text
    assert '<script>document.title="PWNED";' in state["text"]
    assert "</script><script>" in state["text"]
    assert "javascript:" in state["text"] and "onerror=" in state["text"]
    # ... and none of it ran or became an element
    assert state["title"] == TITLE
    assert state["pwned"] is None
    assert state["injected"] == 0
    assert state["scripts"] == 3  # data block, plotly.js, the page's script
    assert shot.stat().st_size > 10_000
