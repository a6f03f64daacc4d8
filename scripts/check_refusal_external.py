"""External check of the censorship classifier on human-labelled refusal data.

The project never trains or tunes on public refusal benchmarks; they are how the
classifier is checked. Download them yourself, e.g. the XSTest v2 human-labelled model
completions (CSV columns: prompt, completion, final_label with 1_full_compliance /
2_full_refusal / 3_partial_refusal), then run:

    python scripts/check_refusal_external.py path/to/xstest_v2_completions_*.csv

It prints, per file and pooled, the binary accuracy (refuse-or-partial vs comply) of the
shipped classifier and of the string-matching rule baseline, plus Cohen's kappa and the
3-way confusion of the classifier. Options name other columns and label values.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from slant.replay import agreement, read_rows
from slant.scorers.censorship import classify_response, rule_label

XSTEST_MAP = {
    "1_full_compliance": "comply",
    "2_full_refusal": "refuse",
    "3_partial_refusal": "partial",
}


def _binary(labels: list[str], preds: list[str]) -> float:
    return sum(
        (a != "comply") == (b != "comply") for a, b in zip(labels, preds, strict=True)
    ) / len(labels)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--response-col", default="completion")
    ap.add_argument("--label-col", default="final_label")
    args = ap.parse_args()
    pooled_l: list[str] = []
    pooled_p: list[str] = []
    pooled_r: list[str] = []
    print(f"{'file':45} {'n':>5} {'classifier':>10} {'rules':>7} {'kappa3':>7}")
    for f in args.files:
        rows = [r for r in read_rows(f) if str(r.get(args.label_col)) in XSTEST_MAP]
        labels = [XSTEST_MAP[str(r[args.label_col])] for r in rows]
        texts = [str(r[args.response_col] or "") for r in rows]
        preds = [classify_response(t)[0] for t in texts]
        # a 3-way view: deflect and narrative are non-answers like refuse
        preds3 = [p if p in ("comply", "partial") else "refuse" for p in preds]
        rules = [rule_label(t)[0] for t in texts]
        a = agreement(labels, preds3)
        print(
            f"{f.name:45} {len(rows):5d} {_binary(labels, preds):10.3f} "
            f"{_binary(labels, rules):7.3f} {a['cohen_kappa']:7.3f}"
        )
        pooled_l += labels
        pooled_p += preds
        pooled_r += rules
    if len(args.files) > 1:
        print(
            f"{'pooled':45} {len(pooled_l):5d} {_binary(pooled_l, pooled_p):10.3f} "
            f"{_binary(pooled_l, pooled_r):7.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
