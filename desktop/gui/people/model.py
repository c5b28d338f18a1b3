"""The People list as a lazy table model: the row count comes from one query, rows in windows.

Only the windows the view actually paints are fetched (``WINDOW`` rows each, through
``list_people``: the whole list reads one covering index, a search its matches' rows), and at
most ``MAX_WINDOWS`` are kept; a database of 100,000 people costs no more to show than one
of 200.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.people import PersonRow, count_people, list_people
from desktop.gui.kit.formatting import format_date, format_datetime, role_label, tooltip_text
from desktop.gui.kit.i18n import tr

Index = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleModel(QAbstractTableModel):
    COLUMNS = (tr("Name"), tr("Company"), tr("Title"), tr("Role"), tr("Last contact"))
    WINDOW = 200
    MAX_WINDOWS = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._count = 0
        self._windows: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self.rows_loaded = 0  # how many rows were fetched from the database so far (never all at once)
        self.fetches = 0

    # -- what the list shows ------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._text

    def search(self, text: str) -> None:
        """Show the people matching ``text`` (everyone for an empty text)."""
        self.beginResetModel()
        self._text = text.strip()
        self._count = count_people(self._text)
        self._windows.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Read again after a change (an edit, a note, an import), keeping the search."""
        self.search(self._text)

    # -- rows ---------------------------------------------------------------------------
    def person(self, row: int) -> PersonRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.WINDOW)
        rows = self._window(number)
        return rows[offset] if offset < len(rows) else None

    def person_id(self, row: int) -> int | None:
        person = self.person(row)
        return person.id if person else None

    def find_row(self, person_id: int, near: int = 0) -> int | None:
        """The row of a person, looked for in the loaded windows and the window around ``near``."""
        if self._count:
            self._window(max(0, min(near, self._count - 1)) // self.WINDOW)
        for number, rows in self._windows.items():
            for offset, person in enumerate(rows):
                if person.id == person_id:
                    return number * self.WINDOW + offset
        return None

    def _window(self, number: int) -> list[PersonRow]:
        rows = self._windows.get(number)
        if rows is not None:
            self._windows.move_to_end(number)
            return rows
        rows = list_people(self._text, offset=number * self.WINDOW, limit=self.WINDOW, total=self._count)
        self.fetches += 1
        self.rows_loaded += len(rows)
        self._windows[number] = rows
        while len(self._windows) > self.MAX_WINDOWS:
            self._windows.popitem(last=False)
        return rows

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, PERSON_ID_ROLE):
            return None
        person = self.person(index.row())
        if person is None:
            return None
        if role == PERSON_ID_ROLE:
            return person.id
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell too narrow for it
            if column == 4:
                return format_datetime(person.last_contact) if person.last_contact else None
            return tooltip_text((person.name, person.company, person.title, role_label(person.role))[column])
        values = (
            person.name,
            person.company or "",
            person.title or "",
            role_label(person.role),
            format_date(person.last_contact.date()) if person.last_contact else "",
        )
        return values[column]
