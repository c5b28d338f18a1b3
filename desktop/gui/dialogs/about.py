"""Help → Keyboard shortcuts (every window-wide shortcut, from the actions themselves) and Help → About
(version, licence, where the data lives)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop import __version__
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, PlainLabel, muted

LICENCE = "MIT"


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, in menu words without the & marks; no repeats."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys or keys in seen:
            continue
        seen.add(keys)
        rows.append((action.text().replace("&", "").rstrip("…").strip(), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        rows += [(tr("Next / previous card on Today"), tr("Down, J / Up, K")),
                 (tr("Open a card, or write in it"), tr("Return")),
                 (tr("Fold a card"), tr("Left")), (tr("Back from the draft to the card"), tr("Escape"))]  # fmt: skip
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]


class AboutDialog(QDialog):
    def __init__(self, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Rebound"))
        self.title = PlainLabel(tr("Rebound {version__}").format(version__=__version__), self)
        self.text = PlainLabel(
            tr("A local-first CRM for getting back in touch: whom to write to today, and a draft to send."), self
        )
        self.text.setWordWrap(True)
        self.licence = muted(PlainLabel(tr("Licence: {LICENCE}").format(LICENCE=LICENCE), self))
        self.folder = PlainLabel(tr("Your data: {data_folder}").format(data_folder=data_folder), self, selectable=True)
        self.folder.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        for widget in (self.title, self.text, self.licence, self.folder):
            layout.addWidget(widget)
        layout.addWidget(buttons)
