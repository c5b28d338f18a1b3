"""Small widgets shared by pages and dialogs: plain-text labels, headings, inline errors."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.gui.icons import icon

SPACING = 8  # the grid every layout snaps to


class PlainLabel(QLabel):
    """A QLabel that never guesses rich text: data is shown literally, as typed."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, selectable: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def heading(text: str = "", parent: QWidget | None = None, factor: float = 1.5) -> PlainLabel:
    label = PlainLabel(text, parent, selectable=True)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text in the palette's placeholder colour (readable in light and dark themes)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


class InlineError(QWidget):
    """A warning icon beside the message of an expected error; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self._icon = QLabel(self)
        self._icon.setPixmap(icon("warning").pixmap(16, 16))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = PlainLabel("", self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        self.label.setText(message)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def message(self) -> str:
        return self.label.text() if not self.isHidden() else ""


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def datetime_edit(value: datetime, parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-and-time field with a calendar pop-up, to the minute."""
    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit
