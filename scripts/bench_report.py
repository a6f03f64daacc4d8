"""Build the report from a log folder and print wall time, peak memory and output sizes.

    python scripts/bench_report.py LOGDIR [-o OUT.html] [--workers N] [--reference MODEL]

Peak RSS is the larger of this process's and its worker processes' peaks
(`resource.getrusage`), in MB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _cpu_s() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:  # pragma: no cover - not Linux
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("logdir", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=None)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--reference", default=None)
    args = ap.parse_args(argv)
    out = args.output or Path(tempfile.mkdtemp(prefix="slant-bench-")) / "index.html"

    print(f"load average before: {_load_average()}")
    t0 = time.perf_counter()
    from slant.report import build_report

    t_import = time.perf_counter() - t0
    result = build_report(
        [args.logdir],
        out,
        title="slant benchmark",
        reference=args.reference,
        workers=args.workers,
    )
    wall = time.perf_counter() - t0
    samples = result["samples"]
    n_logs = len(result["runs"])
    print(
        f"logs: {n_logs}  rows: {len(samples):,}  models: {samples['model'].nunique()}  "
        f"suites: {samples['suite'].nunique()}"
    )
    print(
        f"wall time: {wall:.1f} s (import {t_import:.1f} s; "
        + ", ".join(f"{k} {v:.1f} s" for k, v in result["timings"].items() if k != "total")
        + ")"
    )
    print(f"CPU time: {_cpu_s():.1f} s (this process and its workers)")
    print(f"peak RSS: {_peak_mb():,.0f} MB")
    print(f"load average after: {_load_average()}")
    for name in ("index.html", "samples.csv", "samples.parquet", "results.json", "summary.md"):
        p = out.with_name(name) if name != "index.html" else out
        if p.exists():
            print(f"{name}: {p.stat().st_size / 1e6:.1f} MB")
    print(f"report: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
