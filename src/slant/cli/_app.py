"""Typer application: suites, validate, run, report, score."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(
    name="slant",
    help="Measure persuasion and value bias in language models (built on inspect-ai).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

RegistryOpt = Annotated[
    str | None,
    typer.Option("--registry", help="Extra registry.yaml (adds to/overrides built-in suites)."),
]


@app.command()
def suites(registry: RegistryOpt = None) -> None:
    """List every suite: id, kind, number of probes, version and source."""
    from slant.registry import load_probes, load_registry

    reg = load_registry(registry)
    table = Table(title="slant suites")
    for col in ("id", "kind", "probes", "version", "source", "origin"):
        table.add_column(col)
    for s in reg.suites.values():
        probes, problems = load_probes(s)
        n = f"{len(probes)}" + (f" ({len(problems)} problems)" if problems else "")
        table.add_row(s.id, s.kind, n, s.version, escape(s.source.path), escape(s.origin))
    out.print(table)
    if reg.problems:
        err.print(f"[yellow]{len(reg.problems)} registry problem(s); run `slant validate`[/]")


@app.command()
def validate(registry: RegistryOpt = None) -> None:
    """Check every suite and every probe line; print every problem with file, line and field."""
    from slant.registry import validate_registry

    reg, problems = validate_registry(registry)
    if problems:
        for p in problems:
            err.print(escape(str(p)))
        err.print(f"[bold red]{len(problems)} problem(s)[/] in {len(reg.files)} registry file(s)")
        raise typer.Exit(2)
    n = len(reg.suites)
    out.print(f"[green]ok[/]: {n} suites valid ({', '.join(str(f) for f in reg.files)})")


@app.command()
def run(
    plan: Annotated[
        str | None, typer.Argument(help="Plan YAML (default: evals/quickstart.yaml).")
    ] = None,
    suite: Annotated[
        list[str] | None, typer.Option("--suite", "-s", help="Suite id (repeat).")
    ] = None,
    model: Annotated[
        list[str] | None, typer.Option("--model", "-m", help="Model spec or alias.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most N probes per suite.", min=1)] = None,
    epochs: Annotated[int | None, typer.Option(help="Epochs per probe.", min=1)] = None,
    log_dir: Annotated[str | None, typer.Option("--log-dir", help="Where .eval logs go.")] = None,
    grader: Annotated[
        list[str] | None,
        typer.Option(help="Model spec for the grader (judge) role; repeat for an ensemble."),
    ] = None,
    persuader: Annotated[
        str | None,
        typer.Option(help="Model spec for the persuader role (suites using adaptive_pressure)."),
    ] = None,
    report: Annotated[str | None, typer.Option("--report", "-o", help="Report HTML path.")] = None,
    models_file: Annotated[
        str | None, typer.Option("--models", help="Models file (aliases).")
    ] = None,
    model_base_url: Annotated[
        str | None, typer.Option("--model-base-url", help="Base URL for the model(s).")
    ] = None,
    registry: RegistryOpt = None,
    no_gate: Annotated[bool, typer.Option("--no-gate", help="Report gates, never fail.")] = False,
    display: Annotated[str | None, typer.Option(help="inspect display: rich, plain, none.")] = None,
) -> None:
    """Run suites x models through inspect (resumable), then write the report.

    With no plan, --suite or --model it runs evals/quickstart.yaml.
    """
    from slant.registry import load_registry
    from slant.runner import build_run_spec, execute, load_plan

    plan_obj = None
    if plan is not None or not (suite or model):
        plan_obj = load_plan(plan or "quickstart")
    reg = load_registry(registry)
    spec = build_run_spec(
        reg,
        plan_obj,
        suite,
        model,
        limit,
        epochs,
        log_dir,
        report,
        grader,
        models_file,
        model_base_url,
        persuader,
    )
    out.print(
        f"[bold]{spec.name}[/]: {len(spec.suites)} suite(s) x {len(spec.models)} "
        f"model(s) -> {escape(str(spec.log_dir))}"
    )
    ok, _ = execute(spec, registry, display=display)
    result = _write_report([str(spec.log_dir)], str(spec.report), f"slant: {spec.name}")
    if not ok:
        err.print("[yellow]some tasks did not finish; rerun the same command to resume[/]")
    from slant.gate import check_gates

    results = check_gates(
        result["summary"],
        result["samples"],
        spec.suites,
        spec.plan.gates if spec.plan else None,
    )
    for r in results:
        (out if r.passed else err).print(escape(str(r)))
    failed = [r for r in results if not r.passed]
    if not ok:
        raise typer.Exit(1)
    if failed and not no_gate:
        raise typer.Exit(1)


def _write_report(
    logs: list[str], output: str, title: str, reference: str | None = None
) -> dict[str, Any]:
    from slant.report import build_report, summary_table

    result = build_report(logs, output, title=title, reference=reference)
    table = Table(title="headline metrics (95% interval)")
    for col in ("suite", "model", "metric", "value [interval]", "n", "invalid", "errors"):
        table.add_column(col)
    for row in summary_table(result["summary"]):
        table.add_row(*map(escape, row))
    out.print(table)
    out.print(f"report: {escape(str(Path(result['html']).resolve()))}")
    return result


@app.command()
def report(
    logs: Annotated[list[str], typer.Argument(help="Log files or log folders.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="HTML file to write.")
    ] = "reports/report/index.html",
    title: Annotated[str, typer.Option(help="Report title.")] = "slant report",
    reference: Annotated[
        str | None,
        typer.Option(help="Model the others are compared with (default: first by name)."),
    ] = None,
) -> None:
    """Build the comparison report from existing .eval logs (never calls a model)."""
    _write_report(logs, output, title, reference)


@app.command()
def score(
    suite: Annotated[str, typer.Option("--suite", "-s", help="Suite whose scorer to use.")],
    responses: Annotated[str, typer.Option(help="CSV/JSONL/Parquet of prompt/response pairs.")],
    prompt_col: Annotated[str, typer.Option("--prompt-col")] = "prompt",
    response_col: Annotated[str, typer.Option("--response-col")] = "response",
    labels: Annotated[str | None, typer.Option(help="Column of human labels to compare.")] = None,
    label_map: Annotated[
        str | None,
        typer.Option("--label-map", help="Map label values to classes: 'a=comply,b=refuse'."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write per-row predictions (CSV).")
    ] = None,
    registry: RegistryOpt = None,
) -> None:
    """Score an existing file of responses with a suite's scorer (no model is called)."""
    import json as _json
    from collections import Counter

    from slant.registry import load_registry
    from slant.replay import parse_label_map, read_rows, replay

    rows = read_rows(Path(responses))
    result = replay(
        load_registry(registry).get(suite),
        rows,
        prompt_col,
        response_col,
        labels,
        parse_label_map(label_map),
    )
    if output:
        import pandas as pd

        frame = pd.DataFrame(rows)
        frame["slant_label"] = result.predictions
        frame["slant_explanation"] = [s.explanation for s in result.scores]
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        frame.to_csv(output, index=False)
    counts = dict(Counter(result.predictions))
    if as_json:
        out.print_json(
            _json.dumps(
                {"n": len(rows), "predicted": counts, "agreement": result.agreement or None}
            )
        )
        return
    out.print(
        f"{len(rows)} responses scored with {suite}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )
    a = result.agreement
    if a:
        table = Table(title="confusion matrix (rows: labels, columns: predicted)")
        table.add_column("")
        for c in a["classes"]:
            table.add_column(c, justify="right")
        for c, row in zip(a["classes"], a["confusion_matrix"], strict=True):
            table.add_row(c, *map(str, row))
        out.print(table)
        out.print(
            f"accuracy {a['accuracy']:.3f} · macro-F1 {a['macro_f1']:.3f} · "
            f"Cohen's kappa {a['cohen_kappa']:.3f} · binary (comply vs not) accuracy "
            f"{a['binary_accuracy']:.3f} · n={a['n']}"
        )


@app.command()
def power(
    suite: Annotated[str, typer.Option("--suite", "-s", help="Suite to size.")],
    baseline: Annotated[float, typer.Option(help="Expected rate of the reference model.")],
    delta: Annotated[float, typer.Option(help="Paired difference in the rate to detect.")],
    alpha: Annotated[float, typer.Option(help="Two-sided significance level.")] = 0.05,
    target_power: Annotated[float, typer.Option("--power", help="Desired power.")] = 0.8,
    epochs: Annotated[int, typer.Option(help="Epochs per probe.", min=1)] = 1,
    icc: Annotated[
        float, typer.Option(help="Correlation of one probe's epochs (1 = epochs add nothing).")
    ] = 0.5,
    registry: RegistryOpt = None,
) -> None:
    """Probes (and epochs) needed to detect a difference, and the current suite's MDE."""
    import math

    from slant._errors import SlantError
    from slant.registry import load_probes, load_registry
    from slant.stats import minimum_detectable_effect, probes_needed

    s = load_registry(registry).get(suite)
    try:
        n1 = probes_needed(baseline, delta, alpha, target_power)
    except ValueError as e:
        raise SlantError(f"--baseline/--delta: {e}") from None
    design = (1 + (epochs - 1) * icc) / epochs
    n_probes = math.ceil(n1 * design)
    have = len(load_probes(s)[0])
    mde = minimum_detectable_effect(math.floor(have / design), baseline, alpha, target_power)
    out.print(
        f"{suite}: detecting {baseline:.3f} -> {baseline + delta:.3f} (paired McNemar, "
        f"alpha {alpha}, power {target_power})"
    )
    out.print(f"  probes needed: {n_probes} at {epochs} epoch(s) (ICC {icc}); {n1} at 1 epoch")
    mde_text = f"{mde:.3f}" if not math.isnan(mde) else "none (suite too small)"
    out.print(
        f"  this suite has {have} probes: minimum detectable increase {mde_text} over "
        f"{baseline:.3f}"
    )


@app.command()
def version() -> None:
    """Print slant's version."""
    from slant import __version__

    out.print(__version__)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
