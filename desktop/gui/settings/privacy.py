"""Settings → Privacy: how the database is protected, the keyring, the recovery key, backups and restore, and
the erasure records (lifted one at a time, on purpose).

Every job here replaces or copies the database and runs in a worker through the window's
``Session`` (desktop/gui/services/session.py); this tab only shows, asks and reports. A new recovery
key (after "Encrypt now" or "Change key") is shown once, in ``RecoveryKeyDialog``. Lifting an erasure
record is a write through the window's ``Ops`` (never on the GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import erase
from desktop.gui.dialogs.restore import RestoreDialog, offer_restore, size_text
from desktop.gui.dialogs.unlock import RecoveryKeyDialog, ask_new_passphrase
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, alert_colour, heading, muted
from desktop.gui.services.ops import Ops
from desktop.gui.services.session import Session, backup_label

CHOSEN_OFF = tr(
    "This database is not encrypted, as chosen when it was created: anyone who can read the file — a "
    "backup, a stolen laptop, a synced copy — can read your contacts and notes. Encrypt it to protect it."
)
NEVER_ENCRYPTED = tr(
    "This database is not encrypted (it was made before Rebound encrypted its databases): anyone who can "
    "read the file can read your contacts and notes. Encrypt it to protect it."
)
RECOVER_KEYRING = tr(
    "If this computer’s keyring is lost — a new computer, a reinstalled system — start Rebound and type the "
    "recovery key when it asks for the key: it opens the database and the backups Rebound made. From a "
    "terminal: rebound --recovery-key KEY. If you have lost the recovery key while Rebound still opens, "
    "“Change key” makes a new one (and the old one stops working)."
)
RECOVER_PASSPHRASE = tr(
    "This database opens with your passphrase; there is no separate recovery key, and no one can open the "
    "database or its backups without it. If you may forget it, change the key while Rebound still opens: "
    "with a working keyring, “Change key” puts a new key in the keyring and gives you a recovery key."
)
RECOVER_PLAIN = tr(
    "The database is not encrypted, so there is no key to lose — and nothing protects the file. "
    "“Encrypt now” encrypts it and gives you a recovery key to write down."
)
BACKUPS_TEXT = tr(
    "Rebound backs the database up each day when it starts and keeps one for each of the last 7 days and "
    "4 weeks, in {folder}. A backup is encrypted with the database’s key."
)
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # an erasure record's day, as shown
ERASURES_TEXT = tr(
    "Each person you erased leaves an anonymous record — only the day it was made, and digests no one can read a "
    "name from — so that an import or an older backup does not bring them back. Lifting a record lets the person "
    "come back with the next import or restore that holds them."
)
LIFT_QUESTION = tr(
    "Lift the erasure record made on {day}? The person it keeps out can then come back with the next import or "
    "restore that holds them; if you want them gone again, you will have to erase them again."
)
LIFTED = tr("The erasure record of {day} was lifted: the person can come back with the next import or restore.")
ROTATED_INTRO = tr(
    "The database has a new key, in the system keyring. This is its new recovery key; the old recovery key no "
    "longer opens the database or the backups Rebound keeps (copies you saved elsewhere keep the old key)."
)


class PrivacyTab(QScrollArea):
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops if ops is not None else Ops(self)  # standing alone: its own write path, off the GUI thread
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self)

        self.lock_icon = QLabel(content)
        self.lock_icon.setPixmap(icon("lock").pixmap(20, 20))
        self.status = PlainLabel("", content, selectable=True)
        self.status.setWordWrap(True)
        self.warning = InlineError(content)
        self.encrypt_button = QPushButton(icon("lock"), tr("Encrypt now"), content)
        self.encrypt_button.setToolTip(tr("Encrypt the database with a new key; you get a recovery key to write down"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.rotate_button = QPushButton(icon("key"), tr("Change key…"), content)
        self.rotate_button.setToolTip(tr("Give the database a new key and a new recovery key"))
        self.rotate_button.clicked.connect(self.rotate)
        self.recover_button = QPushButton(tr("Show how to recover"), content)
        self.recover_button.setCheckable(True)
        self.recover_button.toggled.connect(self._show_recovery_text)
        self.recover_text = PlainLabel("", content, selectable=True)
        self.recover_text.setWordWrap(True)
        self.recover_text.hide()
        self.keyring = PlainLabel(tr("Checking the system keyring…"), content, selectable=True)
        self.keyring.setWordWrap(True)
        self.keyring_icon = QLabel(content)

        self.backups_text = muted(PlainLabel("", content, selectable=True))
        self.backups_text.setWordWrap(True)
        self.backups = QListWidget(content)
        self.backups.setAccessibleName(tr("Backups"))
        self.backups.setMinimumHeight(96)
        self.backups.setMaximumHeight(200)
        self.backups.setIconSize(QSize(16, 16))
        self.no_backups = muted(PlainLabel(tr("No backups yet."), content))
        self.backup_button = QPushButton(icon("backup"), tr("Back up now"), content)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(icon("restore"), tr("Restore…"), content)
        self.restore_button.clicked.connect(self.restore)
        self.progress = QProgressBar(content)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(200)
        self.busy = muted(PlainLabel("", content))
        self.result = PlainLabel("", content, selectable=True)
        self.result.setWordWrap(True)
        self.result.hide()
        self.error = InlineError(content)

        self.erasures_text = muted(PlainLabel(ERASURES_TEXT, content))
        self.erasures_text.setWordWrap(True)
        self.erasures = QListWidget(content)
        self.erasures.setAccessibleName(tr("Erased people"))
        self.erasures.setMinimumHeight(72)
        self.erasures.setMaximumHeight(160)
        self.erasures.currentRowChanged.connect(lambda _row: self._busy_changed(self.session.busy))
        self.no_erasures = muted(PlainLabel(tr("No one has been erased."), content))
        self.lift_button = QPushButton(tr("Lift…"), content)
        self.lift_button.setToolTip(tr("Let the person this record keeps out come back with a later import"))
        self.lift_button.clicked.connect(self.lift)
        self.lifting = False

        status_row = QHBoxLayout()
        status_row.setSpacing(SPACING)
        status_row.addWidget(self.lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status, 1)
        key_buttons = QHBoxLayout()
        key_buttons.setSpacing(SPACING)
        for button in (self.encrypt_button, self.rotate_button, self.recover_button):
            key_buttons.addWidget(button)
        key_buttons.addStretch(1)
        keyring_row = QHBoxLayout()
        keyring_row.setSpacing(SPACING)
        keyring_row.addWidget(self.keyring_icon, 0, Qt.AlignmentFlag.AlignTop)
        keyring_row.addWidget(self.keyring, 1)
        backup_buttons = QHBoxLayout()
        backup_buttons.setSpacing(SPACING)
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(self.restore_button)
        backup_buttons.addStretch(1)
        busy_row = QHBoxLayout()
        busy_row.setSpacing(SPACING)
        busy_row.addWidget(self.progress)
        busy_row.addWidget(self.busy, 1)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(tr("Encryption"), content, factor=1.15))
        layout.addLayout(status_row)
        layout.addWidget(self.warning)
        layout.addLayout(key_buttons)
        layout.addWidget(self.recover_text)
        layout.addSpacing(SPACING * 2)
        layout.addWidget(heading(tr("Keyring"), content, factor=1.15))
        layout.addLayout(keyring_row)
        layout.addSpacing(SPACING * 2)
        layout.addWidget(heading(tr("Backups"), content, factor=1.15))
        layout.addWidget(self.backups_text)
        layout.addWidget(self.backups)
        layout.addWidget(self.no_backups)
        layout.addLayout(backup_buttons)
        layout.addSpacing(SPACING)
        layout.addLayout(busy_row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addSpacing(SPACING * 2)
        layout.addWidget(heading(tr("Erased people"), content, factor=1.15))
        layout.addWidget(self.erasures_text)
        layout.addWidget(self.erasures)
        layout.addWidget(self.no_erasures)
        lift_row = QHBoxLayout()
        lift_row.addWidget(self.lift_button)
        lift_row.addStretch(1)
        layout.addLayout(lift_row)
        layout.addStretch(1)
        self.setWidget(content)

        session.changed.connect(self.load)
        session.busy_changed.connect(self._busy_changed)
        session.done.connect(self._done)
        session.failed.connect(self._failed)
        session.recovery_key_made.connect(self.show_recovery_key)
        session.keyring_checked.connect(self._keyring_checked)
        self.load()
        if session.keyring_known:
            self._keyring_checked(session.keyring_problem)
        session.check_keyring()  # again: a keyring may have been unlocked meanwhile

    # -- what the tab shows -----------------------------------------------------------------
    def load(self) -> None:
        session = self.session
        status = session.encryption()
        self.encrypted = status.encrypted
        self.lock_icon.setVisible(status.encrypted)  # when it is off, the warning below carries the icon
        self.status.setText(self.status_text(status.encrypted, status.cipher, status.key_source))
        if status.encrypted:
            self.warning.clear()
        else:
            self.warning.show_message(CHOSEN_OFF if status.chosen_off else NEVER_ENCRYPTED)
        self.encrypt_button.setVisible(not status.encrypted)
        self.rotate_button.setVisible(status.encrypted)
        if status.encrypted:
            self.recover_text.setText(RECOVER_PASSPHRASE if status.key_source == "passphrase" else RECOVER_KEYRING)
        else:
            self.recover_text.setText(RECOVER_PLAIN)
        folder = session.backup_folder()
        self.backups_text.setText(
            BACKUPS_TEXT.format(folder=folder if folder is not None else tr("the backups folder"))
        )
        self.backups.clear()
        for path in session.backups():
            try:
                size = size_text(path.stat().st_size)
            except OSError:
                size = "?"
            item = QListWidgetItem(icon("backup"), f"{backup_label(path)} · {size}", self.backups)
            item.setToolTip(str(path))
        self.backups.setVisible(self.backups.count() > 0)
        self.no_backups.setVisible(self.backups.count() == 0)
        self.load_erasures()
        self._busy_changed(session.busy)

    def load_erasures(self) -> None:
        """The erasure records, each shown by the day it was made only (a read: the GUI thread may do it)."""
        self.erasures.clear()
        if not self.session.replacing:
            for erasure_id, day in erase.erasure_dates():
                item = QListWidgetItem(
                    tr("Erased on {format_date}").format(format_date=format_date(day)), self.erasures
                )
                item.setData(Qt.ItemDataRole.UserRole, erasure_id)
                item.setData(DAY_ROLE, format_date(day))
        self.erasures.setVisible(self.erasures.count() > 0)
        self.no_erasures.setVisible(self.erasures.count() == 0)

    def erasure_labels(self) -> list[str]:
        return [self.erasures.item(row).text() for row in range(self.erasures.count())]

    @staticmethod
    def status_text(encrypted: bool, cipher: str | None, key_source: str | None) -> str:
        if not encrypted:
            return tr("Encryption: off.")
        where = {
            "passphrase": tr("It opens with your passphrase."),
            "recovery key": tr("It was opened with its recovery key this time."),
        }.get(key_source or "", tr("Its key is in the system keyring."))
        cipher_text = tr(" (SQLCipher {cipher})").format(cipher=cipher) if cipher else ""
        return tr("Encryption: on{cipher_text}. {where}").format(cipher_text=cipher_text, where=where)

    def backup_labels(self) -> list[str]:
        return [self.backups.item(row).text() for row in range(self.backups.count())]

    def _show_recovery_text(self, shown: bool) -> None:
        self.recover_text.setVisible(shown)
        self.recover_button.setText(tr("Hide how to recover") if shown else tr("Show how to recover"))

    @Slot(object)
    def _keyring_checked(self, problem: object) -> None:
        if problem:
            self.keyring.setText(
                tr(
                    "No keyring can keep Rebound’s secrets on this computer: {problem}. A database key then "
                    "needs a passphrase, and the SMTP password cannot be stored (Rebound never writes it to a "
                    "file)."
                ).format(problem=problem)
            )
            self.keyring_icon.setPixmap(icon("warning", alert_colour(self)).pixmap(16, 16))
        else:
            self.keyring.setText(tr("The system keyring keeps the database key and the SMTP password."))
            self.keyring_icon.setPixmap(icon("done").pixmap(16, 16))
        self._busy_changed(self.session.busy)

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        read_only, known = self.session.read_only, self.session.keyring_known
        self.progress.setVisible(busy)
        self.busy.setVisible(busy)
        self.busy.setText(self.session.busy_text)
        self.encrypt_button.setEnabled(not busy and not read_only and known)
        self.rotate_button.setEnabled(not busy and not read_only and known)
        self.backup_button.setEnabled(not busy and not read_only)
        self.restore_button.setEnabled(not busy)
        chosen = self.erasures.currentItem() is not None
        self.lift_button.setEnabled(chosen and not busy and not read_only and not self.lifting)
        if busy:
            self.result.hide()
            self.error.clear()

    @Slot(str)
    def _done(self, text: str) -> None:
        self.error.clear()
        self.result.setText(text)
        self.result.show()

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.result.hide()
        self.error.show_message(text)

    # -- actions ----------------------------------------------------------------------------
    def _new_passphrase(self) -> tuple[bool, str | None]:
        """Without a keyring a new key needs a passphrase: (go on?, the passphrase or None)."""
        problem = self.session.keyring_problem
        if problem is None or self.session.path is None:
            return True, None
        passphrase = ask_new_passphrase(self.session.path, problem, self)
        return passphrase is not None, passphrase

    def encrypt(self) -> None:
        go_on, passphrase = self._new_passphrase()
        if go_on:
            self.session.encrypt(passphrase)

    def rotate(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Change the key"),
            tr(
                "Give the database a new key? The current recovery key (or passphrase) will no longer open it, nor the "
                "backups Rebound keeps. Copies you saved elsewhere keep the old key."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Change key"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        go_on, passphrase = self._new_passphrase()
        if go_on:
            self.session.rotate(passphrase)

    def back_up_now(self) -> None:
        self.session.back_up_now()

    def lift(self) -> bool:
        """Ask, then lift the chosen erasure record through ``ops``; whether the lift was started."""
        item = self.erasures.currentItem()
        if item is None or self.lifting:
            return False
        erasure_id, shown = int(item.data(Qt.ItemDataRole.UserRole)), str(item.data(DAY_ROLE))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Lift an erasure"),
            LIFT_QUESTION.format(day=shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Lift"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.lifting = True
        self._busy_changed(self.session.busy)

        def done(_removed: object) -> None:
            self.lifting = False
            self.load_erasures()
            self._done(LIFTED.format(day=shown))
            self._busy_changed(self.session.busy)

        def failed(message: str) -> None:
            self.lifting = False
            self._failed(tr("The erasure record was not lifted: {message}").format(message=message))
            self._busy_changed(self.session.busy)

        self.ops.run(lambda: erase.lift(erasure_id), done, failed)
        return True

    def restore(self) -> RestoreDialog:
        return offer_restore(self.session, self)

    @Slot(str)
    def show_recovery_key(self, code: str) -> RecoveryKeyDialog:
        """A new recovery key, shown once (window-modal; it stays until "I have stored it")."""
        rotated = self.encrypted  # the tab still shows the state before the job
        dialog = RecoveryKeyDialog(code, self, intro=ROTATED_INTRO) if rotated else RecoveryKeyDialog(code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_recovery_dialog)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _forget_recovery_dialog(self) -> None:
        self.recovery_dialog = None
