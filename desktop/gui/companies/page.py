"""The Companies page: the list of companies (searchable) beside the open company's page.

Read again when a write touched people, openings, processes or companies (the ops broadcast), when shown.
An empty database shows what the page is for and offers the import that fills it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QSplitter, QVBoxLayout, QWidget

from desktop.core.changes import Changes
from desktop.core.company_view import CompanyRow, NextStep, company_view, list_companies, next_steps
from desktop.core.network import ways_in
from desktop.core.reconnect.facts import Facts
from desktop.core.settings import get_settings
from desktop.core.staleness import Cadence
from desktop.gui.companies.panel import SIZED_ROWS, CompanyPanel
from desktop.gui.kit.empty_state import EmptyState, content_or_empty
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.rows_model import ROW_ID_ROLE, RowsModel
from desktop.gui.kit.widgets import SPACING, list_table
from desktop.gui.services.ops import Ops

if TYPE_CHECKING:
    from desktop.core.reconnect.suggestion import Suggestion

    Plan = tuple[Sequence[Suggestion], Sequence[Suggestion]]  # today's plan, coming up (the kept day plan)


class CompaniesPage(QWidget):
    open_person_requested = Signal(int)
    network_requested = Signal(int)  # a company id
    import_requested = Signal()

    def __init__(
        self,
        ops: Ops,
        facts: Callable[[], Facts | None],
        day: Callable[[], date],
        parent: QWidget | None = None,
        plan: Callable[[], Plan] | None = None,
    ) -> None:
        super().__init__(parent)
        self._facts, self._day, self._plan = facts, day, plan
        self._steps: tuple[date, dict[int, NextStep]] | None = None  # everyone's next step, per plan and day
        self._stale = True
        ops.changed.connect(self.apply_changes)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(tr("Search companies"))
        self.search_box.setAccessibleName(tr("Search companies"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _text: self.load())
        self.model: RowsModel[CompanyRow] = RowsModel(
            [tr("Company"), tr("People"), tr("Openings"), tr("Processes")],
            lambda r: [r.name, f"{r.people:,}", str(r.openings), str(r.processes)], self, row_id=lambda r: r.id,
        )  # fmt: skip
        self.table = list_table(self.model, self, sortable=False)
        self.table.setAccessibleName(tr("Companies"))
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZED_ROWS)  # not all of a thousand rows measured at each showing
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.panel = CompanyPanel(day, self)
        self.panel.open_person_requested.connect(self.open_person_requested)
        self.panel.network_requested.connect(self.network_requested)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(SPACING)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([360, 760])
        self.empty = EmptyState(
            tr("No companies yet"),
            tr("Companies gather the people you know there, their openings and your applications. "
               "They appear as you import your connections or add people and openings."),
            tr("Import your connections…"), "import", self,
        )  # fmt: skip
        self.empty.button.clicked.connect(self.import_requested)
        self.stack = content_or_empty(self, self.splitter, self.empty)
        self.setFocusProxy(self.search_box)

    # -- reading ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def apply_changes(self, changes: Changes) -> None:
        if changes.everything or changes.touches_people or changes.openings or changes.processes or changes.companies:
            self._stale = True
            if self.isVisible():
                self.load()

    def plan_changed(self) -> None:
        """The kept day plan changed: the open company's next steps are read again (when shown)."""
        self._steps = None
        if self.isVisible() and self.panel.company_id is not None:
            self.show_company(self.panel.company_id)
        else:
            self._stale = True

    def load(self) -> None:
        """Read the list (keeping the open company when it is still listed)."""
        self._stale = False
        keep = self.panel.company_id
        rows = list_companies(self.search_box.text())
        self.model.set_rows(rows)
        nothing = not rows and not self.search_box.text().strip() and not list_companies()
        self.stack.setCurrentWidget(self.empty if nothing else self.splitter)
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            self.show_company(keep)
        elif rows:
            self.table.selectRow(0)

    def _next_steps(self) -> dict[int, NextStep]:
        """Everyone's next suggested step, worked out once per kept plan and day (the plan holds tens of thousands)."""
        if self._plan is None:
            return {}
        today = self._day()
        if self._steps is None or self._steps[0] != today:
            self._steps = (today, next_steps(*self._plan(), today))
        return self._steps[1]

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            company_id = indexes[0].data(ROW_ID_ROLE)
            if isinstance(company_id, int) and company_id != self.panel.company_id:
                self.show_company(company_id)

    def show_company(self, company_id: int) -> None:
        """Open a company's page (and select it in the list when listed)."""
        view = company_view(company_id)
        facts = self._facts()
        people = {p.id for p in view.people}
        ways = ways_in(people, facts) if facts is not None else None
        everyone = self._next_steps()
        steps = {person: everyone[person] for person in people if person in everyone}
        self.panel.show_company(view, ways, facts, Cadence.of(get_settings()), steps)
        ids = [r.id for r in self.model.rows]
        if company_id in ids and self.table.currentIndex().row() != ids.index(company_id):
            self.table.selectRow(ids.index(company_id))
