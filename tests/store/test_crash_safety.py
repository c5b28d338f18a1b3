"""Crash safety: `rebound import json BIG.json` killed with SIGKILL at every named point of its work.

Every time, the database opens, passes its integrity and search-index checks, and holds
either all of that import or none of it — plain and encrypted databases alike (the import
is one transaction; WAL with synchronous=FULL makes the commit atomic and durable).

The child (tests/store/crash_child.py) reports through a pipe when it reaches the named point
and waits there; the parent kills it on that report. No kill depends on timing or on the
machine's load: before the commit returns, none of the import may be there; after, all of it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import unlock
from desktop.interop import archive
from desktop.store import encryption, maintenance
from desktop.store.database import close_database, open_sqlite
from desktop.store.encryption import Key
from tests.cli.helpers import REPO, TABLES, small_archive
from tests.crash_points import kill_at_reported_point
from tests.memory_keyring import install_memory_keyring
from tests.perf import dataset

# the points of crash_child.py, and what the database must hold after a kill there
POINTS = {
    "people": "none", "interactions": "none", "rows": "none", "commit": "none", "committed": "all",
    "checkpointed": "all",
}  # fmt: skip
BIG = dataset.Sizes(people=3000, interactions=30000, companies=300, tags=20, connections=300, openings=100,
                    processes=60, suggestion_states=20)  # fmt: skip

pytestmark = [pytest.mark.slow]


def _counts(path: Path, key: Key | None) -> dict[str, int]:
    """Open the database as the app would, check it, and count its rows."""
    database = open_sqlite(path, create=False, key=key)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert maintenance.check() == []
        return {t: database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        close_database()


def _import_killed_at(point: str, database: Path, big: Path, env: dict[str, str]) -> None:
    """Run the import in a child, wait for its report of ``point`` and SIGKILL it there."""
    kill_at_reported_point(
        "tests.store.crash_child", ["--db", str(database), "import", "json", str(big)], point, env, "import"
    )


def test_an_import_killed_at_any_point_leaves_all_of_it_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "BIG.json"
    big.write_text(json.dumps(dataset.archive_document(BIG, seed=7)), encoding="utf-8")

    # two starting points holding the small archive: a plain database and an encrypted one
    install_memory_keyring(monkeypatch)
    plain, encrypted = tmp_path / "plain.db", tmp_path / "encrypted.db"
    unlock.open_unlocked(f"sqlite:///{plain}", encrypt=False)
    archive.import_document(small_archive(), "small")
    close_database()
    code = unlock.open_unlocked(f"sqlite:///{encrypted}").recovery_key
    assert code is not None
    archive.import_document(small_archive(), "small")
    close_database()
    keys: dict[Path, Key | None] = {plain: None, encrypted: encryption.key_from_recovery_code(code)}
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("REBOUND_NO_ENCRYPTION", None)
    envs = {plain: env, encrypted: {**env, "REBOUND_RECOVERY_KEY": code}}
    none = {source: _counts(source, key) for source, key in keys.items()}
    assert none[plain] == none[encrypted]
    # one undisturbed run (the child stops at no point): what "all of it" holds
    calibration = tmp_path / "calibration.db"
    shutil.copyfile(plain, calibration)
    done = subprocess.run(
        [sys.executable, "-m", "tests.store.crash_child", "--db", str(calibration), "import", "json", str(big)],
        cwd=REPO, env={**envs[plain], "REBOUND_CRASH_POINT": "-", "REBOUND_CRASH_FD": "2"}, stdin=subprocess.DEVNULL,
        capture_output=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    everything = _counts(calibration, None)
    assert everything["person"] == none[plain]["person"] + BIG.people

    outcomes = {}
    for point in POINTS:
        for source in (plain, encrypted):
            work = tmp_path / f"{point}-{source.stem}.db"
            shutil.copyfile(source, work)
            _import_killed_at(point, work, big, envs[source])

            found = _counts(work, keys[source])

            outcomes[point, source.stem] = "none" if found == none[source] else "all" if found == everything else found
    assert outcomes == {
        (point, kind): expected for point, expected in POINTS.items() for kind in ("plain", "encrypted")
    }
