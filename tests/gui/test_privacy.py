"""Settings → Privacy: the encryption status and its warning, the keyring, Encrypt now, Change key,
how to recover, Back up now and Restore."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core import people, unlock
from desktop.gui.dialogs.restore import RestoreDialog
from desktop.gui.dialogs.unlock import PassphraseDialog, RecoveryKeyDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.dialog import PRIVACY_TAB, SettingsDialog
from desktop.gui.settings.privacy import CHOSEN_OFF, NEVER_ENCRYPTED, ROTATED_INTRO, PrivacyTab
from desktop.store import encryption, maintenance
from desktop.store.database import close_database
from tests.gui.conftest import NOW, wait_for_plan
from tests.gui.scripted import Answers, Launcher, stored, type_secret
from tests.memory_keyring import MemoryKeyring, install_memory_keyring

NAME = "Zoë Quartermaine"


@pytest.fixture
def url(db_path: Path) -> Iterator[str]:
    yield f"sqlite:///{db_path}"
    close_database()


@pytest.fixture
def launcher(qtbot: Any, settings_file: Path) -> Iterator[Launcher]:
    made = Launcher(qtbot, settings_file, NOW)
    yield made
    made.quit_all()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


def started(result: MainWindow | int) -> MainWindow:
    assert isinstance(result, MainWindow), f"the app did not start (exit code {result})"
    return result


def privacy_tab(qtbot: Any, window: MainWindow) -> PrivacyTab:
    dialog = window.open_settings(PRIVACY_TAB)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.tabs.tabText(PRIVACY_TAB) == "Privacy"
    qtbot.waitUntil(lambda: window.session.keyring_known)  # the keyring is asked in a worker
    qtbot.waitUntil(lambda: window.session.blocked() is None)  # the start-up work (engine, backup) is done
    return dialog.privacy


def wait_done(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)  # a key derivation is slow on a busy machine


def file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def listed_names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# ---------------------------------------------------------------- what the tab says


def test_a_database_made_without_encryption_is_flagged_and_the_missing_keyring_said(
    qtbot: Any, launcher: Launcher, url: str
) -> None:
    window = started(launcher(url))  # REBOUND_NO_ENCRYPTION=1, as the person chose; no keyring (the default)

    tab = privacy_tab(qtbot, window)

    assert tab.status.text() == "Encryption: off."
    assert tab.warning.isVisible() and tab.warning.message() == CHOSEN_OFF
    assert tab.encrypt_button.isVisible() and tab.encrypt_button.isEnabled()
    assert not tab.rotate_button.isVisible()
    assert tab.keyring.text().startswith("No keyring can keep Rebound’s secrets on this computer: no keyring service")
    assert "the SMTP password cannot be stored" in tab.keyring.text()
    tab.recover_button.click()
    assert tab.recover_text.isVisible() and "there is no key to lose" in tab.recover_text.text()
    assert tab.recover_button.text() == "Hide how to recover"


def test_an_older_plain_database_is_flagged_too(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    tab = privacy_tab(qtbot, make_window())

    assert tab.warning.message() == NEVER_ENCRYPTED


# ---------------------------------------------------------------- encrypt, change the key


def test_encrypt_now_shows_the_recovery_key_once_and_the_file_is_unreadable_without_it(
    qtbot: Any, memory: MemoryKeyring, launcher: Launcher, url: str, db_path: Path
) -> None:
    window = started(launcher(url, encrypt=False))
    people.create_person({"name": NAME, "notes": "Met at the Kraków meetup"})
    window.people.load()
    qtbot.waitUntil(lambda: bool(maintenance.list_backups(db_path)))  # the day's backup, plain like the database
    tab = privacy_tab(qtbot, window)
    assert tab.keyring.text() == "The system keyring keeps the database key and the SMTP password."

    qtbot.mouseClick(tab.encrypt_button, Qt.MouseButton.LeftButton)
    assert tab.progress.isVisible() and tab.busy.text() == "Encrypting the database…"
    qtbot.waitUntil(lambda: tab.recovery_dialog is not None and tab.recovery_dialog.isVisible())

    dialog = tab.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog)
    code = dialog.code()
    assert encryption.looks_like_recovery_code(code)
    qtbot.mouseClick(dialog.stored_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.recovery_dialog is None)
    wait_done(qtbot, window)
    assert tab.status.text().startswith("Encryption: on (SQLCipher ")
    assert tab.status.text().endswith("Its key is in the system keyring.")
    assert not tab.warning.isVisible()
    assert not tab.encrypt_button.isVisible() and tab.rotate_button.isVisible()
    assert tab.result.text() == "The database is encrypted; its key is in the system keyring."
    assert window.statusBar().currentMessage() == tab.result.text()
    assert encryption.file_state(db_path) == "encrypted"
    assert encryption.key_opens(db_path, unlock.parse_recovery_key(code))
    assert b"Quartermaine" not in file_bytes(db_path) and b"Krak" not in file_bytes(db_path)
    assert all(encryption.file_state(copy) == "encrypted" for copy in maintenance.list_backups(db_path))
    assert listed_names(window) == [NAME]  # the window goes on with the encrypted database
    people.create_person({"name": "After Encryption"})
    window.people.load()
    assert listed_names(window) == ["After Encryption", NAME]
    assert tab.findChildren(RecoveryKeyDialog) == []  # shown once, then gone


def test_encrypt_now_without_a_keyring_asks_for_a_passphrase(
    qtbot: Any, launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    window = started(launcher(url))
    people.create_person({"name": NAME})
    tab = privacy_tab(qtbot, window)
    answers.expect(PassphraseDialog, type_secret("a long enough passphrase"))

    qtbot.mouseClick(tab.encrypt_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)

    (asked,) = answers.of(PassphraseDialog)
    assert asked.purpose == "new" and "no keyring service was found" in asked.texts[0].text()
    assert tab.recovery_dialog is None  # a passphrase is its own recovery
    assert tab.status.text().endswith("It opens with your passphrase.")
    assert tab.result.text() == "The database is encrypted; it opens with your passphrase."
    assert encryption.key_opens(db_path, encryption.Key(passphrase="a long enough passphrase"))
    assert listed_names(window) == [NAME]


def test_change_key_gives_a_new_recovery_key_and_the_old_one_stops_working(
    qtbot: Any, memory: MemoryKeyring, launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    answers.expect(RecoveryKeyDialog, stored).message_boxes(QMessageBox.StandardButton.Yes)
    window = started(launcher(url))  # a new encrypted database
    old = answers.of(RecoveryKeyDialog)[0].code()
    people.create_person({"name": NAME})
    tab = privacy_tab(qtbot, window)
    tab.recover_button.click()
    assert "rebound --recovery-key KEY" in tab.recover_text.text()

    qtbot.mouseClick(tab.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.recovery_dialog is not None)

    assert answers.messages[0].startswith("Give the database a new key?")
    dialog = tab.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog)
    assert dialog.intro.text() == ROTATED_INTRO
    new = dialog.code()
    dialog.stored_button.click()
    wait_done(qtbot, window)
    assert new != old
    assert encryption.key_opens(db_path, unlock.parse_recovery_key(new))
    assert not encryption.key_opens(db_path, unlock.parse_recovery_key(old))
    assert tab.result.text().startswith("The database has a new key, in the system keyring.")
    assert listed_names(window) == [NAME]


def test_declining_to_change_the_key_changes_nothing(
    qtbot: Any, memory: MemoryKeyring, launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    answers.expect(RecoveryKeyDialog, stored).message_boxes(QMessageBox.StandardButton.Cancel)
    window = started(launcher(url))
    old = answers.of(RecoveryKeyDialog)[0].code()
    tab = privacy_tab(qtbot, window)

    tab.rotate_button.click()

    assert not window.session.busy and tab.recovery_dialog is None
    assert encryption.key_opens(db_path, unlock.parse_recovery_key(old))


# ---------------------------------------------------------------- backups


def test_back_up_now_and_restore_bring_back_the_older_data(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], db_path: Path
) -> None:
    person("Anna Schmidt")
    window = make_window()
    wait_for_plan(qtbot, window)
    tab = privacy_tab(qtbot, window)
    assert tab.no_backups.isVisible() and tab.backup_labels() == []

    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)

    (backup,) = maintenance.list_backups(db_path)
    assert len(tab.backup_labels()) == 1 and not tab.no_backups.isVisible()
    assert tab.result.text().startswith("Backed up (") and tab.result.text().endswith(str(backup))
    person("Ben Newer")
    window.people.load()
    assert listed_names(window) == ["Anna Schmidt", "Ben Newer"]

    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitExposed(dialog)
    assert dialog.backups.count() == 1 and dialog.restore_button.isEnabled()
    assert "What was added or changed since that backup is lost" in dialog.intro.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert tab.progress.isVisible() and tab.busy.text().startswith("Restoring the backup of ")
    wait_done(qtbot, window)

    assert listed_names(window) == ["Anna Schmidt"]  # the window read the restored database
    assert window.count_label.text() == "1 person"
    assert people.count_people("Ben") == 0  # and search finds only what the backup had
    assert tab.result.text().startswith("Restored the backup of ")
    assert "The database as it was is kept in " in tab.result.text()
    wait_for_plan(qtbot, window)  # Today is worked out again from the restored data
    assert list(db_path.parent.glob("rebound.db.before-restore-*.bak"))


def test_cancelling_the_restore_dialog_changes_nothing(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], db_path: Path
) -> None:
    person("Anna Schmidt")
    window = make_window()
    tab = privacy_tab(qtbot, window)
    maintenance.backup()
    person("Ben Newer")
    window.people.load()

    dialog = tab.restore()
    dialog.reject()

    assert not window.session.busy
    assert listed_names(window) == ["Anna Schmidt", "Ben Newer"]
