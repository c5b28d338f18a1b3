"""Reading mail in the app: Settings → Mail's IMAP account (password only in the keyring), "Sync now" with its
progress, and the daily sync — against a real Dovecot on loopback (tests/imap_server.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.timeline import timeline
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.dialog import MAIL_TAB, SettingsDialog
from desktop.gui.settings.imap_account import ImapAccountBox
from desktop.interop.mail import imap
from tests.imap_server import PASSWORD, SENT_FOLDER, DovecotServer, message
from tests.memory_keyring import MemoryKeyring, install_memory_keyring

TODAY = date(2026, 3, 2)  # the windows' today (tests/gui/conftest.py NOW)


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch, dovecot: DovecotServer) -> MemoryKeyring:
    backend = install_memory_keyring(monkeypatch)
    monkeypatch.setenv("REBOUND_NO_ENCRYPTION", "1")
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_path))  # the system trusts the server, as a provider's
    return backend


@pytest.fixture
def eva(person: Callable[..., int]) -> int:
    return int(person("Eva Klein", email="eva.klein@nordwind.example"))


def imap_box(qtbot: Any, window: MainWindow) -> ImapAccountBox:
    dialog = window.open_settings(MAIL_TAB)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.mail.imap is not None
    return dialog.mail.imap


def fill(box: ImapAccountBox, server: DovecotServer, user: str, password: str) -> None:
    box.host.setText("127.0.0.1")
    box.port.setValue(server.port)
    box.user.setText(user)
    box.password.setText(password)


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_the_imap_account_is_saved_with_its_password_only_in_the_keyring_and_sync_now_reads_it(
    qtbot: Any, memory: MemoryKeyring, make_window: Callable[..., MainWindow], dovecot: DovecotServer, eva: int,
    tmp_path: Path, db_path: Path,
) -> None:  # fmt: skip
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1, subject="Your application"), message(2, subject="Next steps"), user=user)
    dovecot.deliver(SENT_FOLDER, message(3, sender="jana@example.com", to="eva.klein@nordwind.example"), user=user)
    window = make_window()
    box = imap_box(qtbot, window)
    assert (box.port.value(), box.inbox.isChecked(), box.sent.isChecked()) == (993, True, True)  # the defaults
    assert [box.security.itemData(i) for i in range(box.security.count())] == ["ssl", "starttls"]  # no plain mode
    fill(box, dovecot, user, PASSWORD)

    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.task is None)

    assert box.status.text() == "The mail account is saved; the password is in the system keyring."
    assert memory.passwords[("Rebound", f"imap:{user}@127.0.0.1")] == PASSWORD
    assert imap.load_account() == imap.ImapAccount(host="127.0.0.1", user=user, port=dovecot.port)
    with qtbot.waitSignal(window.ops.changed) as changed:
        task = box.sync_now()
        assert task is not None and box.cancel_button.isVisible() and not box.sync_button.isEnabled()
    qtbot.waitUntil(lambda: box.task is None)

    assert box.status.text() == "3 new messages fetched, 3 logged on timelines."
    assert eva in changed.args[0].people
    assert sorted(e.subject for e in timeline(eva)) == ["Message 3", "Next steps", "Your application"]
    assert (box.progress.value(), box.progress.maximum()) == (3, 3)  # the bar followed the sync to its end
    assert dovecot.flags("INBOX", user) == {1: set(), 2: set()}  # still unread on the server
    window.close()
    for path in [*files_under(tmp_path / "home"), db_path]:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_wrong_password_says_so_inline(
    qtbot: Any, memory: MemoryKeyring, make_window: Callable[..., MainWindow], dovecot: DovecotServer
) -> None:
    user = dovecot.add_user()
    box = imap_box(qtbot, make_window())
    fill(box, dovecot, user, "Tr0ub4dor&3")
    box.save()
    qtbot.waitUntil(lambda: box.task is None)

    box.sync_now()
    qtbot.waitUntil(lambda: box.task is None)

    assert box.error.message() == (
        f"Mail was not fetched: 127.0.0.1:{dovecot.port} did not accept the user name or password."
    )
    assert "Tr0ub4dor" not in box.error.message()


def test_sync_now_reads_only_the_saved_account(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    box = imap_box(qtbot, make_window())
    box.host.setText("imap.example.com")

    assert box.sync_now() is None

    assert box.error.message() == "Save the account first: Sync now reads the saved account."


def test_the_daily_sync_runs_once_a_day_when_asked_for(
    qtbot: Any, memory: MemoryKeyring, make_window: Callable[..., MainWindow], dovecot: DovecotServer, eva: int
) -> None:
    user = dovecot.add_user()
    account = imap.ImapAccount(host="127.0.0.1", user=user, port=dovecot.port, daily=True)
    imap.save_account(account)
    imap.save_password(account, PASSWORD)
    dovecot.deliver("INBOX", message(1), user=user)
    window = make_window()

    with qtbot.waitSignal(window.mail_sync.said) as said:
        assert window.mail_sync.check() is not None
    qtbot.waitUntil(lambda: window.mail_sync.task is None)
    dovecot.deliver("INBOX", message(2), user=user)
    second = window.mail_sync.check()  # the same day: it has been read today
    assert second is not None
    qtbot.waitUntil(lambda: window.mail_sync.task is None)

    assert said.args[0] == "Daily mail sync: 1 new message fetched, 1 logged on a timeline."
    assert [e.subject for e in timeline(eva)] == ["Message 1"]
    assert imap.last_synced() == TODAY
    imap.save_account(imap.ImapAccount(host="127.0.0.1", user=user, port=dovecot.port, daily=False))
    assert window.mail_sync.check() is None  # switched off: nothing starts


def test_ok_saves_an_imap_account_typed_without_an_smtp_account(
    qtbot: Any, memory: MemoryKeyring, make_window: Callable[..., MainWindow], dovecot: DovecotServer
) -> None:
    window = make_window()
    box = imap_box(qtbot, window)
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    fill(box, dovecot, "jana@example.com", "")
    box.inbox.setChecked(False)
    box.other_folders.setText("Bewerbungen, Archiv/2026")

    dialog.accept()

    assert not dialog.isVisible()
    assert imap.load_account() == imap.ImapAccount(
        host="127.0.0.1", user="jana@example.com", port=dovecot.port, folders=(imap.SENT, "Bewerbungen", "Archiv/2026")
    )
