"""The detector on its labelled corpus (tests/data/mail/corpus): precision and recall per kind.

    .venv/bin/python -m tests.perf.bench_detect

Budgets (issue 18): rejections and interview invitations, precision ≥ 0.97 and recall ≥ 0.90 — a false
"rejection" is worse than a missed one. The table's budgets are upper bounds, so they are written as the share
of wrong findings (1 − precision ≤ 0.03) and of missed messages (1 − recall ≤ 0.10); the note gives the
precision and recall themselves, on the whole corpus and on the held-out part (never used to tune the phrases).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from tests.detect_corpus import corpus, evaluate
from tests.perf.common import Result, bench_main, bench_parser

BENCH = "detect"
BUDGETED = {"rejection": (0.03, 0.10), "interview_invitation": (0.03, 0.10)}


def run(args: argparse.Namespace) -> list[Result]:
    whole, _ = evaluate(corpus())
    held_out, _ = evaluate(corpus("held_out"))
    results = []
    for kind, score in whole.items():
        wrong_budget, missed_budget = BUDGETED.get(kind, (None, None))
        other = held_out[kind]
        note = (
            f"precision {score.precision:.3f}, recall {score.recall:.3f} "
            f"(held out: {other.precision:.3f}, {other.recall:.3f})"
        )
        results.append(Result.measured(BENCH, f"{kind}: 1 − precision", round(1 - score.precision, 3), "",
                                       wrong_budget, note))  # fmt: skip
        results.append(Result.measured(BENCH, f"{kind}: 1 − recall", round(1 - score.recall, 3), "", missed_budget,
                                       f"{score.true_positives + score.false_negatives} labelled"))  # fmt: skip
    return results


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Detector on its corpus", bench_parser(__doc__ or ""), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
