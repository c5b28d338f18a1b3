"""Run every benchmark and check its budget: ``make bench`` (``.venv/bin/python tests/perf/run.py``).

    .venv/bin/python tests/perf/run.py [--only search,import,encrypted] [--strict]

Each bench runs in its own interpreter (``python -m tests.perf.bench_NAME``) so that one
cannot warm or bloat another; their tables print as they go, then one summary of every
budget. Exit status: 0 all budgets met, 1 a budget failed (or, with --strict, could not be
measured), 2 a bench broke. The synthetic data is built on the first run and cached under
``.bench/`` (see tests/perf/dataset.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHES = (
    "generate", "search", "import", "plan", "cold", "startup", "today", "encrypted", "linkedin", "watch", "contacts",
    "detect", "mail", "imap", "pages", "palette", "team", "frozen",
)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--only", default=",".join(BENCHES), help=f"comma-separated subset of {', '.join(BENCHES)}")
    parser.add_argument("--strict", action="store_true", help="a budget that could not be measured fails")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(BENCHES))
    if unknown:
        parser.error(f"unknown bench {unknown[0]!r} (choose from {', '.join(BENCHES)})")

    sys.path.insert(0, str(ROOT))
    from tests.perf.common import FAIL, INFO, PASS, Result, environment, exit_code, format_table, read_results

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    print(f"Rebound benchmarks — {environment()}", flush=True)
    results: list[Result] = []
    broken = False
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
        for name in BENCHES:
            if name not in chosen:
                continue
            out = Path(folder) / f"{name}.json"
            command = [sys.executable, "-m", f"tests.perf.bench_{name}", "--results", str(out)]
            print(f"\n$ python {' '.join(command[1:3])}", flush=True)
            done = subprocess.run(command, cwd=ROOT, env=env, check=False)
            if out.exists():
                results += read_results(out)
            if done.returncode not in (0, 1) or not out.exists():
                broken = True
                results.append(Result.failed(name, "bench run", "", None, f"exited {done.returncode} without results"))
    shown = [r for r in results if r.budget is not None or r.status == FAIL]  # the rest is INFO
    print(format_table(shown, f"Budgets ({time.perf_counter() - started:.0f} s)"))
    budgets = [r for r in shown if r.status != INFO]
    verdict = exit_code(budgets, args.strict)
    status = "BROKEN" if broken else ("FAIL" if verdict else "PASS")
    print(f"\n{status}: {sum(r.status == PASS for r in budgets)} of {len(budgets)} budgets met", flush=True)
    return 2 if broken else verdict


if __name__ == "__main__":
    raise SystemExit(main())
