"""The Openings page: the job postings, and whom a selected one makes worth contacting — or why no one.

A sortable, filterable table (model/view) on the left; the chosen opening in a pane beside
it: its facts, its relevance to you, the suggestions it gives rise to (ask about it, ask for
an introduction, re-engage a past candidate) with their reasons, or in plain words why it
triggers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.companies import company_names
from desktop.core.openings import OpeningView, list_openings, set_status
from desktop.core.reconnect import rules
from desktop.core.reconnect.explain import OpeningReport, opening_report
from desktop.core.reconnect.relevance import relevance
from desktop.core.reconnect.suggestion import Suggestion
from desktop.gui.dialogs.add_opening import AddOpeningDialog
from desktop.gui.dialogs.edit_opening import EditOpeningDialog
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.formatting import format_date, word_label
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.links import open_url, web_url
from desktop.gui.kit.suggestion_text import action_label, days_phrase, readable, relevance_sentence, who_text
from desktop.gui.kit.widgets import (
    SPACING,
    BulletList,
    InlineError,
    PlainLabel,
    heading,
    list_table,
    muted,
    scaled_font,
    separator,
)
from desktop.gui.openings.feeds import FeedCheck
from desktop.gui.openings.model import (
    COMPANY,
    DISCOVERED,
    MINE,
    OPENING_ID_ROLE,
    RELEVANCE,
    STATUS,
    TITLE,
    OpeningsModel,
    OpeningsProxy,
)
from desktop.gui.services.ops import Ops
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.interop.watch import feed_facts

COMPANY_WIDTH = 170  # the title takes what the other columns leave
EMPTY_TITLE = tr("Keep an eye on openings")
EMPTY_TEXT = tr(
    "Add the job postings you notice. When one is new and fits your target roles, Rebound tells you whom "
    "you know there to ask about it — or who can introduce you. Recruiters add the roles they are filling, "
    "and Rebound suggests the past candidates who fit. Or let Rebound watch the careers feeds of the companies "
    "you know (Settings → Companies)."
)


class WorthContacting(QWidget):
    """One suggestion an opening gives rise to: what, for whom, and why."""

    open_person_requested = Signal(int)

    def __init__(self, suggestion: Suggestion, name: str, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.title = PlainLabel(f"{action_label(suggestion.action)}: {name}", self, selectable=True)
        self.title.setFont(scaled_font(self.title, 1.0, bold=True))
        self.title.setWordWrap(True)
        self.about = muted(PlainLabel(about, self))
        self.about.setWordWrap(True)
        self.about.setVisible(bool(about))
        self.why = BulletList([readable(line)[0] for line in suggestion.why], self)  # dates, quotes, words
        self.open_button = QPushButton(tr("Open person"), self)
        self.open_button.setFlat(True)
        self.open_button.clicked.connect(lambda: self.open_person_requested.emit(suggestion.person_id))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, SPACING)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(head)
        layout.addWidget(self.about)
        layout.addWidget(self.why)


class OpeningDetail(QScrollArea):
    """The chosen opening: facts, relevance, and whom it makes worth contacting (or why no one)."""

    open_person_requested = Signal(int)
    status_changed = Signal(int)  # the opening was closed or reopened
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.ops = ops if ops is not None else Ops(self)  # the one write path (the window's)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.opening: OpeningView | None = None
        self.report: OpeningReport | None = None
        self.entries: list[WorthContacting] = []
        content = QWidget(self)
        self.title = heading("", content)
        self.title.setWordWrap(True)
        self.facts = PlainLabel("", content, selectable=True)
        self.facts.setWordWrap(True)
        self.keywords = muted(PlainLabel("", content, selectable=True))
        self.keywords.setWordWrap(True)
        self.url_button = QPushButton(icon("external_link"), tr("Open the posting"), content)
        self.url_button.clicked.connect(self.open_posting)
        self.status_button = QPushButton(content)
        self.status_button.clicked.connect(self.toggle_status)
        self.edit_button = QPushButton(tr("Edit…"), content)
        self.edit_button.setToolTip(tr("Change the title, company, posting or keywords"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.error = InlineError(content)
        self.relevance = PlainLabel("", content)
        self.relevance.setFont(scaled_font(self.relevance, 1.0, bold=True))
        self.relevance.setWordWrap(True)
        self.section = heading("", content, factor=1.2)
        self.nothing = PlainLabel("", content, selectable=True)
        self.nothing.setWordWrap(True)
        self.details = BulletList((), content, dim=True)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(0)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.url_button)
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.keywords)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addSpacing(SPACING)
        layout.addWidget(self.relevance)
        layout.addSpacing(SPACING)
        layout.addWidget(self.section)
        layout.addWidget(self.nothing)
        layout.addWidget(self.details)
        layout.addLayout(self.list_layout)
        layout.addStretch(1)
        self.setWidget(content)
        self._content = content

    def show_opening(
        self, opening: OpeningView, report: OpeningReport | None, names: dict[int, tuple[str, str]], today: date
    ) -> None:
        """``names``: person id → (name, "Title at Company") of the people in the suggestions."""
        self.opening, self.report = opening, report
        self.error.clear()
        self.title.setText(opening.title)
        from_feed = feed_facts(opening.id)
        facts = [opening.company] + ([from_feed["location"]] if "location" in from_feed else [])
        if opening.discovered_on is not None:
            days = (today - opening.discovered_on).days
            ago = (
                "today"
                if days == 0
                else tr("{days_phrase} ago").format(days_phrase=days_phrase(days))
                if days > 0
                else tr("in {days_phrase}").format(days_phrase=days_phrase(days))
            )
            facts.append(
                tr("found {format_date} ({ago})").format(format_date=format_date(opening.discovered_on), ago=ago)
            )
        facts.append(word_label(opening.status))
        if opening.status == "closed" and "closed_on" in from_feed:
            facts[-1] += tr(" (gone from the feed on {format_date})").format(
                format_date=format_date(date.fromisoformat(from_feed["closed_on"]))
            )
        if opening.mine:
            facts.append(tr("a role you are filling"))
        self.facts.setText(" · ".join(facts))
        self.keywords.setText(tr("Keywords: ") + ", ".join(opening.keywords) if opening.keywords else "")
        self.keywords.setVisible(bool(opening.keywords))
        self.url_button.setVisible(web_url(opening.url) is not None)
        self.status_button.setText(tr("Mark as closed") if opening.status == "open" else tr("Reopen"))
        self.status_button.setIcon(icon("dismiss" if opening.status == "open" else "openings"))
        self._clear_entries()
        if report is None:
            self.relevance.setText(tr("Working out today’s plan…"))
            self.relevance.setToolTip("")
            self.section.hide()
            self.nothing.hide()
            self.details.hide()
            return
        self.relevance.setText(relevance_sentence(report.relevance_text))  # words; the number in the tooltip
        self.relevance.setToolTip(report.relevance_text)
        self.section.show()
        if report.suggestions:
            count = len(report.suggestions)
            self.section.setText(tr("Worth contacting ({count})").format(count=count))
            self.nothing.hide()
            self.details.hide()
            for number, suggestion in enumerate(report.suggestions):
                name, about = names.get(suggestion.person_id, (str(suggestion.person_id), ""))
                if number:
                    self.list_layout.addWidget(separator(self._content))
                entry = WorthContacting(suggestion, name, about, self._content)
                entry.open_person_requested.connect(self.open_person_requested)
                self.entries.append(entry)
                self.list_layout.addWidget(entry)
        else:
            self.section.setText(tr("Triggers nothing"))
            reason, *details = report.reasons or [tr("no rule applies")]
            self.nothing.setText(tr("No one to contact about it: {reason}.").format(reason=reason))
            self.nothing.show()
            self.details.set_lines([readable(line)[0] for line in details])

    def _clear_entries(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.entries = []

    def worth_contacting(self) -> list[str]:
        """The titles of the suggestions shown ("Ask about a new opening: Tom Weber")."""
        return [entry.title.text() for entry in self.entries]

    def open_posting(self) -> bool:
        return open_url(web_url(self.opening.url if self.opening else None))

    def toggle_status(self) -> None:
        if self.opening is None:
            return
        opening_id, version = self.opening.id, self.opening.version
        status = "closed" if self.opening.status == "open" else "open"
        # the openings: the broadcast re-plans; ``reload`` shows it (saved against the version shown)
        self.ops.run(
            lambda: set_status(opening_id, status, expected_version=version),
            lambda _changes: self.status_changed.emit(opening_id),
            lambda message: self.error.show_message(sentence(message)),
        )


class EmptyOpenings(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(EMPTY_TITLE, self, factor=1.6)
        self.text = PlainLabel(EMPTY_TEXT, self)
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.add_button = QPushButton(icon("openings"), tr("Add opening…"), self)
        self.feeds_button = QPushButton(tr("Check feeds now"), self)
        self.feeds_button.setToolTip(tr("Read the careers feeds of the companies you watch (Settings → Companies)"))
        column = QWidget(self)
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(SPACING * 2)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.feeds_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class OpeningsPage(QWidget):
    open_person_requested = Signal(int)
    opening_added = Signal(int)

    def __init__(self, keeper: PlanKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.dialog: QDialog | None = None
        self.model = OpeningsModel(self)
        self.proxy = OpeningsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._selected_id: int | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(tr("Filter openings by title or company"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.textChanged.connect(self.proxy.set_text)
        self.add_button = QPushButton(icon("openings"), tr("Add opening…"), self)
        self.add_button.clicked.connect(self.add_opening)
        self.feeds = FeedCheck(keeper, self)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.feeds.check_button)
        top.addWidget(self.add_button)
        self.table = self._make_table()
        self.table.setAccessibleName(tr("Openings"))
        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(SPACING, SPACING, 0, SPACING)
        list_layout.setSpacing(SPACING)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)

        self.detail = OpeningDetail(self, self.keeper.ops)
        self.detail.open_person_requested.connect(self.open_person_requested)
        self.detail.status_changed.connect(self._status_changed)
        self.detail.edit_requested.connect(self.edit_opening)
        self.placeholder = muted(PlainLabel(tr("Choose an opening to see whom it makes worth contacting."), self))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("openingsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setSizes([680, 440])

        self.empty = EmptyOpenings(self)
        self.empty.add_button.clicked.connect(self.add_opening)
        self.empty.feeds_button.clicked.connect(self.feeds.check)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.splitter)
        self.views.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        feeds_row = QHBoxLayout()
        feeds_row.setContentsMargins(SPACING, SPACING, SPACING, 0)
        feeds_row.addWidget(self.feeds)
        layout.addLayout(feeds_row)
        layout.addWidget(self.views, 1)
        self.feeds.start_daily()

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._stale = True  # read when first shown, and again when shown after the plan changed
        self.keeper.changed.connect(self._plan_changed)

    def _make_table(self) -> QTableView:
        table = list_table(self.proxy, self, sortable=True)
        table.sortByColumn(DISCOVERED, Qt.SortOrder.DescendingOrder)
        columns = table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)  # title and company share the rest
        # the short columns as wide as their widest possible text (never measured row by row)
        metrics = table.fontMetrics()
        for column, widest in (
            (DISCOVERED, tr("30 Sep 2026")),
            (STATUS, tr("Closed")),
            (MINE, tr("Mine")),
            (RELEVANCE, tr("partial match")),
        ):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(header)) + SPACING * 3
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        fixed = sum(table.columnWidth(column) for column in (DISCOVERED, STATUS, MINE, RELEVANCE))
        table.setMinimumWidth(fixed + 2 * columns.minimumSectionSize() + SPACING * 3)  # no column cut off
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the title gives way
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        return table

    # -- the list ---------------------------------------------------------------------------
    def _relevance_to_me(self) -> Callable[[OpeningView], float | None]:
        facts = self.keeper.facts
        if facts is None:
            return lambda _opening: None
        titles, keywords = rules.my_titles(facts), list(facts.keywords)
        return lambda opening: relevance(opening.title, opening.keywords, titles, keywords)

    def _plan_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the openings again, keeping the chosen one selected (or choosing the first)."""
        self._stale = False
        keep = self._selected_id
        self.model.set_openings(list_openings(), self._relevance_to_me())
        has_rows = self.model.rowCount() > 0
        self.views.setCurrentWidget(self.splitter if has_rows else self.empty)
        if not has_rows:
            self._selected_id = None
            return
        if keep is None or not self.select(keep):
            self.table.selectRow(0)
        self._show_selected()

    def select(self, opening_id: int) -> bool:
        row = self.model.row_of(opening_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything again
            self.search_box.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._selected_id = current.data(OPENING_ID_ROLE) if current.isValid() else None
        self._show_selected()

    def selected_opening(self) -> OpeningView | None:
        if self._selected_id is None:
            return None
        row = self.model.row_of(self._selected_id)
        return self.model.opening(row) if row is not None else None

    def _show_selected(self) -> None:
        opening = self.selected_opening()
        if opening is None:
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        facts = self.keeper.facts
        report = None
        names: dict[int, tuple[str, str]] = {}
        today = self.keeper.today()
        if facts is not None and opening.id in facts.openings:
            report = opening_report(opening.id, facts, today, self.keeper.opening_suggestions())
            for suggestion in report.suggestions:
                person = facts.people[suggestion.person_id]
                about = who_text("", person.title, person.company).lstrip(" ·")
                if suggestion.target_id is not None and suggestion.target_id in facts.people:
                    about = tr("to be introduced to {name}").format(name=facts.people[suggestion.target_id].name) + (
                        f" · {about}" if about else ""
                    )
                names[suggestion.person_id] = (person.name, about)
        self.detail.show_opening(opening, report, names, today)
        self.detail_stack.setCurrentWidget(self.detail)

    # -- changes ----------------------------------------------------------------------------
    def add_opening(self) -> AddOpeningDialog:
        dialog = AddOpeningDialog(company_names(), self.keeper.today(), self.window(), self.keeper.ops)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._added)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_opening(self) -> EditOpeningDialog | None:
        opening = self.selected_opening()
        if opening is None:
            return None
        dialog = EditOpeningDialog(opening, company_names(), self.keeper.today(), self.window(), self.keeper.ops)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edited.connect(self._status_changed)  # the write's broadcast re-plans; ``reload`` keeps it selected
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _added(self, opening_id: int) -> None:
        self._selected_id = opening_id  # the write's broadcast re-plans; ``reload`` follows and selects it
        if self.keeper.engine is None:
            self.reload()
        self.opening_added.emit(opening_id)

    def _status_changed(self, opening_id: int) -> None:
        self._selected_id = opening_id

    # -- settings ---------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("openings/splitter", self.splitter.saveState())
        settings.setValue("openings/columns", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("openings/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = settings.value("openings/columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
