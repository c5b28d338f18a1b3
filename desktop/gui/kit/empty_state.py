"""What an empty page says: what it is for, and the one action that fills it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, PlainLabel, heading, muted


class EmptyState(QWidget):
    def __init__(self, title: str, text: str, action_text: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title, self, factor=1.4)
        self.text = muted(PlainLabel(text, self))
        self.text.setWordWrap(True)
        self.button = QPushButton(icon(icon_name), action_text, self)
        self.button.setAccessibleName(action_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 3, SPACING * 2, SPACING)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


def content_or_empty(page: QWidget, content: QWidget, empty: EmptyState) -> QStackedWidget:
    """The page's one child, edge to edge: its content, or (``setCurrentWidget(empty)``) the empty state."""
    stack = QStackedWidget(page)
    stack.addWidget(content)
    stack.addWidget(empty)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(stack)
    return stack
