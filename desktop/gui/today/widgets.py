"""The Today page's small widgets: a group's heading, the empty day, the Undo bar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, PlainLabel, alert, alert_colour, heading, muted

GROUP_TITLES = {"overdue": tr("Overdue"), "today": tr("Today"), "coming": tr("Coming up in the next 14 days")}


EMPTY_TEXT = tr(
    "Rebound suggests whom to get back in touch with, and drafts the message: a reply when a process "
    "ends in a rejection, a question when a relevant opening appears, congratulations on a new job, "
    "and a check-in every three to four months. Log a rejection when a process ends in “no”."
)


class SectionHeader(QWidget):
    def __init__(self, group: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, SPACING * 2, 0, 0)
        layout.setSpacing(SPACING)
        self.icon = QLabel(self)
        overdue = group == "overdue"
        self.icon.setPixmap(icon("warning" if overdue else "today", alert_colour(self) if overdue else None).pixmap(20))
        self.title = heading(f"{GROUP_TITLES[group]} ({count})", self, factor=1.2)
        if overdue:
            alert(self.title)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addStretch(1)


class SummaryLine(QWidget):
    """The day in one line above the cards: ``7 overdue · 4 today · 24 coming up``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = heading("", self, factor=1.1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING, SPACING * 2, 0)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def text(self) -> str:
        return self.label.text()

    def show_counts(self, overdue: int, today: int, coming: int) -> None:
        parts = [tr("{overdue} overdue").format(overdue=overdue)] if overdue else []
        parts.append(tr("{today} today").format(today=today))
        parts.append(tr("{coming} coming up").format(coming=coming))
        self.label.setText(" · ".join(parts))


class NothingToDo(QWidget):
    """The empty state of a day without suggestions: the next coming one, or what Today is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(tr("Nothing to do today"), self, factor=1.4)
        self.next = PlainLabel("", self)
        self.next.setWordWrap(True)
        self.text = muted(PlainLabel(EMPTY_TEXT, self))
        self.text.setWordWrap(True)
        self.log_rejection_button = QPushButton(icon("rejection"), tr("Log a rejection…"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING * 3, 0, SPACING)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.next)
        layout.addWidget(self.text)
        # at its own width, on the left (a fixed width where a layout alignment would name the Qt namespace)
        self.log_rejection_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.log_rejection_button)

    def show_next(self, text: str | None) -> None:
        self.next.setText(text or tr("Nothing falls due in the next 14 days either."))


class UndoBar(QFrame):
    """ "Done: … [Undo]" under the cards: the last action, announced, while it can be undone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("undo").pixmap(16, 16))
        self.label = PlainLabel("", self)
        self.label.setWordWrap(True)
        self.button = QPushButton(icon("undo"), tr("Undo"), self)
        self.button.setToolTip(tr("Undo the last action on a card (Ctrl+Z)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        layout.setSpacing(SPACING)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
