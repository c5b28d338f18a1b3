"""A keyring backend for fault tests that run `rebound` as separate processes: one JSON file, shared by them.

``PYTHON_KEYRING_BACKEND=tests.faults.file_keyring.FileKeyring`` and ``REBOUND_TEST_KEYRING=<file>`` in a child's
environment. Every call takes an exclusive lock on ``<file>.lock``, so simultaneous processes see one another's
writes whole (what a desktop keyring service does). Test use only: it keeps secrets in a file on purpose.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "REBOUND_TEST_KEYRING"


def _file() -> Path:
    return Path(os.environ[ENV])


@contextmanager
def _locked() -> Iterator[dict[str, str]]:
    path = _file()
    with open(f"{path}.lock", "a+", encoding="utf-8") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            entries: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            before = dict(entries)
            yield entries
            if entries != before:
                temporary = path.with_name(f".{path.name}.{os.getpid()}")
                temporary.write_text(json.dumps(entries, sort_keys=True), encoding="utf-8")
                temporary.replace(path)
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


def read_entries(path: Path) -> dict[str, str]:
    """What the keyring file holds (``service\\0account`` → secret), for assertions."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class FileKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        with _locked() as entries:
            return entries.get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with _locked() as entries:
            entries[f"{service}\0{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        with _locked() as entries:
            if entries.pop(f"{service}\0{username}", None) is None:
                raise PasswordDeleteError(username)
