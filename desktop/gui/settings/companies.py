"""Settings → Companies: which companies' careers feeds Rebound watches for new openings (opt-in, each one),
and the switch that turns all watching off. Every change is saved at once, through the one write path."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, muted
from desktop.gui.services.ops import Ops
from desktop.interop.watch import (
    CompanyWatch,
    company_watches,
    set_company_watch,
    set_watching_enabled,
    watching_enabled,
)

COMPANY, URL, WATCH, MINE = range(4)
HEADERS = (tr("Company"), tr("Careers page or feed"), tr("Watch openings"), tr("My roles"))
INTRO = tr(
    "Rebound can read the public job feed of a company you tick (Greenhouse, Lever, Personio, or an RSS, Atom "
    "or JSON feed) once a day, add its new openings and close the ones that are gone. Only the feed URL is "
    "fetched, with nothing about you; a careers page of those providers is turned into its feed."
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CompaniesTab(QWidget):
    message = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.enabled = QCheckBox(tr("Watch the careers feeds of the companies ticked below"), self)
        self.enabled.toggled.connect(self._switch)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Filter companies"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(COMPANY)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(URL, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.ResizeToContents)
        self.error = InlineError(self)
        intro = muted(PlainLabel(INTRO, self))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self._loading = False
        self.model.itemChanged.connect(self._item_changed)
        self.load()

    def load(self) -> None:
        self._loading = True
        self.enabled.setChecked(watching_enabled())
        self.model.removeRows(0, self.model.rowCount())
        for watch in company_watches():
            self.model.appendRow(self._row(watch))
        self.table.setEnabled(self.enabled.isChecked())
        self._loading = False

    def _row(self, watch: CompanyWatch) -> list[QStandardItem]:
        name = QStandardItem(watch.company)
        name.setEditable(False)
        name.setData(watch.company_id, ID_ROLE)
        url = QStandardItem(watch.careers_url or "")
        url.setToolTip(
            tr("Feed: {feed}").format(feed=watch.feed)
            if watch.feed
            else tr("A careers page or feed URL (http or https)")
        )
        items = [name, url]
        for on in (watch.watch, watch.mine):
            box = QStandardItem()
            box.setCheckable(True)
            box.setEditable(False)
            box.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            items.append(box)
        return items

    def row_of(self, company: str) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, COMPANY).text() == company:
                return row
        return None

    def _switch(self, on: bool) -> None:
        self.table.setEnabled(on)
        if self._loading:
            return
        said = tr("Watching openings is on.") if on else tr("Watching openings is off.")
        self.ops.run(lambda: set_watching_enabled(on), on_done=lambda _changes: self.message.emit(said),
                     on_failed=self._failed)  # fmt: skip

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading or item.column() == COMPANY:
            return
        row = item.row()
        company_id = int(self.model.item(row, COMPANY).data(ID_ROLE))
        url = self.model.item(row, URL).text().strip()
        watch = self.model.item(row, WATCH).checkState() == Qt.CheckState.Checked
        mine = self.model.item(row, MINE).checkState() == Qt.CheckState.Checked
        self.error.clear()
        self.ops.run(lambda: set_company_watch(company_id, watch=watch, careers_url=url, mine=mine),
                     on_failed=self._failed)  # fmt: skip

    def _failed(self, message: str) -> None:
        self.error.show_message(tr("Not saved: {sentence}").format(sentence=sentence(message)))
        self.load()  # show what is stored
