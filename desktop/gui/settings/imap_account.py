"""Settings → Mail, the reading half: the IMAP account Rebound fetches mail from, and "Sync now".

Host, port, TLS mode, user, folders, headers only and the daily sync go to the settings file
(``imap.save_account``); the password goes only to the system keyring, in a worker, and is never shown
again. There is no unencrypted mode. "Sync now" runs the saved account's sync on the database executor
(``services/mail_sync.py``) with a progress bar and Cancel; what it logged is broadcast to every page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Written
from desktop.errors import ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, muted
from desktop.gui.services.mail_sync import outcome, sync_job
from desktop.gui.services.ops import Ops
from desktop.gui.services.session import Session
from desktop.gui.services.workers import Task
from desktop.interop.mail import imap


class ImapAccountBox(QGroupBox):
    message = Signal(str)

    def __init__(self, session: Session, ops: Ops, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(tr("Reading mail (IMAP)"), parent)
        self.session = session
        self.ops = ops
        self.today = today
        self.task: Task | None = None  # a save of the password or a sync under way
        intro = PlainLabel(
            tr(
                "Rebound can read the mail you exchange with the people in it from your mail account: it opens the "
                "folders read-only, never marks, moves or deletes a message, and keeps only mail with somebody "
                "of Rebound in it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("imap.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(imap.DEFAULT_PORTS["ssl"])
        self.port.setMaximumWidth(120)
        self.security = QComboBox(self)
        self.security.addItem(tr("SSL/TLS (usually port 993)"), userData="ssl")
        self.security.addItem(tr("STARTTLS (usually port 143)"), userData="starttls")
        self._security = "ssl"
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(tr("Usually your e-mail address"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("Not stored yet"))
        self.inbox = QCheckBox(tr("Inbox"), self)
        self.sent = QCheckBox(tr("Sent (the folder your server marks as Sent)"), self)
        self.other_folders = QLineEdit(self)
        self.other_folders.setPlaceholderText(tr("More folders, separated by commas (optional)"))
        self.headers_only = QCheckBox(tr("Headers only: who, when and the subject, no message text"), self)
        self.daily = QCheckBox(tr("Fetch new mail once a day while Rebound runs"), self)
        folders = QVBoxLayout()
        folders.setSpacing(SPACING // 2)
        for widget in (self.inbox, self.sent, self.other_folders):
            folders.addWidget(widget)
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: tuple[tuple[str, QWidget], ...] = (
            (tr("IMAP server:"), self.host),
            (tr("Port:"), self.port),
            (tr("Security:"), self.security),
            (tr("User name:"), self.user),
            (tr("Password:"), self.password),
        )
        for label, field in rows:
            name = PlainLabel(label, self)
            name.setBuddy(field)
            field.setAccessibleName(label.rstrip(":"))
            form.addRow(name, field)
        form.addRow(PlainLabel(tr("Folders:"), self), folders)
        form.addRow("", self.headers_only)
        form.addRow("", self.daily)
        note = muted(PlainLabel(tr("The password is kept in the system keyring only, never shown again."), self))
        note.setWordWrap(True)
        form.addRow("", note)
        self.save_button = QPushButton(icon("done"), tr("Save account"), self)
        self.save_button.clicked.connect(self.save)
        self.sync_button = QPushButton(icon("email"), tr("Sync now"), self)
        self.sync_button.setToolTip(tr("Fetch the messages that are new since the last sync"))
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.status = PlainLabel("", self, selectable=True)
        self.status.setWordWrap(True)
        self.error = InlineError(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        for button in (self.save_button, self.sync_button, self.progress, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.load()

    # -- the fields -------------------------------------------------------------------------
    def load(self) -> None:
        saved = imap.load_account()
        self._saved = saved
        account = saved or imap.ImapAccount(host="", user="")
        self.host.setText(account.host)
        self.security.setCurrentIndex(max(self.security.findData(account.security), 0))
        self.port.setValue(int(account.port))
        self.user.setText(account.user)
        self.inbox.setChecked(imap.INBOX in account.folders)
        self.sent.setChecked(imap.SENT in account.folders)
        others = [f for f in account.folders if f not in (imap.INBOX, imap.SENT)]
        self.other_folders.setText(", ".join(others))
        self.headers_only.setChecked(account.headers_only)
        self.daily.setChecked(account.daily)
        self.password.clear()

    def account(self) -> imap.ImapAccount:
        """The account the fields describe (not saved yet)."""
        folders = [imap.INBOX] if self.inbox.isChecked() else []
        folders += [imap.SENT] if self.sent.isChecked() else []
        folders += [f.strip() for f in self.other_folders.text().split(",") if f.strip() and f.strip() not in folders]
        return imap.ImapAccount(
            host=self.host.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            folders=tuple(folders),
            headers_only=self.headers_only.isChecked(),
            daily=self.daily.isChecked(),
            timeout=self._saved.timeout if self._saved is not None else imap.DEFAULT_TIMEOUT,
        )

    def is_dirty(self) -> bool:
        if self.password.text():
            return True
        if self._saved is None:
            return bool(self.host.text().strip() or self.user.text().strip())
        return self.account() != self._saved

    def _security_changed(self, _index: int) -> None:
        new = self.security.currentData()
        if self.port.value() == imap.DEFAULT_PORTS.get(self._security):
            self.port.setValue(imap.DEFAULT_PORTS[new])
        self._security = new

    # -- save -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the account (its password to the keyring, in a worker); False, with the reason, when it does not fit."""
        if self.task is not None:
            return False
        account = self.account()
        try:
            imap.save_account(account)
        except ReboundError as error:
            self.error.show_message(tr("Not saved: {reason}").format(reason=sentence(str(error))))
            return False
        self._saved = account
        self.error.clear()
        password = self.password.text()
        self.password.clear()
        if not password:
            self._said(tr("The mail account is saved."))
            return True
        task = Task(lambda _task: imap.save_password(account, password))
        task.signals.succeeded.connect(self._password_saved)
        task.signals.failed.connect(self._password_failed)
        self._running(task, tr("Saving the password in the system keyring…"))
        self.session.runner.start(task)
        return True

    @Slot(object)
    def _password_saved(self, _result: object) -> None:
        self.password.setPlaceholderText(tr("Stored in the system keyring; type a new one to replace it"))
        self._said(tr("The mail account is saved; the password is in the system keyring."))

    @Slot(str)
    def _password_failed(self, reason: str) -> None:
        self.error.show_message(
            tr("The account is saved, but not the password: {reason} Rebound never writes it to a file.").format(
                reason=sentence(reason)
            )
        )

    # -- sync -------------------------------------------------------------------------------
    def sync_now(self) -> Task | None:
        """Fetch what is new in the saved account, on the database executor, with progress and Cancel."""
        if self.task is not None:
            return None
        if self._saved is None or self.is_dirty():
            self.error.show_message(tr("Save the account first: Sync now reads the saved account."))
            return None
        task = self.ops.run_task(sync_job(self.today(), self._saved), self._synced, self._sync_failed)
        task.signals.progress.connect(self._progress)
        self.progress.setRange(0, 0)
        self.cancel_button.show()
        self._running(task, tr("Fetching new mail…"))
        return task

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(tr("Fetching new mail: {done} of {total}…").format(done=done, total=total))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(tr("Stopping after the messages being written…"))

    def _synced(self, written: Written[imap.SyncReport | None]) -> None:
        self._said(outcome(written.value))

    def _sync_failed(self, reason: str) -> None:
        self.error.show_message(tr("Mail was not fetched: {reason}").format(reason=sentence(reason)))

    # -- running ----------------------------------------------------------------------------
    def _running(self, task: Task, busy_text: str) -> None:
        self.task = task
        self.error.clear()
        self.status.setText(busy_text)
        self.progress.show()
        self.save_button.setEnabled(False)
        self.sync_button.setEnabled(False)
        task.signals.finished.connect(self._finished)
        if task.done:  # it ended before the connection was made (the executor had started it)
            self._finished()

    @Slot()
    def _finished(self) -> None:
        if self.task is None:
            return
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        if self.status.text().endswith("…"):
            self.status.clear()
        self.save_button.setEnabled(True)
        self.sync_button.setEnabled(True)

    def _said(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)
