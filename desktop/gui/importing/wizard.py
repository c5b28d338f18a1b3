"""The import wizard: choose a file, see what importing it would do, import it, read what was skipped.

Steps: choose (a LinkedIn export — its zip, its folder or one of its CSVs —, a vCard, a CSV or a
Rebound archive; or drop it on the window); for a CSV whose columns Rebound does not know, map
them; the preview (format, first rows, what would be created, updated, left unchanged or skipped,
and why; the files not read); the import, with a progress bar and Cancel; the summary.

Reading a file (the preview) and importing it run in workers: files can be large. Nothing is
written before Import; a cancelled or failed import writes nothing (one transaction, rolled back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.importing.pages import (
    ChoosePage,
    DonePage,
    ImportingPage,
    MappingPage,
    PreviewPage,
)
from desktop.gui.importing.reading import (
    FILE_FILTER,
    FOLDER_KEY,
    ReadFile,
    dropped_path,
    read_preview,
    run_import,
)
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING
from desktop.gui.services.workers import Task, TaskRunner

CHOOSE, MAPPING, PREVIEW, IMPORTING, DONE = range(5)


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
        self.setWindowTitle(tr("Import"))
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
        self.me: str | None = None  # the participant of LinkedIn messages the user picked as themselves
        self.participants: list[str] = []  # whom to pick from, when the export cannot tell

        self.choose_page = ChoosePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.importing_page = ImportingPage(self)
        self.done_page = DonePage(self)
        self.pages = QStackedWidget(self)
        for page in (self.choose_page, self.mapping_page, self.preview_page, self.importing_page, self.done_page):
            self.pages.addWidget(page)

        self.back_button = QPushButton(tr("Back"), self)
        self.next_button = QPushButton(tr("Next"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"), self)
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
        self.preview_page.me_box.activated.connect(lambda _index: self.pick_me(self.preview_page.me_box.currentData()))
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
        self.next_button.setText(
            {CHOOSE: tr("Next"), MAPPING: tr("Preview"), PREVIEW: tr("Import")}.get(step, tr("Next"))
        )
        if step == CHOOSE:
            self.next_button.setEnabled(bool(self.choose_page.path.text().strip()))
        else:
            self.next_button.setEnabled(not reading and (step != PREVIEW or self.found is not None))
        self.cancel_button.setText({IMPORTING: tr("Cancel import"), DONE: tr("Close")}.get(step, tr("Cancel")))
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
                    tr("Choose the column that holds the name (or the first and the last name): a person needs a name.")
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
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a file to import"), self._start_folder(), FILE_FILTER)
        if path:
            self._settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.open_path(Path(path))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Choose the unpacked LinkedIn export"), self._start_folder())
        if path:
            self._settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Preview this file or folder (chosen, typed or dropped)."""
        if self.step == IMPORTING:
            return
        self.path = path
        self.mapping = None
        self.me, self.participants = None, []
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
        me = self.me
        task = Task(lambda _task: read_preview(path, now, mapping, me))
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

    def pick_me(self, name: str | None) -> None:
        """The user says which participant of the messages they are: the preview is read again with it."""
        if name == self.me or self.import_task is not None:
            return
        self.me = name
        self._read(self.mapping or None, from_mapping=False)

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
        if found.preview.participants:
            self.participants = list(found.preview.participants)
        self.preview_page.show_participants(self.participants, self.me)
        self._go(PREVIEW)
        self.next_button.setFocus()

    @Slot(str)
    def _preview_failed(self, message: str) -> None:
        self.preview_task = None
        if self._mapping_step:
            self.mapping_page.error.show_message(sentence(message))
            self._go(MAPPING)
        else:
            self.choose_page.error.show_message(
                tr("{sentence} Nothing was imported.").format(sentence=sentence(message))
            )
            self._go(CHOOSE)

    @Slot(str)
    def _preview_crashed(self, report: str) -> None:
        self._preview_failed(tr("the file could not be read: an unexpected error (see the report)"))
        self.crashed.emit(report)

    # -- importing (in a worker) -------------------------------------------------------------
    def start_import(self) -> Task | None:
        if self.path is None or self.found is None or self.import_task is not None:
            return None
        path, now, mapping, me = self.path, self._clock(), self.mapping or None, self.me
        headers_only = self.preview_page.headers_only.isChecked()
        task = Task(lambda task: run_import(path, now, mapping, task, me, headers_only))
        self.import_task = task
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._import_succeeded)
        task.signals.failed.connect(self._import_failed)
        task.signals.crashed.connect(self._import_crashed)
        task.signals.finished.connect(lambda: self._import_finished(task))
        page = self.importing_page
        page.title.setText(tr("Importing…"))
        page.label.setText(tr("Importing {name} ({format}).").format(name=path.name, format=self.found.preview.format))
        page.bar.setRange(0, 0)
        self._go(IMPORTING)
        return self._runner.start(task)

    def cancel_import(self) -> None:
        if self.import_task is not None and not self.import_task.cancelled:
            self.import_task.cancel()
            self.importing_page.title.setText(tr("Cancelling…"))
            self.importing_page.label.setText(tr("Stopping the import and undoing what it wrote."))
            self._update_buttons()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if total <= 0:  # mail is streamed: how many messages there are is known only at the end
            self.importing_page.bar.setRange(0, 0)
            self.importing_page.label.setText(tr_n("%n messages read…", done))
            return
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
        name = self.path.name if self.path else tr("the file")
        if self.import_task is not None and self.import_task.cancelled:
            self.done_page.show_nothing_imported(
                tr("Import cancelled"),
                tr("Nothing was imported from {name}: Rebound is as it was before.").format(name=name),
            )
        else:
            self.done_page.show_nothing_imported(
                tr("Nothing was imported"), tr("Nothing was imported from {name}.").format(name=name), message
            )
        self._show_done()

    @Slot(str)
    def _import_crashed(self, report: str) -> None:
        self._import_failed(tr("an unexpected error stopped the import (see the report)"))
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
