/* slant report: draws the charts and the drill-down from the page's JSON data block.
   Untrusted text (model answers, explanations, probe text) is only ever put into the page
   as text nodes (textContent), never as markup. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("slant-data").textContent);
  var ROLE = ["system", "user", "assistant", "tool"];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function opt(value, label) {
    var o = document.createElement("option");
    o.value = String(value);
    o.textContent = label;
    return o;
  }

  /* ------------------------------------------------------------------ charts */
  var CONFIG = {
    responsive: true,
    displaylogo: false,
    displayModeBar: "hover",
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
    toImageButtonOptions: { format: "svg" }
  };
  function drawCharts() {
    var nodes = Array.prototype.slice.call(document.querySelectorAll("[data-chart]"));
    var i = 0;
    function next() {
      if (i >= nodes.length) {
        document.body.setAttribute("data-charts-ready", String(nodes.length));
        return;
      }
      var node = nodes[i++];
      var fig = DATA.charts[node.getAttribute("data-chart")];
      if (fig && window.Plotly) {
        var layout = fig.layout || {};
        layout.template = DATA.template;
        try {
          window.Plotly.newPlot(node, fig.data || [], layout, CONFIG);
        } catch (err) {
          node.textContent = "chart could not be drawn: " + err;
        }
      }
      window.setTimeout(next, 0);
    }
    next();
  }

  /* ------------------------------------------------------------------ drill-down */
  var D = DATA.drill;
  var S = D.strings;
  var PAGE = 20;
  var state = { page: 0, matches: [] };
  var ui = {};

  function outcomeOf(answer) { return S[answer[1]]; }

  function fillSelect(select, items, allLabel) {
    select.textContent = "";
    if (allLabel) select.appendChild(opt("", allLabel));
    items.forEach(function (it) { select.appendChild(opt(it[0], it[1])); });
  }

  function refreshOutcomes() {
    var suite = ui.suite.value, model = ui.model.value;
    var seen = {};
    D.probes.forEach(function (p) {
      if (suite !== "" && String(p.s) !== suite) return;
      p.a.forEach(function (a) {
        if (model !== "" && String(a[0]) !== model) return;
        seen[outcomeOf(a)] = (seen[outcomeOf(a)] || 0) + 1;
      });
    });
    var keep = ui.outcome.value;
    var items = Object.keys(seen).sort().map(function (k) { return [k, k + " (" + seen[k] + ")"]; });
    fillSelect(ui.outcome, items, "any outcome");
    if (seen[keep] !== undefined) ui.outcome.value = keep;
  }

  function applyFilters() {
    var suite = ui.suite.value, model = ui.model.value, outcome = ui.outcome.value;
    var text = ui.search.value.trim().toLowerCase();
    var disagree = ui.disagree.checked;
    state.matches = D.probes.filter(function (p) {
      if (suite !== "" && String(p.s) !== suite) return false;
      if (disagree && !p.d) return false;
      if (outcome !== "" || model !== "") {
        var ok = p.a.some(function (a) {
          return (model === "" || String(a[0]) === model) &&
            (outcome === "" || outcomeOf(a) === outcome);
        });
        if (!ok) return false;
      }
      if (text) {
        var hay = (p.id + " " + S[p.p] + " " + S[p.g]).toLowerCase();
        if (hay.indexOf(text) < 0) return false;
      }
      return true;
    });
    state.page = 0;
    render();
  }

  function answerFor(p, modelIndex) {
    for (var i = 0; i < p.a.length; i++) if (p.a[i][0] === modelIndex) return p.a[i];
    return null;
  }

  function transcriptNode(answer, full) {
    var box = el("div", "transcript");
    var turns = answer[4];
    var shown = full ? turns : turns.filter(function (t, i) {
      return t[0] === 2 && i === lastAssistant(turns);
    });
    shown.forEach(function (t) {
      var turn = el("div", "turn turn-" + (ROLE[t[0]] || "tool"));
      turn.appendChild(el("div", "role", ROLE[t[0]] || "tool"));
      turn.appendChild(el("pre", "text", S[t[1]]));
      box.appendChild(turn);
    });
    if (!shown.length) box.appendChild(el("div", "muted", "no answer"));
    return box;
  }
  function lastAssistant(turns) {
    for (var i = turns.length - 1; i >= 0; i--) if (turns[i][0] === 2) return i;
    return -1;
  }

  function column(p, modelIndex, full) {
    var col = el("div", "answer-col");
    var head = el("div", "answer-head");
    head.appendChild(el("span", "model-name", D.models[modelIndex]));
    var a = answerFor(p, modelIndex);
    if (!a) {
      col.appendChild(head);
      col.appendChild(el("div", "muted", "not run on this probe"));
      return col;
    }
    var badge = el("span", "badge" + (a[3] ? " badge-error" : ""), outcomeOf(a));
    head.appendChild(badge);
    col.appendChild(head);
    col.appendChild(el("div", "explanation", S[a[2]]));
    col.appendChild(transcriptNode(a, full));
    return col;
  }

  function card(p) {
    var c = el("article", "probe");
    var head = el("header", "probe-head");
    head.appendChild(el("span", "suite-tag", D.suites[p.s]));
    head.appendChild(el("code", "probe-id", p.id + (p.e > 1 ? " · epoch " + p.e : "")));
    if (p.d) head.appendChild(el("span", "badge badge-disagree", "models disagree"));
    c.appendChild(head);
    if (S[p.g]) c.appendChild(el("div", "probe-groups", S[p.g]));
    c.appendChild(el("pre", "prompt", S[p.p]));
    var full = false;
    var pair = el("div", "pair");
    var a = Number(ui.left.value), b = Number(ui.right.value);
    function drawPair() {
      pair.textContent = "";
      pair.appendChild(column(p, a, full));
      pair.appendChild(column(p, b, full));
    }
    drawPair();
    c.appendChild(pair);
    var tools = el("div", "probe-tools");
    var btn = el("button", "link-button", "show full transcripts");
    btn.type = "button";
    btn.addEventListener("click", function () {
      full = !full;
      btn.textContent = full ? "show final answers only" : "show full transcripts";
      drawPair();
    });
    tools.appendChild(btn);
    c.appendChild(tools);
    var all = el("details", "all-models");
    all.appendChild(el("summary", null, "all " + p.a.length + " models on this probe"));
    all.addEventListener("toggle", function () {
      if (!all.open || all.getAttribute("data-filled")) return;
      all.setAttribute("data-filled", "1");
      var table = el("table", "mini");
      var tr = el("tr");
      ["model", "outcome", "explanation", "final answer"].forEach(function (h) {
        tr.appendChild(el("th", null, h));
      });
      table.appendChild(tr);
      p.a.forEach(function (ans) {
        var row = el("tr");
        row.appendChild(el("td", "nowrap", D.models[ans[0]]));
        row.appendChild(el("td", "nowrap", outcomeOf(ans)));
        row.appendChild(el("td", null, S[ans[2]]));
        var last = lastAssistant(ans[4]);
        var td = el("td");
        td.appendChild(el("pre", "text small", last >= 0 ? S[ans[4][last][1]] : ""));
        row.appendChild(td);
        table.appendChild(row);
      });
      all.appendChild(table);
    });
    c.appendChild(all);
    return c;
  }

  function render() {
    var list = ui.list;
    list.textContent = "";
    var total = state.matches.length;
    var pages = Math.max(1, Math.ceil(total / PAGE));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * PAGE;
    state.matches.slice(start, start + PAGE).forEach(function (p) { list.appendChild(card(p)); });
    if (!total) list.appendChild(el("p", "muted", "No probe matches these filters."));
    ui.count.textContent = total
      ? "probes " + (start + 1) + "–" + Math.min(total, start + PAGE) + " of " + total + " matching"
      : "0 matching";
    ui.pageInfo.textContent = "page " + (state.page + 1) + " / " + pages;
    ui.prev.disabled = state.page === 0;
    ui.next.disabled = state.page >= pages - 1;
  }

  function setupDrill() {
    var root = document.getElementById("drilldown-app");
    if (!root) return;
    ["suite", "model", "outcome", "left", "right", "search", "disagree", "list", "count",
      "prev", "next", "pageInfo"].forEach(function (k) {
      ui[k] = root.querySelector("[data-ui=" + k + "]");
    });
    fillSelect(ui.suite, D.suites.map(function (s, i) { return [i, s]; }), "all suites");
    var models = D.models.map(function (m, i) { return [i, m]; });
    fillSelect(ui.model, models, "any model");
    fillSelect(ui.left, models);
    fillSelect(ui.right, models);
    var ref = Math.max(0, D.models.indexOf(D.reference));
    ui.left.value = String(ref);
    ui.right.value = String(D.models.length > 1 ? (ref === 0 ? 1 : 0) : 0);
    refreshOutcomes();
    ui.suite.addEventListener("change", function () { refreshOutcomes(); applyFilters(); });
    ui.model.addEventListener("change", function () { refreshOutcomes(); applyFilters(); });
    ui.outcome.addEventListener("change", applyFilters);
    ui.disagree.addEventListener("change", applyFilters);
    ui.left.addEventListener("change", render);
    ui.right.addEventListener("change", render);
    var timer = null;
    ui.search.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(applyFilters, 200);
    });
    ui.prev.addEventListener("click", function () { state.page--; render(); });
    ui.next.addEventListener("click", function () { state.page++; render(); });
    applyFilters();
  }

  /* ------------------------------------------------------------------ tables */
  function setupSorting() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var heads = table.querySelectorAll("thead th");
      Array.prototype.forEach.call(heads, function (th, col) {
        th.addEventListener("click", function () {
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var dir = th.getAttribute("data-dir") === "asc" ? -1 : 1;
          Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("data-dir"); });
          th.setAttribute("data-dir", dir === 1 ? "asc" : "desc");
          rows.sort(function (x, y) {
            var a = x.cells[col].getAttribute("data-v") || x.cells[col].textContent;
            var b = y.cells[col].getAttribute("data-v") || y.cells[col].textContent;
            var na = parseFloat(a), nb = parseFloat(b);
            if (!isNaN(na) && !isNaN(nb)) return dir * (na - nb);
            return dir * a.localeCompare(b);
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  function start() {
    setupSorting();
    setupDrill();
    drawCharts();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
