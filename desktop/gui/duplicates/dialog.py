"""Possible duplicates: pairs of people who may be one person twice, merged in one step, undone exactly.

The pairs come from ``core.duplicates.candidates`` (read in a worker: it compares everyone), best
first, with the reasons in words. Choosing a pair shows both people side by side; "Merge" keeps
the one chosen and moves everything of the other to them (``duplicates.merge``, one transaction);
Undo (the button or Ctrl+Z) puts both back as they were. "Not the same person" hides the pair for
the rest of the session (the window keeps the set).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import duplicates
from desktop.core.changes import Changed, Changes
from desktop.core.people import PersonDetail, PersonRow, get_person, person_rows
from desktop.core.timeline import timeline
from desktop.errors import ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.formatting import format_date, title_at_company, tooltip_text
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, heading, list_table, muted, scaled_font
from desktop.gui.services.ops import Ops
from desktop.gui.services.workers import Task, TaskRunner

Index = QModelIndex | QPersistentModelIndex
PairKey = tuple[int, int]
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROWS_AT_ONCE = 500  # ids per person_rows query
R = TypeVar("R", bound=Changed)  # a core write's result

INTRO = tr(
    "People who may be one person twice — after importing the same contacts from two places, say. "
    "Merge them into one, or tell Rebound they are two people."
)
EMPTY_TITLE = tr("No possible duplicates")
EMPTY_TEXT = tr(
    "Rebound looks for people who may be one person twice: alike names at the same company or e-mail domain, "
    "the same e-mail address, the same LinkedIn profile. Right now nobody looks doubled."
)
KEEP_TEXT = tr(
    "Keep which one? The other is merged into it: their timeline, processes, connections and tags move over, "
    "and their details fill the gaps (an e-mail address that differs is kept in the notes)."
)


@dataclass(frozen=True)
class Pair:
    """A candidate pair with what the list shows of both people."""

    candidate: duplicates.Candidate
    a: PersonRow
    b: PersonRow

    @property
    def key(self) -> PairKey:
        return (self.candidate.a, self.candidate.b)


def find_pairs() -> list[Pair]:
    """The candidate pairs, best first, without those judged "not the same person" (run in a worker)."""
    found = duplicates.candidates()
    ids = sorted({c.a for c in found} | {c.b for c in found})
    rows: dict[int, PersonRow] = {}
    for start in range(0, len(ids), _ROWS_AT_ONCE):
        rows.update((row.id, row) for row in person_rows(ids[start : start + _ROWS_AT_ONCE]))
    return [Pair(c, rows[c.a], rows[c.b]) for c in found if c.a in rows and c.b in rows]


def reasons_text(reasons: Iterable[str]) -> str:
    """``("names 88% alike", "both at Acme GmbH")`` → ``Names 88% alike, both at Acme GmbH``."""
    text = ", ".join(reasons)
    return text[:1].upper() + text[1:]


def likelihood_text(score: float) -> str:
    return f"{round(score * 100)}%"


def person_text(row: PersonRow) -> str:
    """``Cathy Nguyen · Acme GmbH``: who, and where (the e-mail address is in the tooltip and below the list)."""
    return " · ".join(part for part in (row.name, row.company) if part)


def person_tooltip(row: PersonRow) -> str:
    return "\n".join(part for part in (row.name, title_at_company(row.title, row.company), row.email) if part)


class PairsModel(QAbstractTableModel):
    COLUMNS = (tr("Person"), tr("Possibly the same as"), tr("Likely"), tr("Why"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[Pair] = []

    def set_pairs(self, pairs: list[Pair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.endResetModel()

    def remove(self, key: PairKey) -> None:
        for row, pair in enumerate(self.pairs):
            if pair.key == key:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.pairs[row]
                self.endRemoveRows()
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair, column = self.pairs[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                person_text(pair.a),
                person_text(pair.b),
                likelihood_text(pair.candidate.score),
                reasons_text(pair.candidate.reasons),
            )[column]
        if role == SORT_ROLE:
            return (pair.a.name.casefold(), pair.b.name.casefold(), pair.candidate.score, pair.candidate.score)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column < 2:
                return tooltip_text(person_tooltip(pair.a if column == 0 else pair.b))
            return tooltip_text(str(self.data(index)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PersonBox(QFrame):
    """One of the two people: a "keep this one" choice and what distinguishes them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.keep = QRadioButton("", self)
        self.keep.setFont(scaled_font(self.keep, 1.15, bold=True))
        self.subtitle = PlainLabel("", self, selectable=True)
        self.facts = muted(PlainLabel("", self, selectable=True))
        for label in (self.subtitle, self.facts):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.keep)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        self.entries = 0

    def show_person(self, person: PersonDetail, entries: int) -> None:
        self.entries = entries
        self.keep.setText(person.name)
        subtitle = title_at_company(person.title, person.company)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        lines = [person.email or tr("No e-mail address"), person.linkedin_url or tr("No LinkedIn profile")]
        if person.phone:
            lines.append(person.phone)
        if person.connected:
            since = format_date(person.connected_on)
            lines.append(
                tr("Connected on LinkedIn since {since}").format(since=since) if since else tr("Connected on LinkedIn")
            )
        lines.append(
            tr("No timeline entries") if entries == 0 else tr_n("%n timeline entry", entries, "%n timeline entries")
        )
        self.facts.setText("\n".join(lines))


class DuplicatesDialog(QDialog):
    """``changed(keep, drop)``: two people were merged, or a merge undone; the window reads its lists again."""

    changed = Signal(int, int)
    crashed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        ops: Ops,
        before_change: Callable[[set[int]], bool] = lambda _ids: True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Possible duplicates"))
        self.resize(960, 640)
        self._runner = runner
        self.ops = ops  # the one write path: a merge, its undo and a judgement run on the database executor
        self.writing = False
        self._before_change = before_change
        # a merge, or a pair judged "not the same person" (its ids); with the two names (kept first)
        self.undo_stack: list[tuple[duplicates.MergeUndo | PairKey, str, str]] = []
        self.task: Task | None = None
        self._details: dict[int, tuple[PersonDetail, int]] = {}

        title = heading(tr("Possible duplicates"), self)
        intro = muted(PlainLabel(INTRO, self))
        intro.setWordWrap(True)

        self.loading_view = muted(PlainLabel(tr("Looking for people who may be one person twice…"), self))
        self.loading_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_view = self._make_empty_view()
        self.model = PairsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.table.setAccessibleName(tr("Possible duplicates"))
        self.pair_view = self._make_pair_view()
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(SPACING * 2)
        content_layout.addWidget(self.table, 1)
        content_layout.addWidget(self.pair_view)
        self.content = content
        self.views = QStackedWidget(self)
        for view in (self.loading_view, self.empty_view, content):
            self.views.addWidget(view)

        self.error = InlineError(self)
        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = PlainLabel("", self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(icon("undo"), tr("Undo"), self.undo_bar)
        self.undo_button.setToolTip(tr("Undo the last merge, or the last “not the same person” (Ctrl+Z)"))
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(SPACING * 2, SPACING, SPACING, SPACING)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.undo_action = QAction(icon("undo"), tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)

        self.close_button = QPushButton(tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)

        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.merge_button.clicked.connect(self.merge)
        self.not_same_button.clicked.connect(self.not_the_same)
        self.keep_group.idToggled.connect(lambda _id, _on: self._update_merge_button())
        self.undo_button.clicked.connect(self.undo)
        self.undo_action.triggered.connect(self.undo)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    # -- building ----------------------------------------------------------------------
    def _make_empty_view(self) -> QWidget:
        view = QWidget(self)
        self.empty_title = heading(EMPTY_TITLE, view, factor=1.3)
        self.empty_text = muted(PlainLabel(EMPTY_TEXT, view))
        self.empty_hidden = muted(PlainLabel("", view))
        column = QVBoxLayout()
        column.setSpacing(SPACING * 2)
        for label in (self.empty_title, self.empty_text, self.empty_hidden):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget(view)
        holder.setFixedWidth(520)
        holder.setLayout(column)
        row.addWidget(holder)
        row.addStretch(1)
        layout = QVBoxLayout(view)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return view

    def _make_table(self) -> QTableView:
        table = list_table(self.proxy, self, sortable=True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # best first, as core orders them, until a click
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        for column, width in enumerate((260, 260, 64)):
            table.setColumnWidth(column, width)
        return table

    def _make_pair_view(self) -> QWidget:
        view = QWidget(self)
        self.keep_text = muted(PlainLabel(KEEP_TEXT, view))
        self.keep_text.setWordWrap(True)
        self.first_box = PersonBox(view)
        self.second_box = PersonBox(view)
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.first_box.keep, 0)
        self.keep_group.addButton(self.second_box.keep, 1)
        self.why = PlainLabel("", view, selectable=True)
        self.why.setWordWrap(True)
        self.merge_button = QPushButton(icon("merge"), tr("Merge"), view)
        self.merge_button.setDefault(True)
        self.not_same_button = QPushButton(icon("dismiss"), tr("Not the same person"), view)
        self.not_same_button.setToolTip(tr("Hide this pair until Rebound restarts"))
        boxes = QHBoxLayout()
        boxes.setSpacing(SPACING * 2)
        boxes.addWidget(self.first_box, 1)
        boxes.addWidget(self.second_box, 1)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        actions.addWidget(self.why, 1)
        actions.addWidget(self.not_same_button)
        actions.addWidget(self.merge_button)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.keep_text)
        layout.addLayout(boxes)
        layout.addLayout(actions)
        return view

    # -- the list (read in a worker) -----------------------------------------------------
    @property
    def loading(self) -> bool:
        """The list is being read again, or a change is being written."""
        return self.task is not None or self.writing

    def _write(self, write: Callable[[], R], done: Callable[[R], None]) -> bool:
        """Run a change on the database executor (one at a time); ``done`` in the GUI thread when it worked."""
        if self.writing:
            return False
        self.writing = True
        self._set_enabled(False)

        def finished(result: R) -> None:
            self.writing = False
            self.error.clear()
            done(result)

        def failed(message: str) -> None:
            self.writing = False
            self._set_enabled(True)
            self.error.show_message(sentence(message))

        self.ops.run(write, finished, failed)
        return True

    def reload(self) -> None:
        """Look for the pairs again (at opening, after a merge or an undo)."""
        self._forget_task()
        task = Task(lambda _task: find_pairs())
        self.task = task
        task.signals.succeeded.connect(self._pairs_found)
        task.signals.failed.connect(self._search_failed)
        task.signals.crashed.connect(self._search_crashed)
        if not self.model.pairs:
            self.views.setCurrentWidget(self.loading_view)
        self._set_enabled(False)
        self._runner.start(task)

    def _forget_task(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.signals.succeeded.disconnect(self._pairs_found)
            task.signals.failed.disconnect(self._search_failed)
            task.signals.crashed.disconnect(self._search_crashed)

    @Slot(object)
    def _pairs_found(self, pairs: list[Pair]) -> None:
        self.task = None
        row = max(self.table.currentIndex().row(), 0)
        self._details.clear()
        self.model.set_pairs(pairs)
        self._set_enabled(True)
        self._after_change(row)

    @Slot(str)
    def _search_failed(self, message: str) -> None:
        self.task = None
        self._set_enabled(True)
        self.error.show_message(sentence(message))
        self._after_change(0)

    @Slot(str)
    def _search_crashed(self, report: str) -> None:
        self._search_failed(tr("the search for duplicates stopped with an unexpected error (see the report)"))
        self.crashed.emit(report)

    def _set_enabled(self, enabled: bool) -> None:
        """The list is read again: no merge meanwhile (Undo stays available: it reads the list again too)."""
        self.content.setEnabled(enabled)
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.undo_action.setEnabled(bool(self.undo_stack))

    def _after_change(self, row: int) -> None:
        """Show the list (selecting the row at ``row``, or the one before) or the empty state."""
        count = self.proxy.rowCount()
        if count == 0:
            hidden = len(duplicates.distinct_pairs())
            self.empty_hidden.setText(
                tr_n(
                    "%n pair you marked as not the same person is not shown.",
                    hidden,
                    "%n pairs you marked as not the same person are not shown.",
                )
                if hidden
                else ""
            )
            self.empty_hidden.setVisible(bool(hidden))
            self.views.setCurrentWidget(self.empty_view)
            return
        self.views.setCurrentWidget(self.content)
        self.table.selectRow(min(row, count - 1))
        self._show_current()

    # -- the chosen pair -----------------------------------------------------------------
    def pairs_shown(self) -> list[Pair]:
        return [
            self.model.pairs[self.proxy.mapToSource(self.proxy.index(r, 0)).row()] for r in range(self.proxy.rowCount())
        ]

    def current_pair(self) -> Pair | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.pairs[self.proxy.mapToSource(index).row()]

    def select(self, key: PairKey) -> None:
        for row, pair in enumerate(self.pairs_shown()):
            if pair.key == key:
                self.table.selectRow(row)
                return

    def _detail(self, person_id: int) -> tuple[PersonDetail, int]:
        if person_id not in self._details:
            self._details[person_id] = (get_person(person_id), len(timeline(person_id)))
        return self._details[person_id]

    def _show_current(self, *_args: object) -> None:
        pair = self.current_pair()
        self.pair_view.setEnabled(pair is not None)
        if pair is None:
            return
        try:
            first, second = self._detail(pair.candidate.a), self._detail(pair.candidate.b)
        except ReboundError as error:  # changed meanwhile (merged or erased elsewhere)
            self.error.show_message(sentence(str(error)))
            self.pair_view.setEnabled(False)
            return
        self.first_box.show_person(*first)
        self.second_box.show_person(*second)
        # keep by default whoever has more history (the first, when it is the same)
        (self.second_box if second[1] > first[1] else self.first_box).keep.setChecked(True)
        score = likelihood_text(pair.candidate.score)
        self.why.setText(
            tr("{score} likely the same person. {reasons_text}.").format(
                score=score, reasons_text=reasons_text(pair.candidate.reasons)
            )
        )
        self._update_merge_button()

    def _keep_and_drop(self, pair: Pair) -> tuple[int, int, str, str]:
        """The ids and names of the person kept and the one merged into them, as chosen."""
        a, b = pair.candidate.a, pair.candidate.b
        if self.keep_group.checkedId() == 1:
            return b, a, self.second_box.keep.text(), self.first_box.keep.text()
        return a, b, self.first_box.keep.text(), self.second_box.keep.text()

    def _update_merge_button(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        kept = self._keep_and_drop(pair)[2]
        self.merge_button.setText(tr("Merge into {kept}").format(kept=kept))

    # -- merge, undo, not the same ---------------------------------------------------------
    def merge(self) -> bool:
        """Merge the chosen pair, keeping the person chosen (one core call, on the database executor)."""
        pair = self.current_pair()
        if pair is None or self.loading:
            return False
        keep, drop, kept_name, dropped_name = self._keep_and_drop(pair)
        if not self._before_change({keep, drop}):
            return False

        def merged(change: duplicates.MergeUndo) -> None:
            self.undo_stack.append((change, kept_name, dropped_name))
            moved = change.summary.get("interactions", 0)
            moved_text = (
                tr_n(": %n timeline entry moved over", moved, ": %n timeline entries moved over") if moved else ""
            )
            self.undo_label.setText(
                tr("Merged {dropped_name} into {kept_name}{moved_text}. Ctrl+Z undoes it.").format(
                    dropped_name=dropped_name, kept_name=kept_name, moved_text=moved_text
                )
            )
            self.undo_bar.show()
            self._details.pop(keep, None)  # what the boxes showed of them is out of date
            for other in [p.key for p in self.model.pairs if drop in p.key]:
                self.model.remove(other)  # gone at once; the search again finds what the merge changed
            self.changed.emit(keep, drop)
            self.reload()

        return self._write(lambda: duplicates.merge(keep, drop), merged)

    def undo(self) -> bool:
        """Undo the last merge (both people back exactly as they were) or "not the same person"."""
        if not self.undo_stack or self.writing:
            return False
        change, kept_name, dropped_name = self.undo_stack[-1]
        if not isinstance(change, duplicates.MergeUndo):
            pair_key = change

            def unmarked(_changes: Changes) -> None:
                self.undo_stack.pop()
                self.undo_label.setText(
                    tr("{kept_name} and {dropped_name} are offered as possible duplicates again.").format(
                        kept_name=kept_name, dropped_name=dropped_name
                    )
                )
                self.reload()

            return self._write(lambda: duplicates.unmark_distinct(*pair_key), unmarked)
        if not self._before_change({change.keep_id}):
            return False
        merge = change

        def undone(_changes: Changes) -> None:
            self.undo_stack.pop()
            self.undo_label.setText(
                tr("Merge undone: {dropped_name} and {kept_name} are two people again.").format(
                    dropped_name=dropped_name, kept_name=kept_name
                )
            )
            self.changed.emit(merge.keep_id, merge.drop_id)
            self.reload()

        return self._write(lambda: duplicates.undo(merge), undone)

    def not_the_same(self) -> bool:
        """Remember that the chosen pair are two people: it is not offered again (Undo brings it back)."""
        pair = self.current_pair()
        if pair is None or self.loading:
            return False
        row = self.table.currentIndex().row()
        key, names = pair.key, (pair.a.name, pair.b.name)

        def marked(_changes: Changes) -> None:
            self.undo_stack.append((key, *names))
            self.undo_label.setText(
                tr("{name} and {name2} are two people. Ctrl+Z undoes it.").format(name=names[0], name2=names[1])
            )
            self.undo_bar.show()
            self.model.remove(key)
            self._set_enabled(True)
            self._after_change(row)

        return self._write(lambda: duplicates.mark_distinct(*key), marked)

    def done(self, result: int) -> None:
        self._forget_task()
        super().done(result)
