"""Keyring backends for tests: an in-memory one, and one that hangs like a locked desktop keyring.

``install_memory_keyring(monkeypatch)`` puts a fresh in-memory keyring in place (the global
conftest puts the "no keyring" backend back before every test) and lets new databases be
encrypted, as they are for a user.
"""

from __future__ import annotations

import threading

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop import secrets


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls += 1
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls += 1
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class HangingKeyring(KeyringBackend):
    """Never answers until ``release`` (a keyring waiting for an unlock prompt nobody sees)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.asked = 0  # calls begun
        self.answered = 0  # calls that came back (after ``release``, or after 30 s)

    def _hang(self) -> None:
        self.asked += 1
        self.gate.wait(30)
        self.answered += 1

    def get_password(self, service: str, username: str) -> str | None:
        self._hang()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._hang()

    def delete_password(self, service: str, username: str) -> None:
        self._hang()

    def release(self) -> None:
        self.gate.set()


def install_memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secrets.reset()
    monkeypatch.delenv("REBOUND_NO_ENCRYPTION", raising=False)
    return backend
