"""Choosing a backup to restore: the automatic backups (newest first) or another file, and its key if needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, PlainLabel, muted
from desktop.gui.services.session import Session, backup_label, restore_when_left

INTRO = tr(
    "Restoring replaces the database with the backup you choose. What was added or changed since that "
    "backup is lost. The database as it is now is saved beside it first, and people you erased stay erased."
)
NO_BACKUPS = tr(
    "There are no backups yet. Rebound takes one each day when it starts; “Back up now” in "
    "Settings → Privacy takes one at once. You can also choose a backup file saved elsewhere."
)
BACKUP_FILTER = tr("Rebound backups (*.db *.bak);;All files (*)")
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return tr("{max} KB").format(max=max(size // 1024, 1))
    return tr("{value:.1f} MB").format(value=size / (1024 * 1024))


class RestoreDialog(QDialog):
    chosen = Signal(object, object)  # the backup file (Path), the key typed for it (str or None)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore a backup"))
        self.session = session
        self.intro = PlainLabel(INTRO, self)
        self.intro.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(tr("Backups"))
        self.backups.setMinimumHeight(160)
        self.backups.setIconSize(QSize(16, 16))
        for path in session.backups():
            try:
                size = size_text(path.stat().st_size)
            except OSError:
                size = "?"
            item = QListWidgetItem(icon("backup"), f"{backup_label(path)} · {size}", self.backups)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        self.empty = muted(PlainLabel(NO_BACKUPS, self))
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.backups.count() == 0)
        self.backups.setVisible(self.backups.count() > 0)
        self.file_button = QPushButton(icon("file"), tr("Choose another file…"), self)
        self.file_button.clicked.connect(self.choose_file)
        self.file_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.file_label = muted(PlainLabel("", self, selectable=True))
        self.file_label.setWordWrap(True)
        self.file_label.hide()
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(tr("Only for a backup made before the key was changed"))
        self.key.setAccessibleName(tr("Key of the backup"))
        key_form = QFormLayout()
        key_form.setHorizontalSpacing(SPACING * 2)
        key_form.addRow(PlainLabel(tr("Key of the backup:"), self), self.key)
        key_hint = muted(
            PlainLabel(tr("Its recovery key or passphrase; leave empty for the database’s own key."), self)
        )
        key_hint.setWordWrap(True)
        key_form.addRow("", key_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(tr("Restore"))
        self.restore_button.setIcon(icon("restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._file: Path | None = None
        self.backups.itemSelectionChanged.connect(self._update)
        self.backups.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.backups.count():
            self.backups.setCurrentRow(0)

        files = QHBoxLayout()
        files.setSpacing(SPACING)
        files.addWidget(self.file_button)
        files.addWidget(self.file_label, 1)
        files.addStretch(0)  # the button stays on the left while no file is chosen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.empty)
        layout.addLayout(files)
        layout.addLayout(key_form)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._update()

    def selected(self) -> Path | None:
        """The file to restore: one chosen with "Choose another file…", else the backup selected in the list."""
        if self._file is not None:
            return self._file
        items = self.backups.selectedItems()
        return Path(items[0].data(PATH_ROLE)) if items else None

    def choose_file(self) -> None:
        folder = self.session.backup_folder()
        start = str(folder) if folder is not None and folder.is_dir() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("Restore a backup file"), start, BACKUP_FILTER)
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> None:
        self._file = path
        self.file_label.setText(str(path))
        self.file_label.show()
        self.backups.clearSelection()
        self._update()

    def _update(self, *_args: object) -> None:
        if self.backups.selectedItems():
            self._file = None
            self.file_label.hide()
        self.restore_button.setEnabled(self.selected() is not None)

    def accept(self) -> None:
        source = self.selected()
        if source is None:
            return
        key = self.key.text().strip() or None
        super().accept()
        self.chosen.emit(source, key)


def offer_restore(session: Session, parent: QWidget | None) -> RestoreDialog:
    """The dialog that picks a backup to restore (window-modal); the session restores it when it is accepted."""
    dialog = RestoreDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda source, key: restore_when_left(session, source, key))  # an unsaved edit asked first
    dialog.open()
    return dialog
