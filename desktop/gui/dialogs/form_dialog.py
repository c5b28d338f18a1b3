"""The frame of every dialog that saves something: fields in a form, an inline error, OK/Cancel.

``accept`` calls ``submit``, which checks the input and returns the core write (a ``Write``);
that runs on the database executor (``Ops``: never on the GUI thread) and the dialog closes
only when it worked. An expected error (ReboundError) stays in the dialog, beside a warning
icon, and nothing is saved. The write's broadcast tells the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changed
from desktop.errors import ReboundError
from desktop.gui.kit.accessibility import name_controls
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, InlineError
from desktop.gui.services.ops import Ops


@dataclass(frozen=True)
class Write:
    """A checked form's write: ``run`` on the executor, then ``done(result)`` in the GUI thread and the
    broadcast of what the result says it changed (``result.changes``)."""

    run: Callable[[], Changed]
    done: Callable[[Any], None] | None = None


def sentence(message: str) -> str:
    """A core message (``an opening needs a title``) as a sentence: capital first letter, full stop."""
    message = message.strip()
    if not message:
        return message
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "?", "!")) else ".")


class FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.ops = ops if ops is not None else Ops(self)  # the one write path (the window's)
        self.writing = False  # the write runs on the database executor; the dialog waits for it
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(SPACING * 2)
        self.form.setVerticalSpacing(SPACING)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._shown_texts: list[str] | None = None  # the fields as first shown: typed content is what differs
        self.discard_box: QMessageBox | None = None  # "Discard what you typed?" while it is asked

    def submit(self) -> Write | None:
        """Check the fields; the core write that saves them (None: nothing to write on the executor).
        Raise ReboundError to keep the dialog open."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.show_message(sentence(message))

    def accept(self) -> None:
        """Check here, write on the database executor; the dialog closes when the write has worked."""
        if self.writing:
            return
        try:
            write = self.submit()
        except ReboundError as error:
            self.show_error(str(error))
            return
        if write is None:
            self.error.clear()
            super().accept()
            return
        self.writing = True
        self.ok_button.setEnabled(False)

        def written(result: object) -> None:
            self.writing = False
            self.ok_button.setEnabled(True)
            self.error.clear()
            if write.done is not None:
                write.done(result)
            QDialog.accept(self)

        self.ops.run(write.run, written, self._not_written)

    def _not_written(self, message: str) -> None:
        self.writing = False
        self.ok_button.setEnabled(True)
        self.show_error(message)

    # -- typed content is not thrown away without asking ----------------------------------------------
    def _texts(self) -> list[str]:
        edits = self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit)
        return [edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText() for edit in edits]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_texts is None:
            self._shown_texts = self._texts()
            name_controls(self)

    def has_typed_content(self) -> bool:
        return self._shown_texts is not None and self._texts() != self._shown_texts

    def reject(self) -> None:
        """Escape or Cancel: with something typed, ask first (the question does not block)."""
        if self.writing:  # not while the write runs: it finishes either way
            return
        if not self.has_typed_content() or self.discard_box is not None:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            tr("Discard what you typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._discard_answered)
        self.discard_box = box
        box.open()

    def _discard_answered(self, button: QAbstractButton) -> None:
        box, self.discard_box = self.discard_box, None
        if box is not None and box.standardButton(button) == QMessageBox.StandardButton.Discard:
            self._shown_texts = self._texts()
            super().reject()
