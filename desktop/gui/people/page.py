"""The People page: search as you type over a lazy list, the chosen person in a pane beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.qt_values import ALIGN_CENTER, set_qt_property
from desktop.gui.kit.welcome import WelcomeView
from desktop.gui.kit.widgets import SPACING, PlainLabel, list_table, muted
from desktop.gui.people.model import PeopleModel
from desktop.gui.services.ops import Ops

if TYPE_CHECKING:
    from desktop.core.first_look import FirstFrame
    from desktop.gui.people.person_page import PersonPage

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (150,)  # the name's width (company and title share the rest)


class NoMatchView(QWidget):
    """The empty state of a search that finds nobody."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        self.message = PlainLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.clear_button = QPushButton(tr("Clear search"), self)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING * 2)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_text(self, text: str) -> None:
        self.message.setText(tr("No one matches “{text}”.").format(text=text))


class PeoplePage(QWidget):
    counts_changed = Signal(int, int, bool)  # people listed, people in the database, whether a search has more
    person_page_built = Signal(object)  # the person pane, made when first needed (after the window's first paint)
    searched = Signal(str)  # the list now shows the result of this search
    load_demo_requested = Signal()
    import_requested = Signal()

    def __init__(
        self, clock: Callable[[], datetime] = datetime.now, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops if ops is not None else Ops(self)  # the one write path and its broadcast
        self.ops.changed.connect(self.apply_changes)
        self.model = PeopleModel(self, today=lambda: clock().date())
        self.total = 0
        self.model.grown.connect(lambda: self.counts_changed.emit(self.model.rowCount(), self.total, self.model.more))
        self._clock = clock
        self._person_page: PersonPage | None = None  # see ``person_page``

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(tr("Search people by name, company, title, e-mail or tag (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)

        self.table = self._make_table()
        self.table.setAccessibleName(tr("People"))
        self._no_match: NoMatchView | None = None  # see ``no_match``
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(SPACING, SPACING, 0, SPACING)
        list_layout.setSpacing(SPACING)
        list_layout.addWidget(self.search_box)
        list_layout.addWidget(self.list_stack, 1)
        # The list never scrolls sideways: it is at least as wide as all its columns at their narrowest (the name
        # at its width); the person pane yields the width (its buttons turn to icons, PersonHeader).
        list_side.setMinimumWidth(self._columns_width() + SPACING)

        self.placeholder = muted(PlainLabel(tr("Choose a person on the left to see their timeline."), self))
        set_qt_property(self.placeholder, "alignment", ALIGN_CENTER)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.placeholder)

        self._restore_person: int | None = None  # the person open at the last exit (``restore_state``)
        # side by side, a splitter's own orientation (naming it, or a parent here, builds the Qt namespace)
        self.splitter = QSplitter()
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([650, 470])

        self._welcome: WelcomeView | None = None  # see ``welcome``
        self._busy = False
        self.views = QStackedWidget(self)
        self.views.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

    @property
    def no_match(self) -> NoMatchView:
        """The empty state of a search that finds nobody, made the first time it is needed."""
        if self._no_match is None:
            view = NoMatchView(self)
            view.clear_button.clicked.connect(self.clear_search)
            self.list_stack.addWidget(view)
            self._no_match = view
        return self._no_match

    @property
    def welcome(self) -> WelcomeView:
        """The empty database's page, made the first time it is shown."""
        if self._welcome is None:
            view = WelcomeView(self)
            view.load_demo_button.clicked.connect(self.load_demo_requested)
            view.import_button.clicked.connect(self.import_requested)
            view.setEnabled(not self._busy)
            self.views.addWidget(view)
            self._welcome = view
        return self._welcome

    def set_busy(self, busy: bool) -> None:
        """Long work is under way: the empty page's buttons wait (they would start more)."""
        self._busy = busy
        if self._welcome is not None:
            self._welcome.setEnabled(not busy)

    @property
    def person_page(self) -> PersonPage:
        """The person pane, made the first time it is needed: the window paints its list without it."""
        if self._person_page is None:
            # lazy: the person pane loads with the first person, after the first paint
            from desktop.gui.people.person_page import PersonPage

            page = PersonPage(self._clock, self, ops=self.ops)
            self._person_page = page
            self.detail_stack.addWidget(page)
            page.open_person_requested.connect(self.show_person)
            self.person_page_built.emit(page)
        return self._person_page

    @property
    def built_person_page(self) -> PersonPage | None:
        """The person pane if it was made (reading it does not make it)."""
        return self._person_page

    @property
    def open_person_id(self) -> int | None:
        """Who is open in the pane (None: no one, or no pane yet)."""
        return None if self._person_page is None else self._person_page.person_id

    def apply_changes(self, changes: Changes) -> None:
        """What a write changed (the ops broadcast): the list, and the open person's pane, read again if touched."""
        if changes.everything:
            self.load()
            self.reload_open_person()
            return
        if changes.settings and not changes.touches_people:  # the check-in cadence: staleness words
            self.refresh()
            return
        if not changes.touches_people:
            return
        page = self._person_page
        if changes.erased and page is not None and (page.person_id is None or page.person_id in changes.erased):
            page.forget()
            self.show_no_one()
        self.refresh()
        if changes.touches_person(self.open_person_id):
            self.person_page.reload_lists()

    def reload_open_person(self, person_id: int | None = None) -> None:
        """Read the open person's timeline and lists again (only when ``person_id``, if given, is the one open)."""
        if self.open_person_id is not None and person_id in (None, self.open_person_id):
            self.person_page.reload_lists()

    def show_no_one(self) -> None:
        """The pane shows no one (the open person was erased, or is not in a restored database)."""
        self.detail_stack.setCurrentWidget(self.placeholder)

    def reread_open_person(self) -> None:
        """The database was replaced: unsaved edits are dropped, the open person read again (or no one shown)."""
        page = self._person_page
        if page is not None and page.person_id is not None:
            if page.is_dirty():
                page.form.revert()
            if not page.reload():
                self.show_no_one()

    def confirm_leave(self) -> bool:
        """Whether the open person may be left (unsaved edits saved or discarded first)."""
        return self._person_page is None or self._person_page.confirm_leave()

    def _make_table(self) -> QTableView:
        table = list_table(self.model, self, sortable=False, titles=self.model.COLUMNS)  # in name order only
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        columns = table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setMinimumSectionSize(SPACING * 8)
        # the name first, at its width; company and title share what is left; role and last contact as wide
        # as their widest text: the list scrolls sideways only when narrower than all of that
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, COLUMN_WIDTHS[0])
        for column in (1, 2):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        for column, widest in ((3, tr("Hiring manager")), (4, tr("30 Sep 2026"))):
            header = self.model.COLUMNS[column]
            width = max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(header)) + SPACING * 2
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        return table

    def _columns_width(self) -> int:
        """Every column at its narrowest, the vertical scroll bar and the frame: the list's least width."""
        table, columns = self.table, self.table.horizontalHeader()
        widths = [table.columnWidth(0), columns.minimumSectionSize() * 2, table.columnWidth(3), table.columnWidth(4)]
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        return sum(widths) + scroll_bar + table.frameWidth() * 2

    # -- search -----------------------------------------------------------------------
    def load(self, open_first: bool = True, first: FirstFrame | None = None) -> None:
        """Read the list now (at start and after an import) and open the first person if none is open.

        ``first``: the list's first window, its count and the settings, read before the store loaded (the
        window's first frame, core/first_look.py)."""
        self.apply_search(first)
        if open_first or self.open_person_id is not None:
            self.open_first()

    def open_first(self) -> None:
        """Open the person open at the last exit (if still listed), else the first row, unless someone is open;
        the list as it was read (the window's start reads it once, before its first paint)."""
        if self.open_person_id is None:
            kept, self._restore_person = self._restore_person, None
            row = self.model.find_row(kept, 0) if kept is not None else None
            if row is not None and kept is not None:  # the person open at the last exit, if still there
                self._open(kept)
                self._reselect(self.model.index(row, 0))
                self.table.scrollTo(self.model.index(row, 0))
            elif self.model.rowCount() > 0:
                self.table.selectRow(0)
        else:
            self._select_open_person(near=0)

    def apply_search(self, first: FirstFrame | None = None) -> None:
        self._search_timer.stop()
        text = self.search_box.text()
        self.model.search(text, first)
        self._after_model_change()
        self._follow_search()
        self.searched.emit(text)

    def _follow_search(self) -> None:
        """The detail pane follows the search: the open person if found, else the first hit, else no one."""
        if self.views.currentWidget() is not self.splitter:
            return
        if not self.model.search_text and (
            self.detail_stack.currentWidget() is not self.placeholder or self.open_person_id is None
        ):
            return  # the whole list: whoever is open stays (at the start: ``load`` chooses)
        if self._person_page is not None and self._person_page.is_dirty():
            return  # unsaved edits stay on screen until saved or reverted
        person_id = self.open_person_id
        row = self.model.find_row(person_id, 0) if person_id is not None else None
        if row is None and self.model.rowCount():
            row, person_id = 0, self.model.person_id(0)
        if row is None or person_id is None:
            self.show_no_one()
            return
        if person_id != self.open_person_id or self.detail_stack.currentWidget() is not self.person_page:
            self._open(person_id)
        self._reselect(self.model.index(row, 0))

    def clear_search(self) -> None:
        self.search_box.clear()
        self.apply_search()

    def focus_search(self) -> None:
        if self.views.currentWidget() is self.splitter:
            from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_box.selectAll()

    def refresh(self) -> None:
        """Read the list again (a person changed), keeping the open person selected when still listed."""
        row = self.table.currentIndex().row()
        self.model.refresh()
        self._after_model_change()
        self._select_open_person(near=max(row, 0))

    def _after_model_change(self) -> None:
        shown = self.model.rowCount()
        if self.model.search_text:
            from desktop.core.people import count_people  # lazy: the first frame is read without the store

            self.total = count_people()
        else:
            self.total = shown  # everyone: a tally, not a count
        if self.total == 0:
            self.views.setCurrentWidget(self.welcome)  # made here: a database with people never needs it
        else:
            self.views.setCurrentWidget(self.splitter)
            if shown == 0:
                self.no_match.show_text(self.model.search_text)
                self.list_stack.setCurrentWidget(self.no_match)
            else:
                self.list_stack.setCurrentWidget(self.table)
        self.counts_changed.emit(shown, self.total, self.model.more)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.clear_search()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self.apply_search()
                if self.model.rowCount():
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    if not self.table.currentIndex().isValid():
                        self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    # -- the open person --------------------------------------------------------------
    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        person_id = self.model.person_id(current.row()) if current.isValid() else None
        if person_id is None or person_id == self.open_person_id:
            return
        if not self.confirm_leave():
            self._reselect(previous)
            return
        self._open(person_id)

    def _reselect(self, index: QModelIndex) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def show_person(self, person_id: int) -> None:
        """Open a person in the pane (from a connection, a link, the screenshot tool)."""
        if person_id == self.open_person_id or not self.confirm_leave():
            return
        self._open(person_id)
        self._select_open_person(near=max(self.table.currentIndex().row(), 0))

    def _open(self, person_id: int) -> None:
        self.person_page.show_person(person_id)
        self.detail_stack.setCurrentWidget(self.person_page)

    def _select_open_person(self, near: int) -> None:
        person_id = self.open_person_id
        row = self.model.find_row(person_id, near) if person_id is not None else None
        if row is None:
            self.table.clearSelection()
            self._reselect(QModelIndex())
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    # -- settings ---------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("people/person", self.open_person_id or 0)  # opened again at the next start
        settings.setValue("people/splitter", self.splitter.saveState())
        settings.setValue("people/column-layout", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        try:
            person = int(str(settings.value("people/person", 0)))
        except ValueError:
            person = 0
        self._restore_person = person or None
        splitter = settings.value("people/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = settings.value("people/column-layout")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
