"""The People list as a lazy table model: rows in windows, each read from the keys of the one beside it.

Only the windows the view actually paints are fetched (``WINDOW`` rows each, through
``read_window``), and at most ``MAX_WINDOWS`` are kept; a database of 100,000 people costs no
more to show than one of 200. The whole list knows its row count (a tally the triggers keep) and
reads a window from its neighbour's first or last key (keyset paging), or, for a jump, from the
nearer end of the name index. A search never counts its matches: it lists the windows read so
far and reads the next one when the view scrolls to the end (``canFetchMore``); ``more`` says
whether there is one (the status bar shows "200+").
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtGui import QGuiApplication

from desktop.core.people_list import Key, PersonRow, Window
from desktop.core.staleness import DEFAULT_CADENCE, Cadence, staleness
from desktop.gui.kit.formatting import format_date, format_datetime, role_label, tooltip_text
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.qt_values import DISPLAY_ROLE, FOREGROUND_ROLE, TOOL_TIP_ROLE, USER_ROLE
from desktop.gui.kit.staleness import last_contact_text, staleness_colour

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from desktop.core.first_look import FirstFrame

Index = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = USER_ROLE + 1
_ROLES = frozenset((DISPLAY_ROLE, TOOL_TIP_ROLE, FOREGROUND_ROLE, PERSON_ID_ROLE))  # what ``data`` answers


class PeopleModel(QAbstractTableModel):
    COLUMNS = (tr("Name"), tr("Company"), tr("Title"), tr("Role"), tr("Last contact"))
    WINDOW = 200
    MAX_WINDOWS = 8
    grown = Signal()  # a search listed its next window, or found it has none: the counts shown change

    def __init__(self, parent: QObject | None = None, today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self._today = today  # with a day, Last contact says how stale it is ("· due"), in its colour
        self._cadence: Cadence = DEFAULT_CADENCE
        self._text = ""
        self._searching = False
        self._count = 0
        self._more = False
        self._windows: OrderedDict[int, Window] = OrderedDict()
        self._after: dict[int, Key | None] = {}  # a search: the key before each window listed (to read it again)
        self.rows_loaded = 0  # how many rows were fetched from the database so far (never all at once)
        self.fetches = 0

    # -- what the list shows ------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._text

    @property
    def more(self) -> bool:
        """Whether a search matches more people than the rows listed so far."""
        return self._more

    def search(self, text: str, first: FirstFrame | None = None) -> None:
        """Show the people matching ``text`` (everyone for an empty text).

        ``first``: everyone's first window, the count and the settings, read before the store loaded (the window's
        first frame, core/first_look.py); the list reads the rest through the store, once it is open.
        """
        self.beginResetModel()
        self._text = text.strip()
        self._windows.clear()
        self._after = {0: None}
        self._count, self._more = 0, False
        if first is not None and not self._text:  # the first frame: nothing of the store is needed yet
            self._searching = False
            if self._today is not None:
                self._cadence = Cadence.of(first.settings)
            self._count = first.total
            self._keep(0, first.first)
        else:
            from desktop.core import people  # lazy: the store loads after the first frame
            from desktop.core.settings import get_settings

            if self._today is not None:
                self._cadence = Cadence.of(get_settings())  # the user may have changed the check-in cadence
            self._searching = people.is_search(self._text)
            if self._searching:
                self._add_window()
            else:
                self._count = people.count_people()
        self.endResetModel()

    def refresh(self) -> None:
        """Read again after a change (an edit, a note, an import), keeping the search."""
        self.search(self._text)

    def _add_window(self) -> int:
        """A search: list the window after the rows listed so far; how many rows it added."""
        number = self._count // self.WINDOW
        window = self._read(number)
        self._after[number + 1] = window.last
        self._count += len(window.rows)
        self._more = len(window.rows) == self.WINDOW
        return len(window.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or not self._more:
            return
        number = self._count // self.WINDOW
        window = self._read(number)
        if window.rows:
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(window.rows) - 1)
            self._after[number + 1] = window.last
            self._count += len(window.rows)
            self._more = len(window.rows) == self.WINDOW
            self.endInsertRows()
        else:
            self._more = False
        self.grown.emit()

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
        while self._searching and self._more and near >= self._count:  # a search lists as far as ``near`` again
            self.fetchMore()
        if self._count:
            self._window(max(0, min(near, self._count - 1)) // self.WINDOW)
        for number, window in self._windows.items():
            for offset, person in enumerate(window.rows):
                if person.id == person_id:
                    return number * self.WINDOW + offset
        return None

    def _window(self, number: int) -> list[PersonRow]:
        window = self._windows.get(number)
        if window is not None:
            self._windows.move_to_end(number)
            return window.rows
        return self._read(number).rows

    def _read(self, number: int) -> Window:
        """Read window ``number`` from the keys of a window beside it (a search: the one before, always known)."""
        from desktop.core.people import read_window  # lazy: the first frame is read without the store

        if self._searching:
            window = read_window(self._text, limit=self.WINDOW, after=self._after.get(number))
        else:
            left, right = self._windows.get(number - 1), self._windows.get(number + 1)
            if left is not None and left.last is not None:
                window = read_window(limit=self.WINDOW, after=left.last)
            elif right is not None and right.first is not None:
                window = read_window(limit=self.WINDOW, before=right.first)
            else:
                window = read_window(limit=self.WINDOW, offset=number * self.WINDOW)
        return self._keep(number, window)

    def _keep(self, number: int, window: Window) -> Window:
        self.fetches += 1
        self.rows_loaded += len(window.rows)
        self._windows[number] = window
        while len(self._windows) > self.MAX_WINDOWS:
            self._windows.popitem(last=False)
        return window

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> object:
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> object:
        # Qt asks each painted cell for eight roles or so (a thousand calls for the first screen): the ones this
        # model answers are known in one set look-up, and a cell computes its own text only.
        if role not in _ROLES or not index.isValid():
            return None
        person = self.person(index.row())
        if person is None:
            return None
        if role == PERSON_ID_ROLE:
            return person.id
        column = index.column()
        if role == FOREGROUND_ROLE:
            if column != 4 or self._today is None or person.last_contact is None:
                return None
            value = staleness(person.last_contact, self._today(), self._cadence)
            return staleness_colour(value, QGuiApplication.palette())
        if role == TOOL_TIP_ROLE:  # the whole text of a cell too narrow for it
            if column == 4:
                return format_datetime(person.last_contact) if person.last_contact else None
            return tooltip_text((person.name, person.company, person.title, role_label(person.role))[column])
        if column == 0:
            return person.name
        if column == 1:
            return person.company or ""
        if column == 2:
            return person.title or ""
        return role_label(person.role) if column == 3 else self._last_contact(person)

    def _last_contact(self, person: PersonRow) -> str:
        if self._today is None or person.last_contact is None:  # never contacted: an empty cell, not a word per row
            return format_date(person.last_contact.date()) if person.last_contact else ""
        return last_contact_text(person.last_contact, self._today(), self._cadence)[0]
