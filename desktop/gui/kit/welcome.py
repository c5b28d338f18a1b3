"""The welcome view: the empty state of an empty database (shared by Today and People)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, PlainLabel, heading, muted

WELCOME_TITLE = tr("Keep the people you met on the way")
WELCOME_TEXT = tr(
    "When a job process ends in “no”, the recruiter, the hiring manager and the interviewers are "
    "still worth knowing. Rebound keeps them, who they know and everything you said to each other, "
    "and tells you when and how to get back in touch — above all when a new opening fits."
)
WELCOME_HINT = tr(
    "Import your LinkedIn data export, contacts as vCard or CSV, or a Rebound archive — or drop the file "
    "on this window. Or load the demo data: a made-up network to try Rebound with."
)


class WelcomeView(QWidget):
    """The empty state of an empty database: what Rebound is for, and the two ways to fill it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        self.title = heading(WELCOME_TITLE, self, factor=1.6)
        self.text = PlainLabel(WELCOME_TEXT, self)
        self.hint = muted(PlainLabel(WELCOME_HINT, self))
        for label in (self.title, self.text, self.hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.load_demo_button = QPushButton(tr("Load demo data"), self)
        self.import_button = QPushButton(icon("import"), tr("Import…"), self)
        self.import_button.setDefault(True)
        # the first step, skippable: who you are (your name signs the drafts; your roles find openings)
        self.about_you_button = QPushButton(tr("First, tell Rebound about you (optional)…"), self)
        self.about_you_button.setFlat(True)
        self.about_you_button.hide()  # shown where a page can open it (Today)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING * 2)
        buttons.addStretch(1)
        buttons.addWidget(self.load_demo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column = QWidget(self)
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(SPACING * 2)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addWidget(self.about_you_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(SPACING)
        inner.addLayout(buttons)
        inner.addSpacing(SPACING)
        inner.addWidget(self.hint)
        row = QHBoxLayout()  # stretches, not an alignment flag: the wrapped labels then get their height
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
