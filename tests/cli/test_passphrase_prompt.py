"""The terminal passphrase prompt, run for real under a pseudo-terminal (every other test disables it).

Without a keyring, `rebound` on a new database asks for a passphrase twice on the terminal, never echoing it, and
the next start asks for it again; two different passphrases change nothing.
"""

from __future__ import annotations

import os
import pty
import selectors
import sys
from pathlib import Path

from desktop.store import encryption
from tests.cli.helpers import REPO

PASSPHRASE = "correct horse battery"


class Terminal:
    """`rebound ARGS` in a pseudo-terminal: read up to a prompt, type a line, read to the end."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        env.pop("REBOUND_NO_ENCRYPTION", None)
        env.pop("REBOUND_PASSPHRASE", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: a session of its own, the pseudo-terminal as its controlling terminal
            os.chdir(REPO)
            os.execve(sys.executable, [sys.executable, "-m", "desktop", *args], env)
        self.screen = ""

    def _read(self) -> bool:
        with selectors.DefaultSelector() as selector:  # a bound for a child that hangs, not a measure of speed
            selector.register(self.fd, selectors.EVENT_READ)
            if not selector.select(timeout=120):
                raise AssertionError(f"no output from rebound; the screen so far: {self.screen!r}")
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # the child closed the terminal (EIO on Linux)
            return False
        self.screen += data.decode(errors="replace")
        return bool(data)

    def until(self, text: str) -> None:
        while text not in self.screen:
            if not self._read():
                raise AssertionError(f"{text!r} never shown; the screen: {self.screen!r}")

    def type(self, line: str) -> None:
        os.write(self.fd, f"{line}\n".encode())

    def finish(self) -> int:
        while self._read():
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def test_a_passphrase_is_chosen_twice_on_the_terminal_never_shown_and_asked_at_the_next_start(tmp_path: Path) -> None:
    database = tmp_path / "rebound.db"

    new = Terminal("--db", str(database), "people")
    new.until(f"No keyring can hold the key of {database}. Choose a passphrase (8 characters or more): ")
    new.type(PASSPHRASE)
    new.until("Type it again: ")
    new.type(PASSPHRASE)
    assert new.finish() == 0
    assert PASSPHRASE not in new.screen  # never echoed
    assert encryption.file_state(database) == "encrypted"

    again = Terminal("--db", str(database), "people")
    again.until(f"Passphrase or recovery key for {database}: ")
    again.type(PASSPHRASE)
    assert again.finish() == 0
    assert PASSPHRASE not in again.screen


def test_two_different_passphrases_create_nothing(tmp_path: Path) -> None:
    database = tmp_path / "rebound.db"

    new = Terminal("--db", str(database), "people")
    new.until("Choose a passphrase (8 characters or more): ")
    new.type(PASSPHRASE)
    new.until("Type it again: ")
    new.type("correct horse batery")
    code = new.finish()

    assert code == 3  # InputError: nothing written (spec/cli.md)
    assert "the two passphrases differ; nothing was changed" in new.screen
    assert "Traceback" not in new.screen
    assert not database.exists()
