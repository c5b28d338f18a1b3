"""The open database of a running window: where it is, how it opened, and the work that replaces it.

Encrypting, changing the key and restoring a backup replace the database file. The GUI
thread's connection is closed first, the work runs in a worker (the core functions close and
open the database themselves), and afterwards — whether it worked or not — the database is
opened again in the GUI thread with the key it now has (the keyring's, or a passphrase this
session knows). ``reopened`` then tells the window to read everything again. Only one such
job runs at a time, and none while other work (an import, the engine's build, a send) uses
the database. Backups and the keyring check run in workers too; the GUI thread never waits.

The session also holds the single-instance lock for as long as the app runs (``release``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop import secrets
from desktop.config import sqlite_path
from desktop.core.instance import InstanceLock, mark_clean_exit
from desktop.errors import DatabaseProblem, ReboundError
from desktop.gui.kit.banners import Banner, BannerArea
from desktop.gui.kit.formatting import format_datetime
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.services.workers import Task, TaskRunner

# The store and the key's modules load when first used: a window whose first frame was read without them
# (core/first_look.py) paints before they load, and its session opens the database right after that paint.
if TYPE_CHECKING:
    from desktop.core import rekey, unlock

DAMAGED_BANNER = "damaged"
LOCATION_BANNER = "location"
BACKUP_BANNER = "backup"
WAIT_MS, WAIT_TRIES = 200, 50  # a restore waits up to 10 s for the work under way on the database (a save)


class Outcome(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """How a job that replaced the database ended (handed to the GUI thread)."""

    text: str  # what to tell the person
    recovery_key: str | None = None  # a new recovery key: show it once
    key_source: unlock.KeySource | None = None


def backup_label(path: Path) -> str:
    """``2 Mar 2026, 10:30`` for an automatic backup (its file name otherwise)."""
    from desktop.store import maintenance  # lazy: see the imports

    when = maintenance.backup_time(path)
    return format_datetime(when) if when is not None else path.name


def _encrypted(url: str, ask: unlock.AskSecret) -> Outcome:
    """The work of ``Session.encrypt``: encrypt the plain database, say where its key is kept."""
    from desktop.core import rekey  # lazy: how the key is kept or changed is not needed to start

    done = rekey.encrypt_database(url, ask_secret=ask)
    source = done.key_source
    text = tr("The database is encrypted") + (
        tr("; its key is in the system keyring.") if source == "keyring" else tr("; it opens with your passphrase.")
    )
    return Outcome(text, done.recovery_key, source)


def _rotated(url: str, ask: unlock.AskSecret) -> Outcome:
    """The work of ``Session.rotate``: a new key (or passphrase), and what no longer opens the database."""
    from desktop.core import rekey  # lazy: how the key is kept or changed is not needed to start

    done = rekey.rotate_key(url, ask_secret=ask, ask_new_secret=ask)
    if done.key_source == "keyring":
        text = tr("The database has a new key, in the system keyring. The old recovery key no longer opens it.")
    else:
        text = tr("The database has a new passphrase. The old one no longer opens it.")
    return Outcome(text, done.recovery_key, done.key_source)


def current_secret() -> str | None:
    """What opens the open database again: its passphrase, or the recovery key of its raw key (None: plain)."""
    from desktop.core import unlock  # lazy: see the imports
    from desktop.store import encryption

    key = unlock.current_key()
    if key is None:
        return None
    if not key.is_raw:
        return key.passphrase
    return encryption.recovery_code(key)


def _open_database() -> tuple[str, unlock.KeySource | None, bool]:
    """The URL, key source and read-only state of the database opened elsewhere."""
    from desktop.core import unlock  # lazy: see the imports
    from desktop.store.models import DB

    db = DB.obj
    path = Path(db.database) if db is not None and isinstance(getattr(db, "database", None), str) else None
    key = unlock.current_key() if db is not None else None
    source: unlock.KeySource | None = None if key is None else ("keyring" if key.is_raw else "passphrase")
    return (f"sqlite:///{path}" if path else "", source, bool(getattr(db, "read_only", False)))


def _close_database() -> None:
    from desktop.store.database import close_database  # lazy: see the imports

    close_database()


class Session(QObject):
    busy_changed = Signal(bool)
    message = Signal(str)  # a line for the status bar
    failed = Signal(str)  # a job did not work: the reason (nothing was changed unless it says so)
    crashed = Signal(str)  # an unexpected error: a report
    done = Signal(str)  # a job worked: what happened
    recovery_key_made = Signal(str)  # a new recovery key, to show once
    reopened = Signal()  # the database was opened again, maybe replaced: read everything again
    changed = Signal()  # encryption, backups or read-only state changed
    keyring_checked = Signal(object)  # why no secret can be kept in the keyring (str), or None
    restore_requested = Signal()  # the person asked to restore a backup (the damaged-database banner)

    def __init__(
        self,
        url: str,
        *,
        lock: InstanceLock | None = None,
        key_source: unlock.KeySource | None = None,
        read_only: bool = False,
        problems: list[str] | None = None,
        warnings: list[str] | None = None,
        notes: list[str] | None = None,
        parent: QObject | None = None,
        opening: Callable[[Session], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._opening = opening  # the database's opening, left until after the window's first paint
        self._opened = opening is None
        self.url = url
        self.path: Path | None = sqlite_path(url)
        self.lock = lock
        self.key_source = key_source
        self.read_only = read_only
        self.problems = list(problems or [])
        self.warnings = list(warnings or [])
        self.notes = list(notes or [])  # said once in the status bar when the window shows
        self.keyring_problem: str | None = None
        self.keyring_known = False
        self.runner = TaskRunner(self)
        self.banners: BannerArea | None = None  # where this session's banners show (see ``attach``)
        self._task: Task | None = None
        self._keyring_task: Task | None = None
        self.daily = DailyBackup(self)
        self._answer: str | None = None  # what opens the database after the job
        self._busy_text = ""
        self._reopen_after = False
        self._fallback: tuple[str, Path | None, InstanceLock | None, str | None] | None = None  # a switch's way back
        self._file_secret: str | None = None  # what opens the local file again after a time on a team server
        self.others_busy: Callable[[], bool] = lambda: False
        self.may_leave: Callable[[], bool] = lambda: True  # asked before a switch or a restore: Save/Discard/Cancel

    @classmethod
    def of_open_database(cls, parent: QObject | None = None) -> Session:
        """The session of a database opened elsewhere (tests, tools): no lock of its own."""
        url, source, read_only = _open_database()
        return cls(url, key_source=source, read_only=read_only, parent=parent)

    # -- state ------------------------------------------------------------------------------
    @property
    def opened(self) -> bool:
        """Whether the database is open: a window whose first frame was read without the store (core/first_look.py)
        paints first, and its session opens the database right after (``finish_opening``)."""
        return self._opened

    def finish_opening(self) -> bool:
        """Open the database now, if this session left its opening for after the first paint (tried once); whether
        it is open. When it did not open, nothing of it may be used (the app quits)."""
        opening, self._opening = self._opening, None
        if opening is not None:
            self._opened = opening(self)
        return self._opened

    def opened_damaged(self, problems: list[str]) -> None:
        """The opening after the first paint found the database damaged: it is open read-only (with its banner)."""
        self.read_only, self.problems = True, list(problems)
        self._show_damaged()
        self.changed.emit()

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def replacing(self) -> bool:
        """A job that replaces the database runs: nothing else may touch it until it is open again."""
        return self._task is not None and self._reopen_after

    @property
    def busy_text(self) -> str:
        return self._busy_text if self.busy else ""

    def encryption(self) -> rekey.EncryptionStatus:
        from desktop.core import rekey  # lazy: how the key is kept or changed is not needed to start

        return rekey.encryption_status(self.path, self.key_source)

    def backups(self) -> list[Path]:
        from desktop.core import backups  # lazy: the backups (and erasures) are not needed before the first paint

        return backups.list_backups(self.path) if self.path is not None else []

    def backup_folder(self) -> Path | None:
        return self.path.parent / "backups" if self.path is not None else None

    def blocked(self) -> str | None:
        """Why a job cannot start now (None when it can)."""
        if self.path is None:
            return tr("this works on a database file only")
        if self.daily.task is not None:
            return tr("Rebound is taking today’s backup. Try again in a moment.")
        if self._task is not None:
            return tr("Rebound is busy: {lower}{value} Try again when it is done.").format(
                lower=self._busy_text[:1].lower(), value=self._busy_text[1:]
            )
        if self.others_busy():
            return tr("Rebound is still working on something else. Try again in a moment.")
        return None

    def release(self, clean: bool = False) -> None:
        """Let go of the single-instance lock (when the app quits; ``clean``: the database was closed normally).

        The clean-exit mark is written only for a database this session opened (one that did not open after the
        first paint is checked in full at the next start)."""
        if self.lock is not None:
            if clean and self.lock.held and not self.read_only and self._opened:
                mark_clean_exit(self.lock.database)
            self.lock.release()

    # -- the window ---------------------------------------------------------------------------
    def attach(self, banners: BannerArea, others_busy: Callable[[], bool]) -> None:
        """Show this session's banners in ``banners``; ``others_busy`` tells whether other work uses the database."""
        self.banners = banners
        self.others_busy = others_busy
        if self.warnings:
            banners.add(Banner(LOCATION_BANNER, "\n\n".join(self.warnings)))
        self._show_damaged()

    def _show_damaged(self) -> None:
        if self.banners is None:
            return
        if not self.read_only:
            self.banners.remove(DAMAGED_BANNER)
            return
        problem = self.problems[0] if self.problems else tr("its check failed")
        text = tr(
            "This database is damaged ({problem}). Rebound opened it read-only: you can look, but nothing can "
            "be changed, and nothing was repaired. Restore a backup to work with it again."
        ).format(problem=problem)
        banner = Banner(DAMAGED_BANNER, text, tr("Restore a backup…"), closable=False)
        banner.action_requested.connect(self.restore_requested)
        self.banners.add(banner)

    # -- the keyring ------------------------------------------------------------------------
    def check_keyring(self) -> None:
        """Find out (in a worker: a keyring may hang) whether secrets can be kept; ``keyring_checked`` tells."""
        if self._keyring_task is not None:
            return
        task = Task(lambda _task: secrets.keyring_problem())
        task.signals.succeeded.connect(self._keyring_result)
        task.signals.failed.connect(self._keyring_result)
        task.signals.finished.connect(self._keyring_finished)
        self._keyring_task = task
        self.runner.start(task)

    @Slot(object)
    def _keyring_result(self, problem: object) -> None:
        self.keyring_problem = str(problem) if problem else None
        self.keyring_known = True
        self.keyring_checked.emit(self.keyring_problem)

    @Slot()
    def _keyring_finished(self) -> None:
        self._keyring_task = None

    # -- backups (the database stays open) --------------------------------------------------
    def daily_backup(self, now: datetime) -> Task | None:
        """The day's automatic backup, at start, in a worker (none of a damaged database)."""
        return self.daily.start(now)

    def back_up_now(self) -> Task | None:
        reason = self.blocked() or (tr("the database is damaged; restore a backup instead") if self.read_only else None)
        if reason is not None:
            self.failed.emit(tr("Not backed up: {reason}").format(reason=reason))
            return None
        from desktop.store import maintenance  # lazy: see the imports

        return self._start(tr("Backing up…"), lambda _task: maintenance.backup(), self._backed_up, reopen=False)

    def _backed_up(self, result: object) -> str:
        assert isinstance(result, Path)
        return tr("Backed up ({backup_label}): {result}").format(backup_label=backup_label(result), result=result)

    # -- jobs that replace the database -----------------------------------------------------
    def encrypt(self, new_passphrase: str | None = None) -> Task | None:
        """Encrypt the plain database; its key goes to the keyring (else ``new_passphrase`` is its key)."""
        url = self.url
        ask = _answers(new=new_passphrase)

        return self.replace(tr("Encrypting the database…"), lambda _task: _encrypted(url, ask), tr("Not encrypted"),
                            answer=new_passphrase)  # fmt: skip

    def rotate(self, new_passphrase: str | None = None) -> Task | None:
        """Give the database a new key and recovery key (a new passphrase without a keyring)."""
        url = self.url
        current = current_secret()
        ask = _answers(open=current, new=new_passphrase)

        return self.replace(
            tr("Changing the key…"), lambda _task: _rotated(url, ask), tr("The key was not changed"),
            answer=new_passphrase or current,
        )  # fmt: skip

    def restore(self, source: Path, key_text: str | None = None) -> Task | None:
        """Replace the database with the backup ``source`` (``key_text`` opens a backup made with another key)."""
        url, damaged = self.url, self.read_only
        current = current_secret()
        ask = _answers(open=key_text or current)

        def job(_task: Task) -> Outcome:
            from desktop.core import backups  # lazy: the backups (and erasures) are not needed before the first paint

            done = backups.restore_backup(url, source, ask_secret=ask)
            text = tr("Restored the backup of {backup_label}.").format(backup_label=backup_label(source))
            if damaged and done.safety is not None:
                text += tr(" The damaged database is kept in {safety}.").format(safety=done.safety)
            elif done.safety is not None:
                text += tr(" The database as it was is kept in {safety}.").format(safety=done.safety)
            if done.erased_again:
                count = done.erased_again
                text += " " + tr_n(
                    "%n person you had erased stayed erased.", count, "%n people you had erased stayed erased."
                )
            for note in done.notes:
                text += f" {note[:1].upper()}{note[1:]}."
            return Outcome(text)

        busy = tr("Restoring the backup of {backup_label}…").format(backup_label=backup_label(source))
        return self.replace(busy, job, tr("Nothing was restored"), answer=current or key_text)

    def replace(self, busy_text: str, job: Callable[[Task], Outcome], failure: str, answer: str | None) -> Task | None:
        reason = self.blocked()
        if reason is not None:
            self.failed.emit(f"{failure}: {reason}")
            return None
        self._answer = answer
        _close_database()  # this thread's connection; the job opens and closes its own
        return self._start(busy_text, job, self._replaced, reopen=True, failure=failure)

    def _replaced(self, result: object) -> str:
        assert isinstance(result, Outcome)
        if result.key_source is not None:
            self.key_source = result.key_source
        if result.recovery_key:
            self.recovery_key_made.emit(result.recovery_key)
        return result.text

    # -- another database: a team server, or back to the local file ------------------------
    def switch_to(self, url: str, busy_text: str, done_text: str, failure: str) -> Task | None:
        """Work on the database at ``url`` from now on: opened (its schema made or migrated) in a worker, then
        here; ``reopened`` tells the window. On a server the local file's lock is let go; when it does not open,
        the database before stays open (and locked) as it was."""
        if self.daily.task is not None or self._task is not None or self.others_busy():
            self.failed.emit(tr("{failure}: Rebound is still working on something. Try again in a moment.")
                             .format(failure=failure))  # fmt: skip
            return None
        path, lock = sqlite_path(url), self.lock
        if path is not None and (lock is None or lock.database != path):
            try:
                lock = InstanceLock(path).acquire()
            except DatabaseProblem as error:
                self.failed.emit(f"{failure}: {error}")
                return None
        old_secret = current_secret() if self.path is not None else None
        self._file_secret = old_secret if self.path is not None else self._file_secret
        self._fallback = (self.url, self.path, self.lock, old_secret)
        self.url, self.path, self.lock = url, path, lock
        answer = self._answer = self._file_secret if path is not None else None
        _close_database()  # this thread's connection; the worker opens the new database, then this thread again

        def job(_task: Task) -> Outcome:
            from desktop.core import unlock  # lazy: see the imports

            unlocked = unlock.open_unlocked(url, ask_secret=_answers(open=answer))
            return Outcome(done_text, key_source=unlocked.key_source)

        return self._start(busy_text, job, self._replaced, reopen=True, failure=failure)

    def _settle_switch(self, worked: bool) -> None:
        """After a switch: let go of the lock no longer needed (the old file's, or the new one's that failed)."""
        if self._fallback is None:
            return
        old_url, old_path, old_lock, old_secret = self._fallback
        self._fallback = None
        if not worked:
            if self.lock is not None and self.lock is not old_lock:
                self.lock.release()
            self.url, self.path, self.lock, self._answer = old_url, old_path, old_lock, old_secret
        elif old_lock is not None and old_lock is not self.lock:
            old_lock.release()

    # -- running a job ----------------------------------------------------------------------
    def _start(
        self,
        busy_text: str,
        job: Callable[[Task], object],
        describe: Callable[[object], str],
        *,
        reopen: bool,
        failure: str = "It did not work",
    ) -> Task:
        task = Task(job)
        self._task = task
        self._busy_text = busy_text
        self._describe, self._reopen_after, self._failure = describe, reopen, failure
        task.signals.succeeded.connect(self._job_succeeded)
        task.signals.failed.connect(self._job_failed)
        task.signals.crashed.connect(self._job_crashed)
        task.signals.finished.connect(self._job_finished)
        self.busy_changed.emit(True)
        self.message.emit(busy_text)
        return self.runner.start(task)

    def _open_again(self, worked: bool = True) -> str | None:
        """Open the database in this thread after a job; why it did not open (None when it did).

        After a job that did not work, a damaged database opens read-only again, as before.
        """
        if not self._reopen_after:
            return None
        if not worked:
            self._settle_switch(False)
        answer = self._answer
        read_only = self.read_only and not worked
        from desktop.core import unlock  # lazy: see the imports

        try:
            unlocked = unlock.open_unlocked(self.url, ask_secret=_answers(open=answer), create=False,
                                            read_only=read_only)  # fmt: skip
        except ReboundError as error:
            return str(error)
        if unlocked.key_source is not None or not unlocked.encrypted:
            self.key_source = unlocked.key_source
        if not read_only:
            self.read_only = False
            self.problems = []
        return None

    @Slot(object)
    def _job_succeeded(self, result: object) -> None:
        text = self._describe(result)
        problem = self._open_again()
        if problem is not None and self._fallback is not None:  # the new database: back to the one before
            self._open_again(worked=False)
            self.failed.emit(f"{self._failure}: {problem}")
            return
        self._settle_switch(True)
        if problem is not None:
            self.failed.emit(
                tr("{text} But the database could not be opened again: {problem}. Restart Rebound.").format(
                    text=text, problem=problem
                )
            )
            return
        self.done.emit(text)
        self.message.emit(text)

    @Slot(str)
    def _job_failed(self, reason: str) -> None:
        problem = self._open_again(worked=False)
        text = f"{self._failure}: {reason}"
        if problem is not None:
            text += tr(" The database could not be opened again: {problem}. Restart Rebound.").format(problem=problem)
        self.failed.emit(text)

    @Slot(str)
    def _job_crashed(self, report: str) -> None:
        self._open_again(worked=False)
        self.crashed.emit(report)

    @Slot()
    def _job_finished(self) -> None:
        replaced = self._reopen_after
        self._task = None
        self._answer = None
        self._busy_text = ""
        self.busy_changed.emit(False)
        if replaced:
            self._show_damaged()
            self.reopened.emit()
        self.changed.emit()


class DailyBackup(QObject):
    """The day's automatic backup of a session's database, in a worker; said in the status bar, or in a banner."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self.task: Task | None = None

    def start(self, now: datetime) -> Task | None:
        session = self._session
        if session.read_only or session.path is None or session.busy:
            return None
        from desktop.store import maintenance  # lazy: see the imports

        task = Task(lambda _task: maintenance.daily_backup(now))
        task.signals.succeeded.connect(self._done)
        task.signals.failed.connect(self._failed)
        task.signals.crashed.connect(self._failed)
        task.signals.finished.connect(self._finished)
        self.task = task
        return session.runner.start(task)

    @Slot()
    def _finished(self) -> None:
        self.task = None

    @Slot(object)
    def _done(self, taken: object) -> None:
        if isinstance(taken, Path):
            self._session.message.emit(tr("Today’s backup is saved: {name}").format(name=taken.name))
            self._session.changed.emit()

    @Slot(str)
    def _failed(self, reason: str) -> None:
        reason = reason.strip().splitlines()[-1] if reason.strip() else tr("unknown error")
        text = tr(
            "Today’s automatic backup failed: {reason}. Your data is unchanged; try “Back up now” in Settings."
        ).format(reason=reason)
        if self._session.banners is not None:
            self._session.banners.add(Banner(BACKUP_BANNER, text))
        self._session.message.emit(text)


def _answers(open: str | None = None, new: str | None = None) -> unlock.AskSecret:  # noqa: A002 - the purposes
    """An ``ask_secret`` that answers from what this session knows (workers cannot show a dialog)."""

    def ask(purpose: unlock.Purpose, _path: Path) -> str | None:
        return new if purpose == "new" else open

    return ask


def restore_when_left(session: Session, source: Path, key_text: str | None = None, *, asked: bool = False,
                      tries: int = WAIT_TRIES) -> None:  # fmt: skip
    """Restore the backup ``source`` once an unsaved edit is saved or discarded (``Session.may_leave``; Cancel: nothing
    is restored). A save just chosen is written first: the restore waits up to ``tries`` × ``WAIT_MS`` for it."""
    if not asked and not session.may_leave():
        return
    if session.others_busy() and tries > 0:  # the save just chosen (or a re-plan) is written first
        QTimer.singleShot(WAIT_MS, lambda: restore_when_left(session, source, key_text, asked=True, tries=tries - 1))
        return
    session.restore(source, key_text)
