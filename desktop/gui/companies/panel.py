"""One company as a place: who I know there (with staleness), its openings, my processes there, the job
changes into and out of it, and the warmest way in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from desktop.core.company_view import CompanyPerson, CompanyView, NextStep
from desktop.core.network import WayIn
from desktop.core.reconnect.facts import Facts
from desktop.core.staleness import Cadence, staleness
from desktop.gui.kit.formatting import date_formatter, format_date, role_label, word_label
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.rows_model import ROW_ID_ROLE, RowsModel
from desktop.gui.kit.staleness import staleness_colour, staleness_word
from desktop.gui.kit.suggestion_text import action_label
from desktop.gui.kit.widgets import SPACING, BulletList, PlainLabel, heading, list_table, muted
from desktop.vocab import Staleness

SIZED_ROWS = 50  # the rows a column sized to its contents is measured on (Qt measures 1,000 by default)
LIST_LINES = 8  # openings, processes, job changes: the newest few, then "and n more"


def _shortened(lines: list[str], empty: str) -> list[str]:
    if not lines:
        return [empty]
    if len(lines) > LIST_LINES:
        return [*lines[:LIST_LINES], tr("and {n} more").format(n=len(lines) - LIST_LINES)]
    return lines


def counted(n: int, one: str, many: str) -> str:
    """``1 person`` or ``4 people`` (both forms translated as they are; German counts the same way)."""
    return one if n == 1 else many.format(n=f"{n:,}")


def way_text(way: WayIn, facts: Facts) -> str:
    """``You know Dev Patel`` or ``Friend → Middle → Dev Patel`` (with the edges' strength in words)."""
    names = [facts.people[p].name for p in way.path]
    if way.hops == 1:
        return tr("You know {name} yourself").format(name=names[0])
    return tr("{path} (strength {strength})").format(path=" → ".join(names), strength=way.strength)


class CompanyPanel(QWidget):
    open_person_requested = Signal(int)
    network_requested = Signal(int)  # the company, on the network map

    def __init__(self, day: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = day
        self.cadence = Cadence(90, 120)
        self.company_id: int | None = None
        self.steps: dict[int, NextStep] = {}  # person → next suggested step (from the kept day plan)
        # looked up once per showing, not per row (a company may have a thousand people)
        self._words: dict[Staleness, str] = {}
        self._actions: dict[str, str] = {}
        self._roles: dict[str | None, str] = {}
        self._date: Callable[[date], str] = format_date
        self.title = heading("", self)
        self.summary = muted(PlainLabel("", self))
        self.ways_title = heading(tr("Warmest way in"), self, factor=1.1)
        self.ways = BulletList([], self)
        self.network_button = QPushButton(icon("people"), tr("Show on the network map"), self)
        self.network_button.clicked.connect(lambda: self.network_requested.emit(self.company_id or 0))
        self.people_title = heading(tr("People here"), self, factor=1.1)
        self.people_model: RowsModel[CompanyPerson] = RowsModel(
            [tr("Name"), tr("Title"), tr("Role"), tr("Last contact"), tr("Next step")], self._person_cells, self,
            row_id=lambda p: p.id, colour=self._person_colour,
        )  # fmt: skip
        self.people = list_table(self.people_model, self, sortable=False)
        self.people.setAccessibleName(tr("People at this company"))
        self.people.setTabKeyNavigation(False)
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZED_ROWS)  # not all of a thousand rows measured at each showing
        self.people.activated.connect(self._person_activated)
        self.no_people = muted(PlainLabel(tr("No one you know works here yet."), self))
        self.openings = BulletList([], self)
        self.processes = BulletList([], self)
        self.moves = BulletList([], self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        ways_row = QHBoxLayout()
        ways_row.addWidget(self.ways_title)
        ways_row.addStretch(1)
        ways_row.addWidget(self.network_button)
        layout.addLayout(ways_row)
        layout.addWidget(self.ways)
        layout.addWidget(self.people_title)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.no_people)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        for title, body in ((tr("Openings"), self.openings), (tr("My processes here"), self.processes),
                            (tr("Job changes"), self.moves)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(heading(title, self, factor=1.1))
            column.addWidget(body)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout.addLayout(columns)

    # -- cells ------------------------------------------------------------------------------
    def _person_cells(self, person: CompanyPerson) -> list[str]:
        """Name, title, role, ``1 Mar 2026 · fresh`` (as ``kit.staleness.last_contact_text``), ``Check in · 3 Mar``."""
        word = self._words[staleness(person.last_contact, self._day(), self.cadence)]
        last = word if person.last_contact is None else f"{self._date(person.last_contact.date())} · {word}"
        step = self.steps.get(person.id)
        if step is not None and step.action not in self._actions:
            self._actions[step.action] = action_label(step.action)
        next_step = "" if step is None else f"{self._actions[step.action]} · {self._date(step.day)}"
        if person.role not in self._roles:
            self._roles[person.role] = role_label(person.role)
        return [person.name, person.title or "", self._roles[person.role], last, next_step]

    def _person_colour(self, person: CompanyPerson, column: int) -> QColor | None:
        if column != 3:
            return None
        return staleness_colour(staleness(person.last_contact, self._day(), self.cadence), self.palette())

    def _person_activated(self, index: QModelIndex) -> None:
        person_id = index.siblingAtColumn(0).data(ROW_ID_ROLE)
        if isinstance(person_id, int):
            self.open_person_requested.emit(person_id)

    # -- showing a company --------------------------------------------------------------------
    def show_company(
        self,
        view: CompanyView,
        ways: list[WayIn] | None,
        facts: Facts | None,
        cadence: Cadence,
        steps: dict[int, NextStep] | None = None,
    ) -> None:
        self.company_id, self.cadence, self.steps = view.id, cadence, steps or {}
        self._words = {value: staleness_word(value) for value in Staleness}
        self._actions, self._roles = {}, {}
        self._date = date_formatter()
        self.title.setText(view.name)
        parts = [counted(len(view.people), tr("1 person"), tr("{n} people")),
                 counted(len(view.openings), tr("1 opening"), tr("{n} openings")),
                 counted(len(view.processes), tr("1 process"), tr("{n} processes"))]  # fmt: skip
        self.summary.setText(" · ".join(([view.domain] if view.domain else []) + parts))
        self.people_model.set_rows(view.people)
        self.people.setVisible(bool(view.people))
        self.no_people.setVisible(not view.people)
        self.people_title.setText(tr("People here ({n})").format(n=len(view.people)))
        if ways is None or facts is None:
            self.ways.set_lines([tr("Reading your network…")])
        elif not view.people:
            self.ways.set_lines([tr("Add the people you know here to see a way in.")])
        elif not ways:
            self.ways.set_lines([tr("No one you know knows anyone here (within three steps).")])
        else:
            self.ways.set_lines([way_text(way, facts) for way in ways])
        self.network_button.setEnabled(bool(view.people))
        self.openings.set_lines(_shortened(
            [f"{o.title} · {word_label(o.status)}" + (f" · {format_date(o.discovered_on)}" if o.discovered_on else "")
             for o in view.openings], tr("No openings known."),
        ))  # fmt: skip
        self.processes.set_lines(_shortened(
            [" · ".join(filter(None, [p.opening, p.candidate, word_label(p.stage_reached), word_label(p.outcome),
                                      format_date(p.ended_on or p.started_on)])) for p in view.processes],
            tr("No processes here."),
        ))  # fmt: skip
        self.moves.set_lines(_shortened(
            [(tr("{name} joined from {other}, {day}") if m.into else tr("{name} left for {other}, {day}")).format(
                name=m.name, other=m.other_company or tr("elsewhere"), day=format_date(m.at)) for m in view.moves],
            tr("No job changes known."),
        ))  # fmt: skip
