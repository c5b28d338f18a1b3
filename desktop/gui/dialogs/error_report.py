"""The report shown when Rebound meets an error it did not expect: plain text, easy to copy."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, PlainLabel

INTRO = tr(
    "Rebound ran into a problem it did not expect. What you saved before is in the database; "
    "the last action may not have finished. Copy the report below to tell the developers what happened."
)


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Rebound: unexpected error"))
        self.intro = PlainLabel(INTRO, self)
        self.intro.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setMinimumSize(560, 240)
        self.report.setPlainText(report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def add_report(self, report: str) -> None:
        """Another error while the dialog is open: append instead of stacking dialogs."""
        self.report.appendPlainText("\n" + report)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
