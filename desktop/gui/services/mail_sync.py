"""The IMAP sync in the app: one job for "Sync now" (Settings → Mail) and for the daily sync while the app runs.

Both run on the one database executor (``services/ops.py``) with progress and cancel, and broadcast what the
sync logged. The daily sync is opt-in (the account's ``daily``): checked when the window opens and every hour
after, it runs when no sync went through to its end today (``imap.last_synced``, read in the worker).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.core.changes import Changes, Written
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.services.ops import Ops
from desktop.gui.services.workers import Task

if TYPE_CHECKING:  # the mail modules load when a sync is due, not with the window
    from desktop.interop.mail import imap

CHECK_MS = 60 * 60 * 1000  # the daily sync looks at the clock every hour
FIRST_CHECK_MS = 10_000  # and first a little after the window opened (not in the way of start-up)


def sync_job(today: date, account: imap.ImapAccount | None = None,
             once_a_day: bool = False) -> Callable[[Task], Written[imap.SyncReport | None]]:  # fmt: skip
    """The sync as an ops job: the saved account (or ``account``), its password from the keyring; with
    ``once_a_day`` nothing happens (None) when a sync already went through today. The job returns the
    report with what it changed (``Written``), which the executor broadcasts."""

    def job(task: Task) -> Written[imap.SyncReport | None]:
        report = _sync(task)
        return Written(report, changes_of(report))

    def _sync(task: Task) -> imap.SyncReport | None:
        # lazy: the mail modules load when a sync runs, not with the window
        from desktop import secrets
        from desktop.interop.mail import imap

        chosen = account or imap.load_account()
        if chosen is None:
            raise imap.ImapError("settings", "no IMAP account is set up")
        if once_a_day and imap.last_synced() == today:
            return None
        try:
            password = imap.stored_password(chosen)
        except secrets.KeyringUnavailable as error:
            raise imap.ImapError("password", f"the IMAP password cannot be read from the keyring: {error}") from None
        if not password:
            raise imap.ImapError("password", f"no password for {chosen.user} at {chosen.host} is stored")
        return imap.sync(chosen, password, importer=imap.pipeline(today), progress=task.report,
                         cancel=lambda: task.cancelled, today=today)  # fmt: skip

    return job


def changes_of(report: imap.SyncReport | None) -> Changes:
    summary = report.summary if report is not None else None
    if summary is None:
        return Changes()
    return Changes(
        people=frozenset(summary.people),
        openings=bool(summary.openings),
        processes=bool(summary.detected),
        suggestion_states=bool(summary.detected),
    )


def outcome(report: imap.SyncReport | None) -> str:
    """One sentence for the status line."""
    if report is None:
        return tr("Mail was already fetched today.")
    summary = report.summary
    created = summary.created if summary is not None else 0
    n = report.fetched
    fetched = tr_n("%n new message fetched", n) if n == 1 else tr_n("%n new messages fetched", n)
    logged = tr_n("%n logged on a timeline", created) if created == 1 else tr_n("%n logged on timelines", created)
    text = tr("{fetched}, {logged}.").format(fetched=fetched, logged=logged)
    if summary is not None and summary.detected:
        text += " " + tr_n("%n recognised as a step of an application (see Today).", len(summary.detected))
    if report.cancelled:
        text = tr("Cancelled; the next sync goes on from there.") + " " + text
    return text


class DailyMailSync(QObject):
    """Syncs the IMAP account once a day while the app runs, when the user asked for it."""

    said = Signal(str)  # what the daily sync did, or why it could not

    def __init__(self, ops: Ops, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.first = QTimer(self)  # a child: gone with this object, never fires into a closed window
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_CHECK_MS)
        self.first.timeout.connect(self.check)
        self.first.start()

    @Slot()
    def check(self) -> Task | None:
        """Start the day's sync when it is due (None when not: switched off, or one is under way)."""
        if self.task is not None:
            return None
        from desktop.interop.mail import imap  # lazy: only once the window is up

        account = imap.load_account()
        if account is None or not account.daily:
            return None
        task = self.ops.run_task(sync_job(self.today(), account, once_a_day=True), self._done, self._failed)
        self.task = task
        task.signals.finished.connect(self._finished)
        if task.done:  # it ended before the connection was made
            self._finished()
        return task

    def _done(self, written: Written[imap.SyncReport | None]) -> None:
        report = written.value
        if report is not None:
            self.said.emit(tr("Daily mail sync: {outcome}").format(outcome=outcome(report)))

    def _failed(self, reason: str) -> None:
        self.said.emit(tr("The daily mail sync did not run: {reason}").format(reason=reason))

    @Slot()
    def _finished(self) -> None:
        self.task = None
