"""The encrypted 100k database: open + first query ≤ 1.5× plain SQLite (same run), people search ≤ 20 ms p95.

    .venv/bin/python -m tests.perf.bench_encrypted [--repeat 7] [--rounds 5]

The cached 100k database (tests/perf/dataset.py) is encrypted once with a fixed benchmark
key (``sqlcipher_export``, as ``rebound encrypt`` does) and cached beside it under ``.bench/``;
the time that took is reported. Then, interleaved and after one untimed warm-up of each:

* open + first query — ``open_sqlite`` (the key pragma, WAL, the schema check) and what the
  People page asks first: ``count_people("")`` and ``list_people("", 0, 200)``, the first
  window in name order, as its model asks for it; on the plain file and on the encrypted one,
  medians compared;
* people search — bench_search's ~110 fixed queries (prefixes, names, companies, accents,
  two words), one keystroke each (count + first window + rows), on the encrypted file.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

from tests.perf import dataset
from tests.perf.bench_search import QUERIES, _measure, _summaries, _timed_rounds
from tests.perf.common import Result, bench_main, bench_parser, log, median, percentile

BENCH = "encrypted"
OPEN_RATIO_BUDGET = 1.5
SEARCH_BUDGET_MS = 20.0
WINDOW = 200


def bench_key() -> object:
    from desktop.store.encryption import Key

    return Key(raw=hashlib.sha256(b"rebound benchmark key").digest())


def encrypted_path(plain: Path) -> Path:
    return plain.with_name(plain.name.removesuffix(".db") + ".encrypted.db")


def cached_encrypted(plain: Path) -> tuple[Path, float | None]:
    """The encrypted copy of ``plain`` (built when missing) and the seconds building it took (None: cached)."""
    from desktop.store import encryption

    target = encrypted_path(plain)
    key = bench_key()
    if target.exists() and encryption.key_opens(target, key):  # type: ignore[arg-type]
        return target, None
    scratch = target.with_name(target.name + ".building")
    for leftover in (scratch, Path(f"{scratch}-journal")):
        leftover.unlink(missing_ok=True)
    log(f"encrypted: encrypting {plain.name} once (cached as {target.name}) …")
    started = time.perf_counter()
    encryption.export_encrypted(plain, scratch, key)  # type: ignore[arg-type]
    took = time.perf_counter() - started
    os.replace(scratch, target)
    return target, took


def _open_and_first_query(path: Path, key: object) -> float:
    from desktop.core.people import count_people, list_people
    from desktop.store.database import close_database, open_sqlite

    started = time.perf_counter()
    open_sqlite(path, create=False, key=key)  # type: ignore[arg-type]
    try:
        count_people("")
        list_people("", offset=0, limit=WINDOW)
        return (time.perf_counter() - started) * 1000
    finally:
        close_database()


def _evict(path: Path) -> bool:
    """Drop the file's pages from the OS cache (a first start after boot); False where that is not possible."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def run(args: argparse.Namespace) -> list[Result]:
    from desktop.store import encryption
    from desktop.store.database import close_database, open_sqlite

    plain, _report = dataset.cached_database(dataset.FULL)
    encrypted, took = cached_encrypted(plain)
    key = bench_key()
    log(f"encrypted: SQLCipher {encryption.cipher_version()}; {plain.stat().st_size / 1e6:.0f} MB plain, "
        f"{encrypted.stat().st_size / 1e6:.0f} MB encrypted; {args.repeat} interleaved opens of each")  # fmt: skip

    _open_and_first_query(plain, None)  # warm-up: imports, page cache
    _open_and_first_query(encrypted, key)
    plain_ms: list[float] = []
    encrypted_ms: list[float] = []
    for _ in range(args.repeat):
        plain_ms.append(_open_and_first_query(plain, None))
        encrypted_ms.append(_open_and_first_query(encrypted, key))
    ratio = median(encrypted_ms) / median(plain_ms)
    pairs = [e / p for e, p in zip(encrypted_ms, plain_ms, strict=True)]  # each open ÷ the plain one just before it
    cold_plain: list[float] = []
    cold_encrypted: list[float] = []
    for _ in range(3 if _evict(plain) else 0):  # the OS cache emptied before each open: the first start of a day
        _evict(plain)
        cold_plain.append(_open_and_first_query(plain, None))
        _evict(encrypted)
        cold_encrypted.append(_open_and_first_query(encrypted, key))

    open_sqlite(encrypted, create=False, key=key)  # type: ignore[arg-type]
    try:
        log(f"encrypted: search, {sum(map(len, QUERIES.values()))} queries × {args.rounds}")
        samples = _timed_rounds(args.rounds, _measure)
    finally:
        close_database()

    results = [
        Result.measured(BENCH, "open + first query, encrypted / plain (medians)", ratio, "x", OPEN_RATIO_BUDGET,
                        f"{median(encrypted_ms):.1f} ms / {median(plain_ms):.1f} ms; of the pairs (each encrypted "
                        f"open ÷ the plain one before it): median {median(pairs):.2f}×, max {max(pairs):.2f}×"),
        Result.measured(BENCH, "open + first query, plain, median", median(plain_ms), "ms",
                        note="runs " + ", ".join(f"{v:.1f}" for v in plain_ms)),
        Result.measured(BENCH, "open + first query, encrypted, median", median(encrypted_ms), "ms",
                        note="runs " + ", ".join(f"{v:.1f}" for v in encrypted_ms)),
    ]  # fmt: skip
    if cold_plain:
        cold = median(cold_encrypted) / median(cold_plain)
        note = f"{median(cold_encrypted):.1f} ms / {median(cold_plain):.1f} ms (medians of 3)"
        results.append(Result.measured(BENCH, "open + first query, OS cache emptied, encrypted / plain", cold, "x",
                                       note=note))  # fmt: skip
    for result in _summaries(samples, "search (encrypted): "):
        result.bench = BENCH
        if result.budget is not None:
            result.budget = SEARCH_BUDGET_MS
            result.status = "PASS" if (result.value or 0) <= SEARCH_BUDGET_MS else "FAIL"
        if not result.name.endswith("all p95"):
            result.budget, result.status = None, "INFO"  # the classes are shown; the budget is on all queries
        results.append(result)
    totals = [s.total_ms for s in samples]
    results.append(Result.measured(BENCH, "search (encrypted): max", max(totals), "ms",
                                   note=f"p50 {percentile(totals, 50):.1f} ms"))  # fmt: skip
    if took is not None:
        results.append(Result.measured(BENCH, "encrypting the 100k database (sqlcipher_export)", took, "s"))
    return results


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=7, help="timed opens of each file (default 7)")
    p.add_argument("--rounds", type=int, default=5, help="timed passes over the search queries (default 5)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Encrypted database (100k people)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
