"""The fault-injection suite: `rebound` run as separate processes against faults made for real.

A full or read-only file system is a tmpfs mount (root only — this machine and CI run as root; elsewhere those
tests are skipped with the reason). Encrypted databases keep their key in ``file_keyring`` (one JSON file that
the child processes share), so a test can read exactly what the keyring holds before and after a fault.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.file_keyring import ENV as KEYRING_ENV
from tests.faults.file_keyring import read_entries

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "demo.json"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def fault(self, code: int, *words: str) -> str:
        """The run failed with ``code``, with one line on stderr holding ``words`` and no traceback; the line."""
        assert self.code == code, f"exit {self.code}, expected {code}; stderr: {self.err!r}"
        assert "Traceback" not in self.err and "unexpected error" not in self.err, self.err
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, lines
        for word in words:
            assert word in lines[0], lines[0]
        return lines[0]

    def ok(self) -> str:
        assert self.code == 0, f"exit {self.code}; stderr: {self.err!r}"
        assert "Traceback" not in self.err
        return self.out


class Rebound:
    """``python -m desktop --db <db> ARGS`` as a separate process; ``keyring`` set: encrypted, key in that file."""

    def __init__(self, db: Path, keyring: Path | None = None) -> None:
        self.db = db
        self.keyring = keyring

    def env(self) -> dict[str, str]:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        if self.keyring is None:
            env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", REBOUND_NO_ENCRYPTION="1")
        else:
            env.update(PYTHON_KEYRING_BACKEND="tests.faults.file_keyring.FileKeyring")
            env[KEYRING_ENV] = str(self.keyring)
            env.pop("REBOUND_NO_ENCRYPTION", None)
        return env

    def command(self, *args: object) -> list[str]:
        return [sys.executable, "-m", "desktop", "--db", str(self.db), *(str(a) for a in args)]

    def __call__(self, *args: object) -> Result:
        done = subprocess.run(self.command(*args), capture_output=True, text=True, encoding="utf-8",
                              env=self.env(), cwd=REPO, timeout=180, check=False)  # fmt: skip
        return Result(done.returncode, done.stdout, done.stderr)

    def start(self, *args: object) -> subprocess.Popen[str]:
        return subprocess.Popen(self.command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8", env=self.env(), cwd=REPO)  # fmt: skip

    def key_hex(self) -> str | None:
        """The key the keyring holds for this database (None when it holds none)."""
        assert self.keyring is not None
        return read_entries(self.keyring).get(f"Rebound\0database:{self.db.absolute()}")


def people_names(db: Path, key_hex: str | None = None) -> list[str]:
    """The people in the database file, read directly (read-only), sorted."""
    if key_hex is None:
        with closing(sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)) as connection:
            return sorted(row[0] for row in connection.execute("SELECT name FROM person"))
    import sqlcipher3

    with closing(sqlcipher3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        return sorted(row[0] for row in connection.execute("SELECT name FROM person"))


def count(db: Path, table: str) -> int:
    with closing(sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain database holding the demo data, made once by the command itself; tests copy it."""
    folder = tmp_path_factory.mktemp("template")
    database = folder / "demo.db"
    environment = {**os.environ, "PYTHONPATH": str(REPO), "REBOUND_NO_ENCRYPTION": "1", "HOME": str(folder),
                   "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                   "REBOUND_LOG_DIR": str(folder)}  # fmt: skip
    subprocess.run([sys.executable, "-m", "desktop", "--db", str(database), "demo"], env=environment, cwd=REPO,
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    return database


@pytest.fixture
def plain(tmp_path: Path) -> Rebound:
    return Rebound(tmp_path / "data" / "rebound.db")


@pytest.fixture
def keyed(tmp_path: Path) -> Rebound:
    return Rebound(tmp_path / "data" / "rebound.db", keyring=tmp_path / "keyring.json")


class SmallDisk:
    """A tmpfs of a few MB mounted for one test: filled to the last bytes, or remounted read-only."""

    def __init__(self, mount: Path) -> None:
        self.mount = mount
        self.filler = mount / "filler"

    def fill(self, leave: int = 0) -> None:
        """Fill the file system, then give back ``leave`` bytes."""
        block = b"\0" * 65536
        with open(self.filler, "ab", buffering=0) as file:
            try:
                while True:
                    file.write(block)
            except OSError as error:
                assert error.errno == errno.ENOSPC
        if leave:
            size = self.filler.stat().st_size
            os.truncate(self.filler, max(size - leave, 0))

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def read_only(self, on: bool = True) -> None:
        subprocess.run(["mount", "-o", f"remount,{'ro' if on else 'rw'}", str(self.mount)], check=True)


def _can_mount() -> str | None:
    if not sys.platform.startswith("linux"):
        return "tmpfs mounts need Linux"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (CI runs as root)"
    if shutil.which("mount") is None:
        return "no mount command"
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    reason = _can_mount()
    if reason is not None:
        print(f"skipped: {reason}")
        pytest.skip(reason)
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)], check=True)
    try:
        yield SmallDisk(mount)
    finally:
        subprocess.run(["umount", str(mount)], check=False)
        subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)
