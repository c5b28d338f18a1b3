"""Erasing a person for good (the right to erasure): what goes, what stays, a typed confirmation, a worker.

The person's name must be typed (or, for a name that is hard to type, the box ticked) before
"Erase" is enabled. The erasure runs in a worker — on a big database it takes seconds (the
file is compacted so nothing of them stays in it) — while the dialog shows a busy bar and
cannot be closed; it closes when the person is gone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.erase import erase_person
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.error_text import READ_ONLY_TEXT, is_read_only_write
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, BulletList, InlineError, PlainLabel, alert, heading, muted
from desktop.gui.services.workers import Task, TaskRunner

ERASED = [
    tr("their profile: name, e-mail, phone, LinkedIn, company and title, notes and tags"),
    tr("every interaction with them: messages, calls, meetings, rejections"),
    tr("their links to other people and to processes (and processes where they were the candidate)"),
    tr("suggestions about them, also in the search index and the file itself"),
]
KEPT = tr(
    "Kept: an anonymous erasure record (scrambled fingerprints of their e-mail, LinkedIn and name, and the date), "
    "so that an import or an older backup cannot bring them back. Backups made before today still contain them "
    "until they rotate out."
)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


class EraseDialog(QDialog):
    erased = Signal(int, str)  # the person's id and name (they are gone)

    def __init__(
        self,
        person_id: int,
        name: str,
        company: str | None,
        today: date,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Erase person"))
        self.person_id = person_id
        self.name = name
        self._today = today
        self._runner = runner
        self.task: Task | None = None
        label = f"{name} ({company})" if company else name
        self.title = heading(tr("Erase {label}?").format(label=label), self, factor=1.3)
        self.title.setWordWrap(True)
        self.what = PlainLabel(tr("This removes everything Rebound knows about them:"), self)
        self.what.setWordWrap(True)
        self.erased_list = BulletList(ERASED, self)
        self.final = alert(PlainLabel(tr("It cannot be undone."), self))
        self.kept = muted(PlainLabel(KEPT, self))
        self.kept.setWordWrap(True)
        self.confirm_label = PlainLabel(tr("Type their name to confirm:"), self)
        self.confirm_label.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(name)
        self.typed.setAccessibleName(tr("Their name, to confirm"))
        self.typed.textChanged.connect(self._update)
        self.checkbox = QCheckBox(tr("Or tick this: I want to erase {name} for good").format(name=name), self)
        self.checkbox.toggled.connect(self._update)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.busy = muted(PlainLabel("", self))
        self.busy.hide()
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(tr("Erase for good"))
        self.erase_button.setIcon(icon("erase"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addWidget(self.erased_list)
        layout.addWidget(self.final)
        layout.addWidget(self.kept)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.typed)
        layout.addWidget(self.checkbox)
        layout.addWidget(self.progress)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kept.setMinimumWidth(512)  # wrapped text needs a width; the layout keeps the rest in view
        self._update()

    def confirmed(self) -> bool:
        return self.checkbox.isChecked() or _folded(self.typed.text()) == _folded(self.name)

    def _update(self, *_args: object) -> None:
        self.erase_button.setEnabled(self.confirmed() and self.task is None)

    def accept(self) -> None:
        """Start the erasure (the dialog closes when it is done)."""
        if not self.confirmed() or self.task is not None:
            return
        person_id, today = self.person_id, self._today
        task = Task(lambda _task: erase_person(person_id, today))
        task.signals.succeeded.connect(self._done)
        task.signals.failed.connect(self._failed)
        task.signals.crashed.connect(self._failed)
        task.signals.finished.connect(self._finished)
        self.task = task
        self.error.clear()
        for widget in (self.typed, self.checkbox, self.erase_button, self.cancel_button):
            widget.setEnabled(False)
        self.progress.show()
        self.busy.setText(tr("Erasing {name}… On a big database this takes a few seconds.").format(name=self.name))
        self.busy.show()
        self._runner.start(task)

    def reject(self) -> None:
        if self.task is None:  # not while the erasure runs: it finishes either way
            super().reject()

    @Slot(object)
    def _done(self, _erased: object) -> None:
        self.erased.emit(self.person_id, self.name)
        super().accept()

    @Slot(str)
    def _failed(self, message: str) -> None:
        text = message.strip().splitlines()[-1] if message.strip() else tr("unknown error")
        if is_read_only_write(text):
            self.error.show_message(tr(READ_ONLY_TEXT))
            return
        self.error.show_message(tr("The erasure did not finish: {sentence}").format(sentence=sentence(text)))

    @Slot()
    def _finished(self) -> None:
        self.task = None
        self.progress.hide()
        self.busy.hide()
        for widget in (self.typed, self.checkbox, self.cancel_button):
            widget.setEnabled(True)
        self._update()
