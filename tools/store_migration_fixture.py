"""Store a database of schema version N for the migration tests: tests/data/migrations/rebound-vN.db.

    python tools/store_migration_fixture.py N

Runs migrations 1…N only, imports tests/data/archives/spec-example.json, and leaves one
self-contained file (WAL checkpointed, journal DELETE, vacuumed). Run it for the current
version before you add migration N+1; never regenerate an old one.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.store import migrations  # noqa: E402


def main(version: int) -> Path:
    from desktop.interop.archive import import_archive
    from desktop.store.database import close_database, open_sqlite

    target = ROOT / "tests" / "data" / "migrations" / f"rebound-v{version}.db"
    if target.exists():
        raise SystemExit(f"{target} exists: stored databases are never regenerated")
    every = migrations.steps()
    migrations.steps = lambda: [(n, step) for n, step in every if n <= version]  # type: ignore[assignment]
    migrations.latest_version = lambda: version  # type: ignore[assignment]
    open_sqlite(target)
    import_archive(ROOT / "tests" / "data" / "archives" / "spec-example.json")
    close_database()
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("VACUUM")
    connection.close()
    return target


if __name__ == "__main__":
    print(main(int(sys.argv[1])))
