"""Settings → Mail: the SMTP account Rebound sends through, and a test e-mail; below it the IMAP account
Rebound reads mail from (``imap_account.py``).

Host, port, security, user and sender go to the settings file (``desktop.mail.save_account``).
The password goes only to the system keyring (``desktop.mail.save_password``), in a worker;
the field is emptied once it is saved and never shows a stored password again. Without a
keyring the tab says the password cannot be stored — it is never written anywhere else. The
test e-mail goes to the sender's own address, in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import mail, secrets
from desktop.errors import ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, alert, muted
from desktop.gui.services.ops import Ops
from desktop.gui.services.session import Session
from desktop.gui.services.workers import Task
from desktop.gui.settings.imap_account import ImapAccountBox

SECURITY_CHOICES = (
    ("starttls", tr("STARTTLS (usually port 587)")),
    ("ssl", tr("SSL/TLS (usually port 465)")),
    ("none", tr("None: only to this computer (a local bridge)")),
)
INTRO = tr(
    "Rebound can send the e-mails it drafts through your own mail account, and puts what it sent on the "
    "person’s timeline. Your provider’s help pages name the SMTP server; many need an app password."
)
TEST_SUBJECT = tr("Rebound: test e-mail")
TEST_BODY = tr(
    "This e-mail was sent by Rebound to check your mail settings. If you can read it, Rebound can send "
    "the messages it drafts for you.\n"
)
STORED = tr("Stored in the system keyring; type a new one to replace it")
NOT_STORED = tr("Not stored yet")


class MailTab(QScrollArea):
    message = Signal(str)
    idle = Signal()  # no save or test is under way any more

    def __init__(self, session: Session, parent: QWidget | None = None, ops: Ops | None = None,
                 today: Callable[[], date] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self._keyring_problem: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self)
        self.intro = PlainLabel(INTRO, content)
        self.intro.setWordWrap(True)
        self.host = QLineEdit(content)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox(content)
        self.port.setRange(1, 65535)
        self.port.setValue(mail.DEFAULT_PORTS["starttls"])
        self.port.setMaximumWidth(120)
        self.security = QComboBox(content)
        for value, label in SECURITY_CHOICES:
            self.security.addItem(label, value)
        self._security = "starttls"
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(content)
        self.user.setPlaceholderText(tr("Usually your e-mail address"))
        self.sender_address = QLineEdit(content)
        self.sender_address.setPlaceholderText("you@example.com")
        self.password = QLineEdit(content)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(NOT_STORED)
        self.password_note = muted(PlainLabel("", content))
        self.password_note.setWordWrap(True)
        self.keyring_note = alert(PlainLabel("", content))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in (
            (tr("SMTP server:"), self.host),
            (tr("Port:"), self.port),
            (tr("Security:"), self.security),
            (tr("User name:"), self.user),
            (tr("Sender address (From):"), self.sender_address),
            (tr("Password:"), self.password),
        ):
            name = PlainLabel(label, content)
            name.setBuddy(field)
            field.setAccessibleName(label.rstrip(":"))
            form.addRow(name, field)
        form.addRow("", self.password_note)
        form.addRow("", self.keyring_note)

        self.save_button = QPushButton(icon("done"), tr("Save"), content)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(icon("send"), tr("Send test e-mail"), content)
        self.test_button.setToolTip(tr("Send a short e-mail to the sender address with these settings"))
        self.test_button.clicked.connect(self.send_test)
        self.progress = QProgressBar(content)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = PlainLabel("", content, selectable=True)
        self.status.setWordWrap(True)
        self.error = InlineError(content)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.imap: ImapAccountBox | None = None
        if ops is not None:
            self.imap = ImapAccountBox(session, ops, today or date.today, content)
            self.imap.message.connect(self.message)
            layout.addWidget(self.imap)
        layout.addStretch(1)
        self.setWidget(content)

        session.keyring_checked.connect(self._keyring_checked)
        self.load()
        if session.keyring_known:
            self._keyring_checked(session.keyring_problem)
        session.check_keyring()

    # -- the fields -------------------------------------------------------------------------
    def load(self) -> None:
        saved = mail.load_account()
        self._saved = saved
        if saved is not None:
            self.host.setText(saved.host)
            self.security.setCurrentIndex(max(self.security.findData(saved.security), 0))
            self.port.setValue(int(saved.port))
            self.user.setText(saved.user)
            self.sender_address.setText(saved.sender)
        self.password.clear()
        self._check_password()

    def settings(self) -> mail.MailAccount:
        """The account the fields describe (not saved yet)."""
        timeout = self._saved.timeout if self._saved is not None else mail.DEFAULT_TIMEOUT
        return mail.MailAccount(
            host=self.host.text().strip(),
            user=self.user.text().strip(),
            sender=self.sender_address.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            sender_name=self._saved.sender_name if self._saved is not None else None,
            timeout=timeout,
        )

    def is_dirty(self) -> bool:
        return self._smtp_dirty() or (self.imap is not None and self.imap.is_dirty())

    def _smtp_dirty(self) -> bool:
        if self.password.text():
            return True
        if self._saved is None:
            return bool(self.host.text().strip() or self.user.text().strip() or self.sender_address.text().strip())
        return self.settings() != self._saved

    def _security_changed(self, _index: int) -> None:
        new = self.security.currentData()
        if self.port.value() == mail.DEFAULT_PORTS.get(self._security):
            self.port.setValue(mail.DEFAULT_PORTS[new])
        self._security = new

    @Slot(object)
    def _keyring_checked(self, problem: object) -> None:
        self._keyring_problem = str(problem) if problem else None
        self.keyring_note.setVisible(bool(problem))
        self.keyring_note.setText(
            tr(
                "The password cannot be stored: no keyring can keep it on this computer ({problem}). Rebound "
                "never writes it to a file, so it can only send through an account that needs no password."
            ).format(problem=problem)
            if problem
            else ""
        )

    def _check_password(self) -> None:
        """Whether a password is stored for the saved account (asked in a worker: the keyring may hang)."""
        saved = self._saved
        self.password_note.setText(tr("The password is kept in the system keyring only, never shown again."))
        if saved is None or not saved.user:
            return
        task = Task(lambda _task: mail.stored_password(saved) is not None)
        task.signals.succeeded.connect(self._password_known)
        self.session.runner.start(task)

    @Slot(object)
    def _password_known(self, stored: object) -> None:
        self.password.setPlaceholderText(STORED if stored else NOT_STORED)

    # -- save and test ----------------------------------------------------------------------
    def save(self) -> bool:
        """Save the account (the password to the keyring, in a worker); False, with the reason, when it does not fit."""
        if self.task is not None:
            return False
        if self.imap is not None and self.imap.is_dirty():
            if not self.imap.save():
                return False
            if not self._smtp_dirty():
                return True
        settings = self.settings()
        try:
            mail.save_account(settings)
        except ReboundError as error:
            self.error.show_message(tr("Not saved: {sentence}").format(sentence=sentence(str(error))))
            return False
        self._saved = settings
        self.error.clear()
        password = self.password.text()
        self.password.clear()
        if not password:
            self._said(tr("Mail settings saved."))
            self.idle.emit()
            return True

        def job(_task: Task) -> bool:
            mail.save_password(settings, password)
            return True

        self._start(job, tr("Saving the password in the system keyring…"), self._password_saved, self._password_failed)
        return True

    @Slot(object)
    def _password_saved(self, _result: object) -> None:
        self.password.setPlaceholderText(STORED)
        self._said(tr("Mail settings saved; the password is in the system keyring."))

    @Slot(str)
    def _password_failed(self, reason: str) -> None:
        self.password.setPlaceholderText(NOT_STORED)
        self.error.show_message(
            tr("The settings are saved, but not the password: {sentence} Rebound never writes it to a file.").format(
                sentence=sentence(reason)
            )
        )
        self.message.emit(tr("Mail settings saved; the password could not be stored."))

    def send_test(self) -> Task | None:
        """Send a short e-mail to the sender address with the settings as they are in the fields."""
        if self.task is not None:
            return None
        settings = self.settings()
        problems = settings.problems()
        if problems:
            self.error.show_message(tr("Not sent: {sentence}").format(sentence=sentence(problems[0])))
            return None
        typed = self.password.text() or None
        now = datetime.now()

        def job(_task: Task) -> str:
            password = typed
            if password is None and settings.user:
                try:
                    password = mail.stored_password(settings)
                except secrets.KeyringUnavailable as error:
                    raise mail.MailError(
                        "password", tr("the password cannot be read from the keyring: {error}").format(error=error)
                    ) from None
            message = mail.build_message(settings, None, settings.sender, TEST_SUBJECT, TEST_BODY, now)
            mail.send_message(settings, password, message)
            return settings.sender

        return self._start(
            job,
            tr("Sending a test e-mail to {sender}…").format(sender=settings.sender),
            self._test_sent,
            self._test_failed,
        )

    @Slot(object)
    def _test_sent(self, address: object) -> None:
        self._said(tr("A test e-mail went to {address}. Look for it in your inbox.").format(address=address))

    @Slot(str)
    def _test_failed(self, reason: str) -> None:
        self.error.show_message(tr("The test e-mail was not sent: {sentence}").format(sentence=sentence(reason)))

    # -- running ----------------------------------------------------------------------------
    def _start(
        self,
        job: Callable[[Task], object],
        busy_text: str,
        on_success: Callable[[object], None],
        on_failure: Callable[[str], None],
    ) -> Task:
        task = Task(job)
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(on_failure)
        task.signals.crashed.connect(self.session.crashed)
        task.signals.finished.connect(self._finished)
        self.task = task
        self.error.clear()
        self.status.setText(busy_text)
        self.progress.show()
        for button in (self.save_button, self.test_button):
            button.setEnabled(False)
        return self.session.runner.start(task)

    @Slot()
    def _finished(self) -> None:
        self.task = None
        self.progress.hide()
        if self.status.text().endswith("…"):
            self.status.clear()
        for button in (self.save_button, self.test_button):
            button.setEnabled(True)
        self.idle.emit()

    def _said(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)
