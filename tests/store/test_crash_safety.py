"""Crash safety: `rebound import json BIG.json` killed with SIGKILL at 20 seeded moments of its work.

Every time, the database opens, passes its integrity and search-index checks, and holds
either all of that import or none of it — plain and encrypted databases alike (the import
is one transaction; WAL with synchronous=FULL makes the commit atomic and durable).

The moments are spread over the import's write phase, measured by one undisturbed run:
from the moment the database's write-ahead log appears (the command has parsed and checked
the file and opened the database) until the process ends. Waiting is a bounded poll on the
process itself (``Popen.wait`` with a timeout), never a bare sleep.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import unlock
from desktop.interop import archive
from desktop.store import encryption, maintenance
from desktop.store.database import close_database, open_sqlite
from desktop.store.encryption import Key
from tests.cli.helpers import REPO, TABLES, small_archive
from tests.memory_keyring import install_memory_keyring
from tests.perf import dataset

KILLS = 20
SEED = 20260302
BIG = dataset.Sizes(people=3000, interactions=30000, companies=300, tags=20, connections=300, openings=100,
                    processes=60, suggestion_states=20)  # fmt: skip

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def _counts(path: Path, key: Key | None) -> dict[str, int]:
    """Open the database as the app would, check it, and count its rows."""
    database = open_sqlite(path, create=False, key=key)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert maintenance.check() == []
        return {t: database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        close_database()


def _start(database: Path, big: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", str(database), "import", "json", str(big)],
        cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def _wait_for_writing(process: subprocess.Popen[bytes], database: Path, limit: float = 30.0) -> bool:
    """Poll (bounded) until the database's WAL exists; False when the process ended first."""
    wal = Path(f"{database}-wal")
    deadline = time.monotonic() + limit
    while not wal.exists():
        try:
            process.wait(timeout=0.005)
            return False
        except subprocess.TimeoutExpired:
            if time.monotonic() > deadline:
                process.kill()
                raise AssertionError("the import never opened the database") from None
    return True


def test_an_import_killed_at_any_moment_leaves_all_of_it_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = time.monotonic()
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

    # one undisturbed run: the counts of "all of it" and the length of the write phase
    calibration = tmp_path / "calibration.db"
    shutil.copyfile(plain, calibration)
    process = _start(calibration, big, envs[plain])
    assert _wait_for_writing(process, calibration)
    writing_from = time.monotonic()
    assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    write_phase = time.monotonic() - writing_from
    everything = _counts(calibration, None)
    assert everything["person"] > none[plain]["person"] + 2000

    rng = random.Random(SEED)
    outcomes: list[tuple[str, str, float]] = []
    for number in range(KILLS):
        source = (plain, encrypted)[number % 2]
        work = tmp_path / f"run-{number}.db"
        shutil.copyfile(source, work)
        process = _start(work, big, envs[source])
        delay = rng.uniform(0.0, 1.1) * write_phase  # a little past the end too: the commit and close
        killed = False
        if _wait_for_writing(process, work):
            try:
                process.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=30)
                killed = True
        if not killed:
            assert process.returncode == 0, process.stderr.read() if process.stderr else ""
        assert process.stderr is not None
        process.stderr.close()

        found = _counts(work, keys[source])

        assert found in (none[source], everything), f"run {number} ({source.stem}, killed at {delay:.2f} s): {found}"
        outcomes.append((source.stem, "all" if found == everything else "none", delay))
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)

    killed_midway = [o for o in outcomes if o[1] == "none"]
    assert len(killed_midway) >= KILLS // 2, outcomes  # most kills hit the import while it was writing
    assert {kind for kind, result, _ in killed_midway} == {"plain", "encrypted"}
    assert time.monotonic() - started < 60
