"""The pages of the import wizard, one per step: choose, map the columns, preview, importing, done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.importing.reading import (
    DONE_CAPTIONS,
    IGNORE,
    PREVIEW_CAPTIONS,
    WHAT_CAN_BE_IMPORTED,
    WHAT_IS_COUNTED,
    ReadFile,
    field_label,
)
from desktop.gui.kit.formatting import tooltip_text
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, BulletList, InlineError, PlainLabel, heading, muted, scaled_font
from desktop.interop.csv_people import guess_field


def _scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def _section(text: str, parent: QWidget) -> PlainLabel:
    label = PlainLabel(text, parent)
    label.setFont(scaled_font(label, 1.0, bold=True))
    return label


class CountsView(QWidget):
    """Four numbers side by side: new people, people updated, messages, rows skipped (with words, never colour
    alone): what the user counts, not records."""

    KEYS = ("new_people", "people_updated", "messages", "skipped")

    def __init__(self, captions: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING * 5)
        grid.setVerticalSpacing(0)
        self.numbers: dict[str, PlainLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(zip(self.KEYS, captions, strict=True)):
            number = PlainLabel("0", self)
            number.setFont(scaled_font(number, 1.8, bold=True))
            words = muted(PlainLabel(caption, self))
            grid.addWidget(number, 0, column)
            grid.addWidget(words, 1, column)
            self.numbers[key], self.captions[key] = number, words
        grid.setColumnStretch(len(self.KEYS), 1)

    def show_counts(self, counts: Any) -> None:
        for key, label in self.numbers.items():
            label.setText(f"{getattr(counts, key):,}")

    def text(self) -> str:
        """``7 new people, 1 people to update, 9 messages, 1 rows to skip`` (what a screen reader would say)."""
        return ", ".join(f"{self.numbers[k].text()} {self.captions[k].text()}" for k in self.KEYS)


class ChoosePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(tr("Import people"), self)
        intro = PlainLabel(tr("Choose what to import:"), self)
        kinds = BulletList(WHAT_CAN_BE_IMPORTED, self)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(tr("A file or a folder — or drop it here"))
        self.path.setClearButtonEnabled(True)
        self.file_button = QPushButton(icon("file"), tr("Choose file…"), self)
        self.folder_button = QPushButton(icon("folder"), tr("Choose folder…"), self)
        self.folder_button.setToolTip(tr("The folder of an unpacked LinkedIn data export"))
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.path, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        self.error = InlineError(self)
        hint = muted(
            PlainLabel(tr("Nothing is written before you press Import: the next step shows what would change."), self)
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addWidget(kinds)
        layout.addSpacing(SPACING)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(hint)


class MappingPage(QWidget):
    """One combo per column of an unknown CSV: which person field it holds, or Ignore."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(tr("Which column holds what?"), self)
        self.intro = PlainLabel("", self)
        self.intro.setWordWrap(True)
        self._content = QWidget(self)
        self._grid = QGridLayout(self._content)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(SPACING * 2)
        self._grid.setVerticalSpacing(SPACING)
        self._grid.setColumnStretch(3, 1)  # the three columns side by side, the room after them
        self.combos: dict[str, QComboBox] = {}
        self.error = InlineError(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(_scrolling(self._content, self), 1)
        layout.addWidget(self.error)

    def set_columns(
        self, file_name: str, columns: list[str], first_rows: list[list[str]], fields: tuple[str, ...]
    ) -> None:
        self.intro.setText(
            tr(
                "Rebound does not know the columns of {file_name}. Choose for each column what it holds, or "
                "ignore it. A person needs a name: a full name, or a first and a last name."
            ).format(file_name=file_name)
        )
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.combos = {}
        for caption, column in ((tr("Column"), 0), (tr("Example"), 1), (tr("Holds"), 2)):
            self._grid.addWidget(muted(PlainLabel(caption, self._content)), 0, column)
        example = first_rows[0] if first_rows else []
        for row, name in enumerate(columns, 1):
            label = PlainLabel(name, self._content)
            label.setFont(scaled_font(label, 1.0, bold=True))
            sample = muted(PlainLabel(example[row - 1] if row - 1 < len(example) else "", self._content))
            sample.setMaximumWidth(320)
            sample.setToolTip(tooltip_text(sample.text()) or "")
            combo = QComboBox(self._content)
            combo.addItem(IGNORE, None)
            for field in fields:
                combo.addItem(field_label(field), field)
            guessed = guess_field(name, fields)
            if guessed is not None:
                combo.setCurrentIndex(combo.findData(guessed))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(sample, row, 1)
            self._grid.addWidget(combo, row, 2)
            self.combos[name] = combo
        self._grid.setRowStretch(len(columns) + 1, 1)
        self.error.clear()

    def choose(self, column: str, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def mapping(self) -> dict[str, str]:
        return {column: combo.currentData() for column, combo in self.combos.items() if combo.currentData()}


class PreviewPage(QWidget):
    """What importing the file would do: format, counts, why rows are skipped, first rows, files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.format_label = heading("", self)
        self.path_label = muted(PlainLabel("", self, selectable=True))
        self.path_label.setWordWrap(True)
        self.loading = QWidget(self)
        loading_layout = QVBoxLayout(self.loading)
        loading_layout.setContentsMargins(0, SPACING * 2, 0, 0)
        self.loading_label = PlainLabel(tr("Reading the file…"), self.loading)
        bar = QProgressBar(self.loading)
        bar.setRange(0, 0)
        bar.setMaximumWidth(320)
        loading_layout.addWidget(self.loading_label)
        loading_layout.addWidget(bar)
        loading_layout.addStretch(1)

        self.details = QWidget(self)
        self.counts_title = _section(tr("Importing it will give"), self.details)
        self.counts = CountsView(PREVIEW_CAPTIONS, self.details)
        self.counted = muted(PlainLabel("", self.details))
        self.counted.setWordWrap(True)
        self.skipped_title = _section(tr("Skipped, and why"), self.details)
        self.skipped = BulletList((), self.details)
        self.rows_title = _section(tr("The first rows"), self.details)
        self.rows_model = QStandardItemModel(self)
        self.rows = QTableView(self.details)
        self.rows.setAccessibleName(tr("The first rows"))
        self.rows.setModel(self.rows_model)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows.setAlternatingRowColors(True)
        self.rows.setWordWrap(False)
        self.rows.verticalHeader().hide()
        self.rows.verticalHeader().setDefaultSectionSize(self.rows.fontMetrics().height() + SPACING)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_label = muted(PlainLabel("", self.details))
        self.mapping_label.setWordWrap(True)
        self.me_title = _section(tr("Which participant is you?"), self.details)
        self.me_hint = muted(
            PlainLabel(
                tr(
                    "The export has no Profile.csv, so Rebound cannot tell which side of the messages is yours. "
                    "Pick yourself; Rebound remembers it for later imports."
                ),
                self.details,
            )
        )
        self.me_hint.setWordWrap(True)
        self.me_box = QComboBox(self.details)
        self.me_box.setAccessibleName(tr("Which participant is you?"))
        self.files_title = _section(tr("Files read"), self.details)
        self.files = BulletList((), self.details, dim=True)
        self.ignored_title = _section(tr("Not imported (files Rebound does not read)"), self.details)
        self.ignored = BulletList((), self.details, dim=True)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, SPACING, 0)
        details.setSpacing(SPACING)
        self.headers_only = QCheckBox(tr("Headers only: who, when and subject — no message text"), self.details)
        self.headers_only.setToolTip(
            tr("Attachments are never stored, only their names and sizes; mail with nobody of Rebound in it is "
               "never stored at all.")
        )  # fmt: skip
        self.headers_only.hide()
        for widget in (self.counts_title, self.counts, self.counted, self.headers_only):
            details.addWidget(widget)
        details.addSpacing(SPACING)
        for choice in (self.me_title, self.me_hint, self.me_box):
            details.addWidget(choice)
        for title, body in (
            (self.skipped_title, self.skipped), (self.rows_title, self.rows), (self.files_title, self.files),
            (self.ignored_title, self.ignored),
        ):  # fmt: skip
            details.addSpacing(SPACING)
            details.addWidget(title)
            details.addWidget(body)
            if body is self.rows:
                details.addWidget(self.mapping_label)
        details.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.format_label)
        layout.addWidget(self.path_label)
        self.details_area = _scrolling(self.details, self)
        layout.addWidget(self.loading, 1)
        layout.addWidget(self.details_area, 1)
        self.show_loading(Path())

    def show_loading(self, path: Path) -> None:
        self.format_label.setText(tr("Reading the file…") if path.name else "")
        self.path_label.setText(str(path) if path.name else "")
        self.loading_label.setText(
            tr("Looking at {name} — nothing is written yet.").format(name=path.name) if path.name else ""
        )
        self.loading.show()
        self.details_area.hide()

    def show_preview(self, path: Path, found: ReadFile) -> None:
        preview = found.preview
        self.format_label.setText(preview.format)
        self.path_label.setText(str(path))
        self.counts.show_counts(preview)
        self.counted.setText(WHAT_IS_COUNTED.get(found.kind, ""))
        mail = found.kind == "mail"
        self.headers_only.setVisible(mail)
        if mail:
            self.counted.setText(
                tr("Counted are the messages with a person of Rebound in them (From, To or Cc); the others are read "
                   "and forgotten, never stored. Messages already logged are left as they are.")
            )  # fmt: skip
        problems = preview.errors or [f"{count:,} × {reason}" for reason, count in preview.reasons.items()]
        self.skipped.set_lines(problems)
        self.skipped_title.setVisible(bool(problems))
        self._show_rows(preview.columns, preview.first_rows)
        used = ", ".join(f"{column} → {field_label(field)}" for column, field in preview.mapping.items())
        self.mapping_label.setText(tr("Columns used: {used}.").format(used=used) if used else "")
        self.mapping_label.setVisible(bool(used))
        self.files.set_lines(preview.files)
        self.files_title.setVisible(bool(preview.files))
        self.ignored.set_lines(preview.ignored)
        self.ignored_title.setVisible(bool(preview.ignored))
        self.loading.hide()
        self.details_area.show()

    def show_participants(self, participants: list[str], picked: str | None) -> None:
        """The participants of LinkedIn messages whose owner the export cannot tell (none: the choice is hidden)."""
        self.me_box.blockSignals(True)
        self.me_box.clear()
        if participants:
            self.me_box.addItem(tr("Not sure: skip the messages"), None)
            for name in participants:
                self.me_box.addItem(name, name)
            self.me_box.setCurrentIndex(max(0, self.me_box.findData(picked)) if picked else 0)
        self.me_box.blockSignals(False)
        for choice in (self.me_title, self.me_hint, self.me_box):
            choice.setVisible(bool(participants))

    def _show_rows(self, columns: list[str], rows: list[list[str]]) -> None:
        self.rows_model.clear()
        self.rows_model.setHorizontalHeaderLabels(columns)
        for cells in rows:
            items = []
            for cell in cells[: len(columns)]:
                item = QStandardItem(cell)
                item.setToolTip(tooltip_text(cell) or "")
                items.append(item)
            self.rows_model.appendRow(items)
        for column in range(len(columns)):
            self.rows.resizeColumnToContents(column)
            self.rows.setColumnWidth(column, min(self.rows.columnWidth(column), 240))
        header = self.rows.horizontalHeader().height() if columns else 0
        height = header + sum(self.rows.rowHeight(r) for r in range(len(rows))) + 2 * self.rows.frameWidth()
        self.rows.setFixedHeight(height + self.rows.horizontalScrollBar().sizeHint().height())
        shown = bool(columns and rows)
        self.rows.setVisible(shown)
        self.rows_title.setVisible(shown)

    def rows_shown(self) -> list[list[str]]:
        model = self.rows_model
        return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


class ImportingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(tr("Importing…"), self)
        self.label = PlainLabel("", self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.hint = muted(PlainLabel(tr("Cancel stops the import: then nothing is imported."), self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        layout.addStretch(1)


class DonePage(QWidget):
    """The end: what was imported and every skipped row with its reason — or that nothing was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.text = PlainLabel("", self, selectable=True)
        self.text.setWordWrap(True)
        self.error = InlineError(self)
        self.counts = CountsView(DONE_CAPTIONS, self)
        self.problems_title = _section(tr("Skipped rows and other problems"), self)
        self.problems = BulletList((), self)
        self.files_title = _section(tr("Files read"), self)
        self.files = BulletList((), self, dim=True)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, SPACING, 0)
        inner.setSpacing(SPACING)
        for widget in (self.problems_title, self.problems):
            inner.addWidget(widget)
        inner.addSpacing(SPACING)
        for widget in (self.files_title, self.files):
            inner.addWidget(widget)
        inner.addStretch(1)
        self.details = _scrolling(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self.counts)
        layout.addWidget(self.details, 1)

    def show_summary(self, path: Path, summary: Any) -> None:
        self.title.setText(tr("Import cancelled") if getattr(summary, "cancelled", False) else tr("Import finished"))
        self.text.setText(tr("Imported {name}: {sentence}.").format(name=path.name, sentence=summary.sentence()))
        self.error.clear()
        self.counts.show_counts(summary)
        self.counts.show()
        self.problems.set_lines(summary.errors)
        self.problems_title.setText(
            tr("Skipped rows and other problems") if summary.errors else tr("Nothing was skipped.")
        )
        self.files.set_lines(summary.files)
        self.files_title.setVisible(bool(summary.files))
        self.details.show()

    def show_nothing_imported(self, title: str, text: str, error: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        if error:
            self.error.show_message(sentence(error))
        else:
            self.error.clear()
        self.counts.hide()
        self.details.hide()
