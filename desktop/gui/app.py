"""Starting the desktop app: QApplication, the database (key, lock, checks), the main window, the error hook.

``run`` opens the database through ``desktop.core.startup.start``: the single-instance lock
(kept for the session, released on quit), the key (the keyring's, else the passphrase dialog;
a key that does not open it leads to the recovery dialog, and the file is never recreated),
the integrity check (a damaged database opens read-only, with the offer to restore a
backup), and the warnings about where the file lives. A new encrypted database shows its
recovery key once. The day’s backup runs in a worker once the window has first painted.

A window that opens on People over a plain database the app left cleanly paints first: the command line took the
lock and read the clean-exit mark before Qt loaded (``core/first_look.py``), the first window of the list is read
with plain ``sqlite3``, and the session runs ``start`` with that lock and mark right after the first paint, before
any other work (``_open_after_paint``). Every other start opens the database before the window, as above.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# first, before any other Qt import: PySide's import hook made cheap (gui/kit/pyside_hook.py); imported later,
# PySide's own hook reads this module's source through ``inspect`` (about 1.5 ms of the start)
from desktop.gui.kit import pyside_hook  # noqa: F401  # isort: skip
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal, Slot  # isort: skip
from PySide6.QtWidgets import QApplication, QWidget  # isort: skip
from desktop import deferred_imports, gc_pause
from desktop.config import APP_ID, APP_NAME, default_database_path
from desktop.core import first_look
from desktop.core.first_look import FirstFrame, Look
from desktop.core.instance import AlreadyRunning
from desktop.errors import InputError, ReboundError
from desktop.gui.dialogs.secret_prompt import WRONG_KEY, SecretPrompt
from desktop.gui.kit import i18n
from desktop.gui.kit.app_icon import give_app_icon
from desktop.gui.kit.error_text import READ_ONLY_TEXT, is_read_only_write
from desktop.gui.kit.first_paint import FirstPaint
from desktop.gui.kit.i18n import LANGUAGE_KEY, language_for, tr, tr_noop
from desktop.gui.kit.scheme import SCHEME_KEY, apply_scheme, check_system_scheme, remembered_system_dark
from desktop.gui.services.session import Session
from desktop.gui.services.window_state import DATABASE_URL_KEY, LOCAL_URL_KEY, gui_settings, remembered_page

# The store (and core.startup, which opens the database through it) loads where a start needs it: a window whose
# first frame was read without it (core/first_look.py) paints first.
if TYPE_CHECKING:  # the message boxes and dialogs are imported where an error or a damaged file opens one
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.startup import Started
    from desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)
DATABASE_EXIT_CODE = 4
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ALREADY_RUNNING = tr_noop("Rebound is already open with this database.")
ALREADY_RUNNING_DETAIL = tr_noop("Switch to its window, or close it before starting Rebound again.")
# Set to 1: quit (exit 0, as a user closing the window) once the window has painted. Checks that a build
# starts, and times that start from outside (the packaging smoke test runs the frozen app with it).
QUIT_AFTER_START = "REBOUND_QUIT_AFTER_START"


class ErrorReporter(QObject):
    """The ``sys.excepthook`` of the running app: unexpected errors open a copyable report.

    The hook may run in any thread; the dialog is always opened in the GUI thread (a queued
    signal). While a report is open, further errors are appended to it instead of stacking
    dialogs. Expected errors (ReboundError) show their message only, no traceback.
    """

    reported = Signal(str, bool)  # text, expected

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QWidget | None = None
        self.message: QMessageBox | None = None
        self._previous: ExceptHook | None = None
        self._connecting = threading.Lock()
        self._connected = False  # ``reported`` is connected at the first report

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.hook:
            sys.excepthook = self._previous
        self._previous = None

    def hook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report = "".join(traceback.format_exception(kind, error, trace))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(report)
        self._connect()
        if is_read_only_write(error):
            self.reported.emit(tr(READ_ONLY_TEXT), True)
        elif isinstance(error, ReboundError):
            self.reported.emit(str(error), True)
        else:
            self.reported.emit(report, False)

    def _connect(self) -> None:
        """Connect ``reported`` to the dialog, queued (a hook in any thread; no dialog inside a paint), once.

        Not at the start: a queued connection names ``Qt.ConnectionType``, and the ``Qt`` namespace waits for the first
        paint (kit/qt_values.py)."""
        with self._connecting:
            if not self._connected:
                from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

                self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
                self._connected = True

    @Slot(str, bool)
    def _show(self, text: str, expected: bool) -> None:
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)
        from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

        from desktop.gui.dialogs.error_report import ErrorReportDialog  # lazy: only an error opens it

        parent = QApplication.activeWindow()
        if expected:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(self._forget_message)
            self.message = box  # without a parent window, Python must keep it alive
            box.open()
            return
        if isinstance(self.dialog, ErrorReportDialog) and self.dialog.isVisible():
            self.dialog.add_report(text)
            return
        dialog = ErrorReportDialog(text, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.show()

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None

    @Slot()
    def _forget_message(self) -> None:
        self.message = None


class _QuitAfterFirstPaint(QObject):
    """Closes the window (then the app quits) after its first paint; see ``QUIT_AFTER_START``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched.window().close)  # once this paint is done
        return False


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the desktop entry (and its icon) by this
    return app  # its window icon comes with the first window that needs it (kit/app_icon.py)


def apply_preferences(settings: QSettings | None = None) -> tuple[str, str]:
    """The interface's language and colours from Settings → About you (the system's by default); returns them.

    The language is installed before the window's modules are imported: their texts are translated as
    they load (a change applies from the next start). The colour scheme can change at any time.
    """
    settings = settings if settings is not None else gui_settings()
    chosen, scheme = settings.value(LANGUAGE_KEY), settings.value(SCHEME_KEY)
    language = language_for(chosen if isinstance(chosen, str) else None)
    i18n.install(language)
    # the system's scheme as the last start saw it: asking Qt now would build the Qt namespace before the first paint
    return language, apply_scheme(scheme if isinstance(scheme, str) else None, remembered_system_dark(settings))


def _tell(kind: QMessageBox.Icon, text: str, detail: str = "") -> None:
    """A message before the window exists (blocking: there is nothing else to do meanwhile)."""
    from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)
    from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

    give_app_icon()
    box = QMessageBox(kind, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def open_session(
    url: str,
    *,
    now: datetime,
    encrypt: bool | None = None,
    recovery_key: str | None = None,
    mounts: str | None = None,
    found: Look | None = None,
) -> Session | int:
    """Open the database for the app (the dialogs of ``start`` included); an exit code when it does not open.

    A wrong key asks again (with the reason) until the key fits or the person quits (exit code
    4, nothing written). Another Rebound holding the database is said plainly. ``found``: the lock and the
    clean-exit mark, taken and read before the window's modules loaded (core/first_look.py).
    """
    from desktop.core import startup  # lazy: see the imports
    from desktop.store.database import WrongKey

    prompt = SecretPrompt()
    given = recovery_key
    while True:
        prompt.new_attempt()
        lock, clean = (found.lock, found.clean) if found is not None else (None, None)
        try:
            started = startup.start(url, now=now, ask_secret=prompt, recovery_key=given, encrypt=encrypt,
                                    backup=False, mounts=mounts, lock=lock, clean=clean)  # fmt: skip
        except AlreadyRunning as error:
            from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

            _tell(QMessageBox.Icon.Information, tr(ALREADY_RUNNING), tr(ALREADY_RUNNING_DETAIL))
            return error.exit_code
        except WrongKey:
            if prompt.cancelled:
                return DATABASE_EXIT_CODE  # the person chose to quit; the file was not touched
            prompt.error, given = tr(WRONG_KEY), None
            continue
        except InputError as error:
            if given is None:
                raise
            prompt.error, given = (
                tr("The recovery key given at the start does not fit: {error}.").format(error=error),
                None,
            )
            continue
        except ReboundError as error:
            if prompt.cancelled:
                return DATABASE_EXIT_CODE  # no passphrase for a new database: nothing was created
            from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

            _tell(QMessageBox.Icon.Critical, tr("Rebound cannot open its database.\n\n{error}").format(error=error))
            return DATABASE_EXIT_CODE
        if started.status == "damaged" and not started.read_only:
            if not _restore_before_start(url, started):
                return DATABASE_EXIT_CODE
            found = None  # the restored file: its lock is taken again, and it is checked
            continue  # restored: open it as usual
        break
    unlocked = started.unlocked
    if started.recovery_key:
        from desktop.gui.dialogs.unlock import RecoveryKeyDialog  # lazy: only a new encrypted database shows it

        give_app_icon()
        RecoveryKeyDialog(started.recovery_key).exec()
    return Session(
        url,
        lock=started.lock,
        key_source=unlocked.key_source if unlocked is not None else None,
        read_only=started.read_only,
        problems=started.problems,
        warnings=started.warnings,
        notes=_notes(started),
    )


def _notes(started: Started) -> list[str]:
    """What the status bar says once the window shows: how the database opened (a new one, a recovery key)."""
    unlocked = started.unlocked
    if unlocked is None:
        return []
    notes = []
    if not started.recovery_key and unlocked.created and unlocked.encrypted:
        notes.append(tr("Created an encrypted database; it opens with your passphrase."))
    notes += [_sentence(note) for note in unlocked.notes]
    if unlocked.key_source == "recovery key" and not unlocked.notes:
        notes.append(tr("The recovery key opened the database."))
    return notes


def _open_after_paint(session: Session, *, now: datetime, clean: bool | None, mounts: str | None) -> bool:
    """The opening of a session whose window painted its first frame without the store (core/first_look.py).

    The full start with the lock and the clean-exit mark the first look took: what it finds is what the first
    frame showed, unless something changed the file in the moment between. A damaged file opens read-only, with
    its banner, as at any start; a file that does not open at all is said, and the app quits (exit code 4; the
    session marks no clean exit; the next start checks the file and offers its backups). Nothing here asks for a
    passphrase: the file was plain a moment ago, and a dialog's event loop would run the window's next steps
    before the database is open."""
    from desktop.core import startup  # lazy: the store loads here, after the first paint
    from desktop.store.errors import classify, is_database_error

    try:
        started = startup.start(session.url, now=now, ask_secret=None, lock=session.lock, clean=clean,
                                backup=False, mounts=mounts)  # fmt: skip
    except ReboundError as error:
        _cannot_open(error)
        return False
    except Exception as error:  # a fault no layer named (a full disk at the first write): named, as the CLI does
        log.error("the database did not open after the first paint", exc_info=not is_database_error(error))
        _cannot_open(classify(error, session.path) if is_database_error(error) else type(error).__name__)
        return False
    if started.status == "damaged" and not started.read_only:
        _cannot_open(started.problems[0] if started.problems else tr("it cannot be read"))
        return False
    if started.status == "damaged":
        session.opened_damaged(started.problems)
    for note in _notes(started):
        session.message.emit(note)
    return True


def _cannot_open(error: object) -> None:
    from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

    _tell(QMessageBox.Icon.Critical, tr("Rebound cannot open its database.\n\n{error}").format(error=error))
    QApplication.exit(DATABASE_EXIT_CODE)


def _restore_before_start(url: str, started: Started) -> bool:
    """A database too damaged to open even read-only: offer its backups; True when one was restored."""
    from PySide6.QtCore import QEventLoop  # lazy: only a damaged file
    from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

    from desktop.gui.dialogs.restore import RestoreDialog  # lazy: only a database too damaged to read needs it

    give_app_icon()
    session = Session(url, lock=started.lock)
    problem = started.problems[0] if started.problems else tr("it cannot be read")
    try:
        dialog = RestoreDialog(session)
        dialog.intro.setText(
            tr(
                "Rebound cannot open the database: it is damaged ({problem}). Nothing was repaired or changed. "
                "Restore a backup to go on; the damaged file is kept beside it."
            ).format(problem=problem)
        )
        chosen: list[tuple[Path, str | None]] = []
        dialog.chosen.connect(lambda source, key: chosen.append((source, key)))
        if dialog.exec() != QDialog.DialogCode.Accepted or not chosen:
            return False
        outcome: list[str] = []
        session.done.connect(outcome.append)
        session.failed.connect(lambda text: outcome.append("failed: " + text))
        loop = QEventLoop()
        session.busy_changed.connect(lambda busy: None if busy else loop.quit())
        progress = QProgressDialog(tr("Restoring the backup…"), "", 0, 0)
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        progress.show()
        if session.restore(*chosen[0]) is None:
            progress.close()
            return False
        loop.exec()
        progress.close()
        if not outcome or outcome[0].startswith("failed: "):
            _tell(QMessageBox.Icon.Critical, tr("The backup was not restored."), outcome[0][8:] if outcome else "")
            return False
        return True
    finally:
        from desktop.store.database import close_database  # lazy: see the imports (loaded: the start opened it)

        close_database()
        session.release()  # start() takes the lock again


def launch(
    url: str,
    *,
    encrypt: bool | None = None,
    recovery_key: str | None = None,
    settings: QSettings | None = None,
    clock: Callable[[], datetime] = datetime.now,
    mounts: str | None = None,
    remembered: bool = False,
    found: Look | None = None,
) -> MainWindow | int:
    """Open the database (with its dialogs) and show the main window; an exit code when it does not open.

    ``remembered``: ``url`` is the team server Settings → Database chose; when it does not open, the local file is
    offered instead. ``found``: the first look at the database (core/first_look.py), taken before the window's
    modules loaded; when it allows, a window opening on People paints its first frame before the store loads."""
    now = clock()
    frame = _first_frame(found, settings, mounts) if found is not None and recovery_key is None else None
    if found is not None and frame is not None:
        from desktop.gui.main_window import MainWindow  # lazy: with the window's modules (``_first_frame``)

        clean = found.clean
        first = Session(
            url,
            lock=found.lock,
            warnings=frame.warnings,
            opening=lambda opening: _open_after_paint(opening, now=now, clean=clean, mounts=mounts),
        )
        window = MainWindow(settings=settings, clock=clock, session=first, first_frame=frame)
        window.show()
        FirstPaint(window, lambda: _after_first_paint(window, now))  # the database opens first there
        return window
    session = open_session(url, now=now, encrypt=encrypt, recovery_key=recovery_key, mounts=mounts, found=found)
    if session == DATABASE_EXIT_CODE and remembered:
        local_url = _local_file_instead(settings if settings is not None else gui_settings())
        if local_url is not None:
            url = local_url
            session = open_session(url, now=now, encrypt=encrypt, mounts=mounts)
    if isinstance(session, int):
        return session
    # lazy: the window's modules load once the database is open (a passphrase prompt appears sooner)
    from desktop.gui.main_window import MainWindow

    window = MainWindow(settings=settings, clock=clock, session=session)
    window.show()
    for note in session.notes:
        window.statusBar().showMessage(note, 10_000)
    # the day's backup once the window has painted: its worker would compete with the first paint for the interpreter
    FirstPaint(window, lambda: _after_first_paint(window, now))
    return window


def _first_frame(found: Look, settings: QSettings | None, mounts: str | None) -> FirstFrame | None:
    """The People page's first frame read without the store, when the window opens on People and the look allows."""
    if not found.ready:
        return None
    from desktop.gui import main_window  # lazy: the window's modules load once the database is known to open

    settings = settings if settings is not None else gui_settings()
    if remembered_page(settings, main_window.PAGE_COUNT, main_window.TODAY_ROW) != main_window.PEOPLE_ROW:
        return None
    from desktop.gui.people.model import PeopleModel  # lazy: with the window's modules (the page it opens on)

    return first_look.first_frame(found, limit=PeopleModel.WINDOW, mounts=mounts)


def _after_first_paint(window: MainWindow, now: datetime) -> None:
    if not window.open_database():  # (the window's own first step opens it too, whichever runs first)
        return
    give_app_icon()
    check_system_scheme(window.settings)  # the system's scheme, asked now (kit/scheme.py)
    gc_pause.resume()  # the start is over: the collector runs as usual again
    deferred_imports.load()  # here, before a worker reads them
    window.session.daily_backup(now)


def _local_file_instead(settings: QSettings) -> str | None:
    """The team server Settings → Database chose did not open: offer the local file (its URL, None: quit)."""
    local = settings.value(LOCAL_URL_KEY)
    local_url = local if isinstance(local, str) and local else f"sqlite:///{default_database_path()}"
    from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)
    from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                      tr("Work on your local file {path} instead? Settings → Database takes you back to the team "
                         "server.").format(path=local_url.removeprefix("sqlite:///")),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return None
    settings.remove(DATABASE_URL_KEY)
    return local_url


def run(
    database_url: str,
    *,
    encrypt: bool | None = None,
    recovery_key: str | None = None,
    remembered: bool = False,
    found: Look | None = None,
) -> int:
    """Open the database named by ``database_url`` and run the desktop app; returns the exit code.

    ``encrypt=False`` creates a new database unencrypted (``--no-encryption``); ``recovery_key``
    opens an encrypted one whose key is not in the keyring (``--recovery-key``). ``remembered``: the URL is the
    team server Settings → Database chose; when it does not open, the local file is offered instead.
    """
    app = make_application()
    settings = gui_settings()  # one reading of the file for the preferences and the window
    apply_preferences(settings)
    reporter = ErrorReporter(app)
    reporter.install()
    window: MainWindow | int | None = None
    try:
        window = launch(database_url, encrypt=encrypt, recovery_key=recovery_key, remembered=remembered,
                        settings=settings, found=found)  # fmt: skip
        if isinstance(window, int):
            return window
        if os.environ.get(QUIT_AFTER_START) == "1":
            quitter = _QuitAfterFirstPaint(window)
            window.installEventFilter(quitter)
        return int(app.exec())
    finally:
        gc_pause.resume()  # a start that ended before its window painted
        reporter.uninstall()
        shown = window if window is not None and not isinstance(window, int) else None
        if shown is not None:
            shown.runner.wait()
            shown.ops.wait()  # the last writes reach the database before it closes
            shown.session.runner.wait()
        store = sys.modules.get("desktop.store.database")  # (not loaded: the database never opened)
        if store is not None:
            store.close_database()
        if shown is not None:
            shown.session.release(clean=True)
