"""Starting the app: a new encrypted database and its recovery key, a wrong key, no keyring, a second
Rebound, a damaged database, a risky folder, the day's backup and the single-instance lock."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon

from desktop.core import erase, people, unlock
from desktop.core.instance import InstanceLock
from desktop.gui import app as gui_app
from desktop.gui.dialogs.restore import RestoreDialog
from desktop.gui.dialogs.secret_prompt import WRONG_KEY
from desktop.gui.dialogs.unlock import PassphraseDialog, RecoveryKeyDialog
from desktop.gui.main_window import MainWindow
from desktop.store import encryption, maintenance
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import DB
from tests.gui.conftest import NOW
from tests.gui.scripted import Answers, Launcher, cancel, stored, type_secret
from tests.memory_keyring import MemoryKeyring, install_memory_keyring

ROOT = Path(__file__).resolve().parents[2]
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
    return Answers(monkeypatch).message_boxes()


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


def window_of(result: MainWindow | int) -> MainWindow:
    assert isinstance(result, MainWindow), f"the app did not start (exit code {result})"
    return result


def file_bytes(path: Path) -> bytes:
    """The database as it lies on disk (with its write-ahead log, if one is left)."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def listed_names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# ---------------------------------------------------------------- a new encrypted database


def test_a_new_database_is_encrypted_and_its_recovery_key_is_shown_once(
    memory: MemoryKeyring, launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    answers.expect(RecoveryKeyDialog, stored)

    window = window_of(launcher(url))

    (dialog,) = answers.of(RecoveryKeyDialog)
    code = dialog.code()
    assert encryption.looks_like_recovery_code(code)
    assert dialog.key.textFormat() == Qt.TextFormat.PlainText
    assert "only this once" in dialog.keep.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    dialog.reject()  # Escape does not dismiss it: the key must be stored first
    assert "Store the key first" in dialog.copied.text()
    assert encryption.file_state(db_path) == "encrypted"
    assert encryption.key_opens(db_path, unlock.parse_recovery_key(code))

    people.create_person({"name": NAME, "email": "zoe@example.com", "notes": "Met at the Kraków meetup"})
    launcher.quit(window)
    raw = file_bytes(db_path)
    assert NAME.encode() not in raw and b"Quartermaine" not in raw and "Kraków meetup".encode() not in raw

    again = window_of(launcher(url))  # the next start: no recovery key any more, no question
    assert len(answers.of(RecoveryKeyDialog)) == 1
    assert listed_names(again) == [NAME]


# ---------------------------------------------------------------- a wrong or missing key


@pytest.fixture
def encrypted(memory: MemoryKeyring, url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An encrypted database whose key is no longer in the keyring (a new computer); returns its recovery key."""
    opened = unlock.open_unlocked(url)
    people.create_person({"name": NAME})
    close_database()
    assert opened.recovery_key is not None
    install_memory_keyring(monkeypatch)  # a fresh, empty keyring
    return opened.recovery_key


def test_a_wrong_key_asks_again_and_the_recovery_key_opens_the_database(
    encrypted: str, launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    answers.expect(PassphraseDialog, type_secret("not the key at all"), type_secret(encrypted.lower()))

    window = window_of(launcher(url))

    first, second = answers.of(PassphraseDialog)
    assert first.windowTitle() == "Unlock the database" and first.purpose == "open"
    assert "recovery key" in first.texts[0].text()
    assert first.property("error_when_shown") == ""
    assert second.property("error_when_shown") == WRONG_KEY  # the second time says why it asks again
    assert listed_names(window) == [NAME]
    assert window.session.key_source == "recovery key"
    assert window.statusBar().currentMessage().startswith("The recovery key opened the database")
    assert answers.of(RecoveryKeyDialog) == []  # the same key: nothing new to write down


def test_the_application_icon_is_given_to_the_key_dialog_and_to_the_window(
    encrypted: str, qtbot: Any, launcher: Launcher, answers: Answers, url: str
) -> None:
    """The icon is not made with the QApplication (its SVG plugin would delay the first paint) but before the
    first window that shows: a passphrase dialog before the main window, else the window after its first paint."""
    QGuiApplication.setWindowIcon(QIcon())  # as a fresh start has it
    icon_at_the_dialog: list[bool] = []

    def note_the_icon_then_type(dialog: PassphraseDialog) -> None:
        icon_at_the_dialog.append(not dialog.windowIcon().isNull())
        type_secret(encrypted)(dialog)

    answers.expect(PassphraseDialog, note_the_icon_then_type)
    window = window_of(launcher(url))
    assert icon_at_the_dialog == [True]

    QGuiApplication.setWindowIcon(QIcon())  # a start that asks nothing gives it after the window's first paint
    launcher.quit_all()
    answers.expect(PassphraseDialog)  # none expected: the key is in the keyring now
    window = window_of(launcher(url))
    qtbot.waitUntil(lambda: not window.windowIcon().isNull())
    assert window.windowIcon().cacheKey() == QGuiApplication.windowIcon().cacheKey()  # the application's


def test_quitting_at_the_key_leaves_with_exit_code_4_and_the_file_untouched(
    encrypted: str, answers: Answers, url: str, db_path: Path, qapp: Any
) -> None:
    before = file_bytes(db_path)
    answers.expect(PassphraseDialog, type_secret("wrong guess"), cancel)

    code = gui_app.run(url)

    assert code == 4
    (_, last) = answers.of(PassphraseDialog)
    assert last.cancel_button.text() == "Quit"
    assert file_bytes(db_path) == before  # never recreated, never written
    assert encryption.file_state(db_path) == "encrypted"
    InstanceLock(db_path).acquire().release()  # the lock was let go: another start may take it


def test_a_mistyped_recovery_key_on_the_command_line_asks_in_the_dialog(
    encrypted: str, launcher: Launcher, answers: Answers, url: str
) -> None:
    answers.expect(PassphraseDialog, type_secret(encrypted))

    window = window_of(launcher(url, recovery_key="ABCDE-12345"))

    (dialog,) = answers.of(PassphraseDialog)
    assert dialog.property("error_when_shown").startswith("The recovery key given at the start does not fit:")
    assert listed_names(window) == [NAME]


# ---------------------------------------------------------------- no keyring: a passphrase


def test_without_a_keyring_a_passphrase_is_chosen_twice_and_asked_at_the_next_start(
    launcher: Launcher, answers: Answers, url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REBOUND_NO_ENCRYPTION")  # a person's default; the conftest's "no keyring" backend stays
    refusals: list[str] = []

    def choose(dialog: PassphraseDialog) -> None:  # the dialog stays open on bad input; the person types again
        for first, again in (("short", "short"), ("correct horse battery", "correct horse batery")):
            dialog.secret.setText(first)
            dialog.repeat.setText(again)
            dialog.ok_button.click()
            assert dialog.result() == 0  # not accepted: the person is asked again
            refusals.append(dialog.error.message())
        type_secret("correct horse battery")(dialog)

    answers.expect(PassphraseDialog, choose, type_secret("correct horse battery"))

    window = window_of(launcher(url))

    (new,) = answers.of(PassphraseDialog)
    assert new.windowTitle() == "Choose a passphrase"
    assert "no keyring can hold it on this computer (no keyring service was found" in new.texts[0].text()
    assert "Rebound cannot recover it for you" in new.texts[1].text()
    assert refusals == [
        "The passphrase needs at least 8 characters; it has 5.",
        "The two passphrases differ. Type the same one twice.",
    ]
    assert answers.of(RecoveryKeyDialog) == []  # a passphrase is its own recovery
    assert encryption.file_state(db_path) == "encrypted"
    assert window.statusBar().currentMessage() == "Created an encrypted database; it opens with your passphrase."
    people.create_person({"name": NAME})
    launcher.quit(window)
    assert NAME.encode() not in file_bytes(db_path)

    again = window_of(launcher(url))

    opened = answers.of(PassphraseDialog)[1]
    assert opened.purpose == "open" and opened.secret.echoMode() == opened.secret.EchoMode.Password
    assert listed_names(again) == [NAME]


def test_cancelling_the_new_passphrase_creates_nothing(
    answers: Answers, url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    monkeypatch.delenv("REBOUND_NO_ENCRYPTION")
    answers.expect(PassphraseDialog, cancel)

    assert gui_app.run(url) == 4

    assert answers.messages == []  # the person chose to stop: no error on top
    assert not db_path.exists()


def test_no_encryption_by_choice_asks_nothing(
    launcher: Launcher, answers: Answers, url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REBOUND_NO_ENCRYPTION")

    window = window_of(launcher(url, encrypt=False))  # --no-encryption

    assert answers.shown == []
    assert encryption.file_state(db_path) == "plain"
    assert unlock.read_options(db_path)["encryption"] == "off"
    assert window.session.encryption().chosen_off


# ---------------------------------------------------------------- a second Rebound


def test_a_second_rebound_on_the_same_database_is_told_plainly(
    answers: Answers, url: str, db_path: Path, qapp: Any
) -> None:
    open_sqlite(db_path)
    close_database()
    with InstanceLock(db_path):
        code = gui_app.run(url)

    assert code == 4
    assert answers.messages == [f"{gui_app.ALREADY_RUNNING}\n{gui_app.ALREADY_RUNNING_DETAIL}"]
    assert answers.messages[0].startswith("Rebound is already open with this database.")


# ---------------------------------------------------------------- a damaged database


def _damage_an_index(db_path: Path) -> None:
    root = DB.obj.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'person_email_key'").fetchone()[0]
    DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    with db_path.open("r+b") as file:
        file.seek((root - 1) * 4096 + 12)
        file.write(b"\xff" * 40)


def test_a_damaged_database_opens_read_only_and_a_backup_can_be_restored(
    qtbot: Any, launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    unlock.open_unlocked(url, encrypt=False)
    for number in range(300):
        people.create_person({"name": f"Person {number:03}", "email": f"p{number}@example.com"})
    gone = people.create_person({"name": "Erased Since", "email": "erased@example.com"}).value
    earlier = maintenance.backup(maintenance.backup_folder(db_path) / "rebound-20260301-090000.db")
    erase.erase_person(gone, NOW.date())  # after the backup: the restore must not bring them back
    _damage_an_index(db_path)
    damaged = db_path.read_bytes()

    window = window_of(launcher(url))

    banner = window.banners.named("damaged")
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("This database is damaged (")
    assert "read-only" in banner.text() and "nothing was repaired" in banner.text()
    assert banner.action_button.text() == "Restore a backup…"
    assert not banner.close_button.isVisible()  # it stays until the database is sound again
    assert window.people.total == 300  # what can be read is shown
    qtbot.waitUntil(lambda: window.today.loading.text() == "Today’s plan is worked out once a backup is restored.")
    assert not window.keeper.loading and window.keeper.engine is None  # it would write; nothing may
    reporter = gui_app.ErrorReporter()
    try:
        people.create_person({"name": "Not Now"})
    except Exception as error:  # as an edit in the window would end: the message says what to do
        reporter.hook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: reporter.message is not None)
    assert reporter.message is not None and reporter.message.text() == gui_app.READ_ONLY_TEXT
    reporter.message.accept()
    assert db_path.read_bytes() == damaged  # never repaired behind the person's back

    banner.action_button.click()
    dialog = window.findChild(RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    assert [dialog.backups.item(r).text().split(" · ")[0] for r in range(dialog.backups.count())] == [
        "1 Mar 2026, 09:00"
    ]
    dialog.restore_button.click()
    assert not window.centralWidget().isEnabled() and window.progress.isVisible()  # hands off while it runs
    window.close()
    assert window.isVisible()  # not while the database is being replaced
    assert window.statusBar().currentMessage().endswith("Rebound closes when it is done.")
    qtbot.waitUntil(lambda: not window.session.busy and window.banners.named("damaged") is None)
    assert window.centralWidget().isEnabled() and not window.progress.isVisible()

    assert not window.session.read_only
    assert window.statusBar().currentMessage().startswith("Restored the backup of 1 Mar 2026, 09:00.")
    assert window.people.total == 300
    assert people.count_people("Erased Since") == 0  # erased after the backup, and still erased
    assert "1 person you had erased stayed erased." in window.statusBar().currentMessage()
    people.create_person({"name": "Now It Works"})  # writable again
    qtbot.waitUntil(lambda: window.keeper.engine is not None and not window.keeper.loading)  # Today works again
    assert maintenance.verify(earlier) == []
    (kept,) = db_path.parent.glob("rebound.db.before-restore-*.bak")
    assert kept.read_bytes() == damaged  # the damaged file is kept as it was


# ---------------------------------------------------------------- where the file lives, the day's backup


def test_a_database_in_a_sync_folder_is_warned_about_in_a_banner_that_can_be_closed(
    launcher: Launcher, answers: Answers, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'Dropbox' / 'rebound.db'}"

    window = window_of(launcher(url))

    banner = window.banners.named("location")
    assert banner is not None and banner.isVisible()
    assert "in a folder that Dropbox synchronises" in banner.text()
    assert answers.shown == []  # not a dialog: the window is usable at once
    banner.close_button.click()
    assert window.banners.named("location") is None
    assert not window.banners.isVisible()


def test_the_days_backup_is_taken_in_a_worker_after_the_start(
    qtbot: Any, launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    window = window_of(launcher(url))

    qtbot.waitUntil(lambda: bool(maintenance.list_backups(db_path)))
    (taken,) = maintenance.list_backups(db_path)
    assert taken.name == "rebound-20260302-103000.db"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Today’s backup is saved: {taken.name}")
    assert window.banners.banners() == []


# ---------------------------------------------------------------- the real start, in a process of its own

RUN_AND_QUIT = """
import sys
from PySide6.QtCore import QTimer
from desktop.cli import main
from desktop.core.instance import InstanceLock
from desktop.gui.app import make_application
from desktop.store import encryption

app = make_application([sys.argv[0]])
seen = []

def quit_the_app():
    seen.extend(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible())
    app.closeAllWindows()

QTimer.singleShot(0, quit_the_app)
code = main(["--db", sys.argv[1], "--no-encryption"])
InstanceLock(sys.argv[1]).acquire().release()  # released on quit
print(code, seen, encryption.file_state(sys.argv[1]))
"""


def test_the_app_started_with_no_encryption_creates_a_plain_database_and_lets_go_of_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REBOUND_NO_ENCRYPTION")  # the flag alone decides; no keyring: a passphrase would block
    database = tmp_path / "app.db"
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_QUIT, str(database)],
        capture_output=True, text=True, check=False, timeout=60, cwd=ROOT,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "0 ['Rebound'] plain"


def test_a_database_too_damaged_to_read_offers_its_backups_before_the_window(
    launcher: Launcher, answers: Answers, url: str, db_path: Path
) -> None:
    unlock.open_unlocked(url, encrypt=False)
    people.create_person({"name": NAME})
    maintenance.backup(maintenance.backup_folder(db_path) / "rebound-20260301-090000.db")
    DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    with db_path.open("r+b") as file:  # the header after its magic string: nothing can read the file now
        file.seek(16)
        file.write(b"\xff" * 84)
    broken = db_path.read_bytes()
    answers.expect(RestoreDialog, lambda dialog: dialog.restore_button.click())

    window = window_of(launcher(url))

    (dialog,) = answers.of(RestoreDialog)
    assert dialog.intro.text().startswith("Rebound cannot open the database: it is damaged (")
    assert "Nothing was repaired or changed." in dialog.intro.text()
    assert listed_names(window) == [NAME]
    assert window.banners.named("damaged") is None
    (kept,) = db_path.parent.glob("rebound.db.before-restore-*.bak")
    assert kept.read_bytes() == broken


def test_declining_to_restore_a_database_too_damaged_to_read_quits_with_4(
    answers: Answers, url: str, db_path: Path, qapp: Any
) -> None:
    unlock.open_unlocked(url, encrypt=False)
    close_database()
    with db_path.open("r+b") as file:
        file.seek(16)
        file.write(b"\xff" * 84)
    broken = db_path.read_bytes()
    answers.expect(RestoreDialog, lambda dialog: dialog.reject())

    assert gui_app.run(url) == 4
    assert db_path.read_bytes() == broken
