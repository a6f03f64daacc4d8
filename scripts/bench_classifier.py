"""Throughput of the censorship classifier on one CPU core, in responses per second.

Measures (1) batch `predict` over many responses, (2) `classify_response` one response at a
time with its evidence phrase, which is how the scorer calls it, and (3) the rule baseline.
Thread pools are pinned to one thread and, where the OS allows, the process to one core.

    python scripts/bench_classifier.py [--n 3000]
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[var] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import argparse  # noqa: E402
import time  # noqa: E402

from slant.scorers._refusal_model import load_classifier, load_rows, predict  # noqa: E402
from slant.scorers.censorship import classify_response, rule_label  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="responses to score")
    args = ap.parse_args()
    rows = load_rows()
    texts = [rows[i % len(rows)]["response"] for i in range(args.n)]
    mean_chars = sum(map(len, texts)) / len(texts)

    t0 = time.perf_counter()
    model = load_classifier()
    print(f"load_classifier: {time.perf_counter() - t0:.2f} s (trains once, then cached)")
    predict(texts[:10], model)  # warm-up
    classify_response(texts[0])  # builds the evidence table once per model

    t0 = time.perf_counter()
    predict(texts, model)
    batch = args.n / (time.perf_counter() - t0)

    k = min(args.n, 1000)
    t0 = time.perf_counter()
    for t in texts[:k]:
        classify_response(t)
    single = k / (time.perf_counter() - t0)

    t0 = time.perf_counter()
    for t in texts:
        rule_label(t)
    rules = args.n / (time.perf_counter() - t0)

    print(f"responses: {args.n}, mean length {mean_chars:.0f} characters, 1 core")
    print(f"predict (batch):                   {batch:8.0f} responses/s")
    print(f"classify_response (one at a time): {single:8.0f} responses/s")
    print(f"rule_label baseline:               {rules:8.0f} responses/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
