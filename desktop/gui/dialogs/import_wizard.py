"""The import wizard: choose a file, see what importing it would do, import it, read what was skipped.

Steps: choose (a LinkedIn export — its zip, its folder or one of its CSVs —, a vCard, a CSV or a
Rebound archive; or drop it on the window); for a CSV whose columns Rebound does not know, map
them; the preview (format, first rows, what would be created, updated, left unchanged or skipped,
and why; the files not read); the import, with a progress bar and Cancel; the summary.

Reading a file (the preview) and importing it run in workers: files can be large. Nothing is
written before Import; a cancelled or failed import writes nothing (one transaction, rolled back).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.formatting import tooltip_text, word_label
from desktop.gui.icons import icon
from desktop.gui.widgets import SPACING, BulletList, InlineError, PlainLabel, heading, muted, scaled_font
from desktop.gui.workers import Task, TaskRunner

CHOOSE, MAPPING, PREVIEW, IMPORTING, DONE = range(5)
FOLDER_KEY = "import/folder"
FILE_FILTER = (
    "Files Rebound imports (*.zip *.csv *.vcf *.vcard *.json);;LinkedIn data export (*.zip *.csv);;"
    "vCard (*.vcf *.vcard);;CSV (*.csv);;Rebound archive (*.json);;All files (*)"
)
WHAT_CAN_BE_IMPORTED = (
    "Your LinkedIn data export: the zip file LinkedIn sent, its unpacked folder, or one of its CSV files "
    "(Connections.csv, messages.csv, Invitations.csv…)",
    "Contacts as vCard (.vcf), from Google, Apple or Outlook",
    "Contacts as CSV: Google Contacts, Outlook, or any other file whose columns you match up",
    "A Rebound archive (.json): everything, as Rebound exports it",
)
WHAT_IS_COUNTED = {
    "linkedin": "Counted are the people and what comes with them: messages, invitations and job applications.",
    "json": "Counted are all records of the archive: companies, people, openings, processes and interactions.",
    "vcard": "Each card is one person.",
    "csv": "Each row is one person.",
}
FIELD_LABELS = {
    "name": "Full name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "E-mail",
    "phone": "Phone",
    "linkedin_url": "LinkedIn profile",
    "company": "Company",
    "title": "Job title",
    "tags": "Tags (separated by ;)",
    "location": "Location",
    "notes": "Notes",
    "connected_on": "Connected on (date)",
}
IGNORE = "Ignore this column"
# a column name (letters only, lower case) → the field it most likely holds; the user checks every guess
GUESSES = {
    "name": "name", "fullname": "name", "displayname": "name", "contact": "name", "person": "name",
    "firstname": "first_name", "givenname": "first_name", "forename": "first_name", "vorname": "first_name",
    "lastname": "last_name", "surname": "last_name", "familyname": "last_name", "nachname": "last_name",
    "email": "email", "mail": "email", "emailaddress": "email", "email1": "email",
    "phone": "phone", "mobile": "phone", "telephone": "phone", "tel": "phone", "phonenumber": "phone",
    "linkedin": "linkedin_url", "linkedinurl": "linkedin_url", "profile": "linkedin_url", "profileurl": "linkedin_url",
    "company": "company", "organization": "company", "organisation": "company", "org": "company",
    "employer": "company", "firma": "company",
    "title": "title", "jobtitle": "title", "position": "title",
    "tags": "tags", "labels": "tags", "groups": "tags", "categories": "tags",
    "location": "location", "city": "location",
    "notes": "notes", "note": "notes", "comments": "notes", "comment": "notes",
    "connectedon": "connected_on",
}  # fmt: skip
PREVIEW_CAPTIONS = ("to create", "to update", "unchanged", "to skip")
DONE_CAPTIONS = ("created", "updated", "unchanged", "skipped")


def dropped_path(mime: QMimeData) -> Path | None:
    """The first local file or folder among dropped URLs (None for text, web links or nothing)."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile():
            return Path(url.toLocalFile())
    return None


def guess_field(column: str, fields: tuple[str, ...]) -> str | None:
    """The field a column's name suggests (``"Full Name"`` → ``name``), if it is one of ``fields``."""
    found = GUESSES.get(re.sub(r"[^a-z0-9]", "", column.casefold()))
    return found if found in fields else None


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, word_label(field))


def kind_of(format_label: str) -> str:
    """The kind of file a core preview's format names ("LinkedIn data export (zip)" → ``linkedin``).

    Read from the label rather than by ``contacts.detect`` again: detecting reads a CSV a second time.
    """
    for start, kind in (("LinkedIn", "linkedin"), ("vCard", "vcard"), ("Rebound archive", "json")):
        if format_label.startswith(start):
            return kind
    return "csv" if "CSV" in format_label else ""


@dataclass(frozen=True)
class ReadFile:
    """What the preview worker found: what importing the file would do (a core Preview), and its kind."""

    preview: Any

    @property
    def kind(self) -> str:
        return kind_of(self.preview.format)


def read_preview(path: Path, now: datetime, mapping: dict[str, str] | None) -> ReadFile:
    """What importing would do (in a worker): the dry run is rolled back, nothing is written."""
    from desktop.interop import contacts

    return ReadFile(contacts.preview(path, now=now, mapping=mapping))


def run_import(path: Path, now: datetime, mapping: dict[str, str] | None, task: Task) -> Any:
    """Import (in a worker), reporting progress; a cancelled task makes core roll everything back."""
    from desktop.interop import contacts

    return contacts.run(path, now=now, progress=task.step, mapping=mapping)


# ---------------------------------------------------------------- the pages


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
    """Four numbers side by side: created, updated, unchanged, skipped (with words, never colour alone)."""

    KEYS = ("created", "updated", "unchanged", "skipped")

    def __init__(self, captions: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING * 5)
        grid.setVerticalSpacing(0)
        self.numbers: dict[str, PlainLabel] = {}
        self.captions: dict[str, PlainLabel] = {}
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
        """``27 to create, 1 to update, 0 unchanged, 1 to skip`` (what a screen reader would say)."""
        return ", ".join(f"{self.numbers[k].text()} {self.captions[k].text()}" for k in self.KEYS)


class ChoosePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("Import people", self)
        intro = PlainLabel("Choose what to import:", self)
        kinds = BulletList(WHAT_CAN_BE_IMPORTED, self)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText("A file or a folder — or drop it here")
        self.path.setClearButtonEnabled(True)
        self.file_button = QPushButton(icon("file"), "Choose file…", self)
        self.folder_button = QPushButton(icon("folder"), "Choose folder…", self)
        self.folder_button.setToolTip("The folder of an unpacked LinkedIn data export")
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.path, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        self.error = InlineError(self)
        hint = muted(
            PlainLabel("Nothing is written before you press Import: the next step shows what would change.", self)
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
        self.title = heading("Which column holds what?", self)
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
            f"Rebound does not know the columns of {file_name}. Choose for each column what it holds, or ignore "
            "it. A person needs a name: a full name, or a first and a last name."
        )
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.combos = {}
        for caption, column in (("Column", 0), ("Example", 1), ("Holds", 2)):
            self._grid.addWidget(muted(PlainLabel(caption, self._content)), 0, column)
        example = first_rows[0] if first_rows else []
        for row, name in enumerate(columns, 1):
            label = PlainLabel(name, self._content)
            label.setFont(scaled_font(label, 1.0, bold=True))
            sample = muted(PlainLabel(example[row - 1] if row - 1 < len(example) else "", self._content))
            sample.setMaximumWidth(320)
            sample.setToolTip(tooltip_text(sample.text()))
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
        self.loading_label = PlainLabel("Reading the file…", self.loading)
        bar = QProgressBar(self.loading)
        bar.setRange(0, 0)
        bar.setMaximumWidth(320)
        loading_layout.addWidget(self.loading_label)
        loading_layout.addWidget(bar)
        loading_layout.addStretch(1)

        self.details = QWidget(self)
        self.counts_title = _section("Importing it will give", self.details)
        self.counts = CountsView(PREVIEW_CAPTIONS, self.details)
        self.counted = muted(PlainLabel("", self.details))
        self.counted.setWordWrap(True)
        self.skipped_title = _section("Skipped, and why", self.details)
        self.skipped = BulletList((), self.details)
        self.rows_title = _section("The first rows", self.details)
        self.rows_model = QStandardItemModel(self)
        self.rows = QTableView(self.details)
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
        self.files_title = _section("Files read", self.details)
        self.files = BulletList((), self.details, dim=True)
        self.ignored_title = _section("Not imported (files Rebound does not read)", self.details)
        self.ignored = BulletList((), self.details, dim=True)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, SPACING, 0)
        details.setSpacing(SPACING)
        for widget in (self.counts_title, self.counts, self.counted):
            details.addWidget(widget)
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
        self.format_label.setText("Reading the file…" if path.name else "")
        self.path_label.setText(str(path) if path.name else "")
        self.loading_label.setText(f"Looking at {path.name} — nothing is written yet." if path.name else "")
        self.loading.show()
        self.details_area.hide()

    def show_preview(self, path: Path, found: ReadFile) -> None:
        preview = found.preview
        self.format_label.setText(preview.format)
        self.path_label.setText(str(path))
        self.counts.show_counts(preview)
        self.counted.setText(WHAT_IS_COUNTED.get(found.kind, ""))
        problems = preview.errors or [f"{count:,} × {reason}" for reason, count in preview.reasons.items()]
        self.skipped.set_lines(problems)
        self.skipped_title.setVisible(bool(problems))
        self._show_rows(preview.columns, preview.first_rows)
        used = ", ".join(f"{column} → {field_label(field)}" for column, field in preview.mapping.items())
        self.mapping_label.setText(f"Columns used: {used}." if used else "")
        self.mapping_label.setVisible(bool(used))
        self.files.set_lines(preview.files)
        self.files_title.setVisible(bool(preview.files))
        self.ignored.set_lines(preview.ignored)
        self.ignored_title.setVisible(bool(preview.ignored))
        self.loading.hide()
        self.details_area.show()

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
        self.title = heading("Importing…", self)
        self.label = PlainLabel("", self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.hint = muted(PlainLabel("Cancel stops the import: then nothing is imported.", self))
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
        self.problems_title = _section("Skipped rows and other problems", self)
        self.problems = BulletList((), self)
        self.files_title = _section("Files read", self)
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
        self.title.setText("Import finished")
        self.text.setText(f"Imported {path.name}: {summary.sentence()}.")
        self.error.clear()
        self.counts.show_counts(summary)
        self.counts.show()
        self.problems.set_lines(summary.errors)
        self.problems_title.setText("Skipped rows and other problems" if summary.errors else "Nothing was skipped.")
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


# ---------------------------------------------------------------- the wizard


class ImportWizard(QDialog):
    """The steps in one window-modal dialog; ``imported`` tells the window to read its lists again."""

    imported = Signal(object)  # the ImportSummary
    crashed = Signal(str)  # an unexpected error in a worker: the report

    def __init__(
        self,
        runner: TaskRunner,
        settings: QSettings,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.setAcceptDrops(True)
        self.resize(880, 640)
        self._runner = runner
        self._settings = settings
        self._clock = clock
        self.path: Path | None = None
        self.mapping: dict[str, str] | None = None
        self.found: ReadFile | None = None
        self.summary: Any = None
        self.preview_task: Task | None = None
        self.import_task: Task | None = None
        self._mapping_step = False  # the preview was asked for by the mapping step (errors belong there)

        self.choose_page = ChoosePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.importing_page = ImportingPage(self)
        self.done_page = DonePage(self)
        self.pages = QStackedWidget(self)
        for page in (self.choose_page, self.mapping_page, self.preview_page, self.importing_page, self.done_page):
            self.pages.addWidget(page)

        self.back_button = QPushButton("Back", self)
        self.next_button = QPushButton("Next", self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel", self)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.reject)
        self.choose_page.file_button.clicked.connect(self.choose_file)
        self.choose_page.folder_button.clicked.connect(self.choose_folder)
        self.choose_page.path.textEdited.connect(lambda _text: self._update_buttons())
        self._go(CHOOSE)

    # -- moving between the steps --------------------------------------------------------
    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def _go(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step
        reading = self.preview_task is not None
        self.back_button.setVisible(step in (MAPPING, PREVIEW) or (step == DONE and self.summary is None))
        self.next_button.setVisible(step in (CHOOSE, MAPPING, PREVIEW))
        self.next_button.setIcon(icon("import") if step == PREVIEW else QIcon())
        self.next_button.setText({CHOOSE: "Next", MAPPING: "Preview", PREVIEW: "Import"}.get(step, "Next"))
        if step == CHOOSE:
            self.next_button.setEnabled(bool(self.choose_page.path.text().strip()))
        else:
            self.next_button.setEnabled(not reading and (step != PREVIEW or self.found is not None))
        self.cancel_button.setText({IMPORTING: "Cancel import", DONE: "Close"}.get(step, "Cancel"))
        stopping = step == IMPORTING and self.import_task is not None and self.import_task.cancelled
        self.cancel_button.setEnabled(not stopping)

    def next(self) -> None:
        if not self.next_button.isVisible() or not self.next_button.isEnabled():
            return
        if self.step == CHOOSE:
            text = self.choose_page.path.text().strip()
            if text:
                self.open_path(Path(text).expanduser())
        elif self.step == MAPPING:
            mapping = self.mapping_page.mapping()
            if not {"name", "first_name", "last_name"} & set(mapping.values()):
                self.mapping_page.error.show_message(
                    "Choose the column that holds the name (or the first and the last name): a person needs a name."
                )
                return
            self._read(mapping, from_mapping=True)
        elif self.step == PREVIEW:
            self.start_import()

    def back(self) -> None:
        if self.step == PREVIEW and self.mapping is not None:
            self._go(MAPPING)
        elif self.step == DONE and self.found is not None:
            self._go(PREVIEW)  # cancelled or failed: the preview still holds (nothing was written)
        else:
            self._forget_preview()
            self._go(CHOOSE)

    # -- choosing -----------------------------------------------------------------------
    def _start_folder(self) -> str:
        return str(self._settings.value(FOLDER_KEY, str(Path.home())))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a file to import", self._start_folder(), FILE_FILTER)
        if path:
            self._settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.open_path(Path(path))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Choose the unpacked LinkedIn export", self._start_folder())
        if path:
            self._settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Preview this file or folder (chosen, typed or dropped)."""
        if self.step == IMPORTING:
            return
        self.path = path
        self.mapping = None
        self.summary = None
        self.choose_page.path.setText(str(path))
        self.choose_page.error.clear()
        self._read(None, from_mapping=False)

    # -- the preview (in a worker) -----------------------------------------------------------
    def _read(self, mapping: dict[str, str] | None, from_mapping: bool) -> None:
        assert self.path is not None
        self._forget_preview()
        self._mapping_step = from_mapping
        self.mapping = mapping
        path, now = self.path, self._clock()
        task = Task(lambda _task: read_preview(path, now, mapping))
        self.preview_task = task
        task.signals.succeeded.connect(self._preview_ready)
        task.signals.failed.connect(self._preview_failed)
        task.signals.crashed.connect(self._preview_crashed)
        if not from_mapping:
            self.preview_page.show_loading(path)
            self._go(PREVIEW)
        else:
            self.mapping_page.error.clear()
            self._update_buttons()
        self._runner.start(task)

    def _forget_preview(self) -> None:
        """A preview still being read is no longer wanted (another file, Back): its answer is dropped."""
        task, self.preview_task = self.preview_task, None
        self.found = None
        if task is not None:
            task.signals.succeeded.disconnect(self._preview_ready)
            task.signals.failed.disconnect(self._preview_failed)
            task.signals.crashed.disconnect(self._preview_crashed)

    @Slot(object)
    def _preview_ready(self, found: ReadFile) -> None:
        self.preview_task = None
        assert self.path is not None
        if found.preview.needs_mapping:
            self.mapping = {}
            self.mapping_page.set_columns(
                self.path.name, found.preview.columns, found.preview.first_rows, found.preview.fields
            )
            self._go(MAPPING)
            return
        self.found = found
        self.preview_page.show_preview(self.path, found)
        self._go(PREVIEW)
        self.next_button.setFocus()

    @Slot(str)
    def _preview_failed(self, message: str) -> None:
        self.preview_task = None
        if self._mapping_step:
            self.mapping_page.error.show_message(sentence(message))
            self._go(MAPPING)
        else:
            self.choose_page.error.show_message(f"{sentence(message)} Nothing was imported.")
            self._go(CHOOSE)

    @Slot(str)
    def _preview_crashed(self, report: str) -> None:
        self._preview_failed("the file could not be read: an unexpected error (see the report)")
        self.crashed.emit(report)

    # -- importing (in a worker) -------------------------------------------------------------
    def start_import(self) -> Task | None:
        if self.path is None or self.found is None or self.import_task is not None:
            return None
        path, now, mapping = self.path, self._clock(), self.mapping or None
        task = Task(lambda task: run_import(path, now, mapping, task))
        self.import_task = task
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._import_succeeded)
        task.signals.failed.connect(self._import_failed)
        task.signals.crashed.connect(self._import_crashed)
        task.signals.finished.connect(lambda: self._import_finished(task))
        page = self.importing_page
        page.title.setText("Importing…")
        page.label.setText(f"Importing {path.name} ({self.found.preview.format}).")
        page.bar.setRange(0, 0)
        self._go(IMPORTING)
        return self._runner.start(task)

    def cancel_import(self) -> None:
        if self.import_task is not None and not self.import_task.cancelled:
            self.import_task.cancel()
            self.importing_page.title.setText("Cancelling…")
            self.importing_page.label.setText("Stopping the import and undoing what it wrote.")
            self._update_buttons()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.importing_page.bar.setRange(0, max(total, 1))
        self.importing_page.bar.setValue(done)

    @Slot(object)
    def _import_succeeded(self, summary: Any) -> None:
        assert self.path is not None
        self.summary = summary
        self.done_page.show_summary(self.path, summary)
        self.imported.emit(summary)
        self._show_done()

    @Slot(str)
    def _import_failed(self, message: str) -> None:
        name = self.path.name if self.path else "the file"
        if self.import_task is not None and self.import_task.cancelled:
            self.done_page.show_nothing_imported(
                "Import cancelled", f"Nothing was imported from {name}: Rebound is as it was before."
            )
        else:
            self.done_page.show_nothing_imported("Nothing was imported", f"Nothing was imported from {name}.", message)
        self._show_done()

    @Slot(str)
    def _import_crashed(self, report: str) -> None:
        self._import_failed("an unexpected error stopped the import (see the report)")
        self.crashed.emit(report)

    def _show_done(self) -> None:
        """The outcome is known: shown at once (the worker may still be copying the log into the file)."""
        self.import_task = None
        self._go(DONE)
        self.cancel_button.setFocus()

    def _import_finished(self, task: Task) -> None:
        if self.import_task is task:  # ended without an outcome reported (not expected): the page all the same
            self._show_done()

    # -- closing and dropping ------------------------------------------------------------
    def reject(self) -> None:
        if self.import_task is not None:
            self.cancel_import()  # the dialog stays until the import has stopped and says so
            return
        self._forget_preview()
        super().reject()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.import_task is None and dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_path(event.mimeData())
        if self.import_task is None and path is not None:
            event.acceptProposedAction()
            self.open_path(path)
