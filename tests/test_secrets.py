"""desktop/secrets.py: the one door to the keyring — bounded in time, read once, never a file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null

from desktop import secrets
from tests.cli.helpers import REPO
from tests.memory_keyring import HangingKeyring, MemoryKeyring, install_memory_keyring


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    secrets.reset()
    yield backend
    backend.release()  # let the worker thread finish


def test_a_database_key_is_kept_under_rebound_and_the_database_path(memory: MemoryKeyring, tmp_path: Path) -> None:
    database = tmp_path / "rebound.db"
    secrets.set_key(database, "ab" * 32)
    assert memory.passwords == {("Rebound", f"database:{database}"): "ab" * 32}
    assert secrets.get_key(database) == "ab" * 32
    assert secrets.get_key(tmp_path / "other.db") is None


def test_the_keyring_is_read_once_per_account(memory: MemoryKeyring, tmp_path: Path) -> None:
    memory.passwords[("Rebound", secrets.database_account(tmp_path / "r.db"))] = "cd" * 32
    assert secrets.get_key(tmp_path / "r.db") == "cd" * 32
    calls = memory.calls
    for _ in range(5):
        assert secrets.get_key(tmp_path / "r.db") == "cd" * 32
    assert memory.calls == calls


def test_importing_and_opening_a_plain_database_touch_no_keyring(tmp_path: Path) -> None:
    script = (
        "import keyring; from tests.memory_keyring import MemoryKeyring; backend = MemoryKeyring(); "
        "keyring.set_keyring(backend); import desktop.secrets, desktop.cli, desktop.core.unlock; "
        f"desktop.cli.main(['--db', {str(tmp_path / 'r.db')!r}, '--no-encryption', 'people']); print(backend.calls)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0"


def test_smtp_password_round_trip_and_delete(memory: MemoryKeyring) -> None:
    secrets.set_smtp_password("smtp.example.com", "jana", "s3cret")
    assert ("Rebound", "smtp:jana@smtp.example.com") in memory.passwords
    assert secrets.get_smtp_password("smtp.example.com", "jana") == "s3cret"
    secrets.delete_smtp_password("smtp.example.com", "jana")
    assert secrets.get_smtp_password("smtp.example.com", "jana") is None
    secrets.delete_smtp_password("smtp.example.com", "jana")  # deleting twice is fine


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring()],
    ids=["fail", "null"],
)
def test_no_keyring_is_a_clear_error_not_a_silent_fallback(backend: object, tmp_path: Path) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    secrets.reset()
    with pytest.raises(secrets.KeyringUnavailable, match="no keyring"):
        secrets.set_key(tmp_path / "r.db", "ab" * 32)
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.get_key(tmp_path / "r.db")
    assert secrets.keyring_problem() is not None
    assert list(tmp_path.iterdir()) == []  # and no file took its place


def test_a_chainer_without_backends_counts_as_no_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(chainer.ChainerBackend())
    secrets.reset()
    assert "no keyring" in (secrets.keyring_problem() or "")
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.set_key(tmp_path / "r.db", "ab" * 32)


def test_a_plaintext_file_backend_is_refused(tmp_path: Path) -> None:
    class PlaintextKeyring(MemoryKeyring):
        """Stands for keyrings.alt.file.PlaintextKeyring, which keeps secrets in a readable file."""

    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    secrets.reset()
    with pytest.raises(secrets.KeyringUnavailable, match="plain file"):
        secrets.set_key(tmp_path / "r.db", "ab" * 32)
    assert backend.passwords == {}


def test_a_keyring_that_hangs_gives_up_after_the_timeout(hanging: HangingKeyring, tmp_path: Path) -> None:
    with pytest.raises(secrets.KeyringTimeout, match="did not answer within 0.2 s"):
        secrets.get_key(tmp_path / "r.db", timeout=0.2)
    assert (hanging.asked, hanging.answered) == (1, 0)  # given up on while the keyring still hangs
    # once timed out, the keyring is not asked again (no second hang) until reset
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.set_key(tmp_path / "r.db", "ab" * 32, timeout=5)
    assert (hanging.asked, hanging.answered) == (1, 0)


def test_a_keyring_that_forgets_what_it_was_given_is_not_trusted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Forgetful(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            pass

    keyring.set_keyring(Forgetful())
    secrets.reset()
    with pytest.raises(secrets.KeyringUnavailable, match="did not keep"):
        secrets.set_key(tmp_path / "r.db", "ab" * 32)


def test_a_backend_error_is_reported_as_unavailable(tmp_path: Path) -> None:
    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("D-Bus said no")

    keyring.set_keyring(Broken())
    secrets.reset()
    with pytest.raises(secrets.KeyringUnavailable, match="D-Bus said no"):
        secrets.get_key(tmp_path / "r.db")
