"""The main window: sidebar navigation, the pages, menus, the status bar, long work in workers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.companies import company_names
from desktop.errors import ReboundError
from desktop.gui.banners import BannerArea
from desktop.gui.exporting import MENU_EXPORTS, ExportKind, choose_target, person_exported_text, person_file_name
from desktop.gui.formatting import people_count
from desktop.gui.icons import icon
from desktop.gui.pages.people import PeoplePage
from desktop.gui.plan_keeper import PlanKeeper
from desktop.gui.session import Session
from desktop.gui.settings import gui_settings
from desktop.gui.widgets import SPACING, PlainLabel
from desktop.gui.workers import Task, TaskRunner

TODAY_ROW, PEOPLE_ROW, OPENINGS_ROW = 0, 1, 2
FIRST_PAINT_FALLBACK_MS = 250  # start the background work anyway when no paint comes (a hidden window)

if TYPE_CHECKING:  # the dialogs (and the Openings page) are imported when first opened: not needed to start
    from desktop.gui.dialogs.duplicates import DuplicatesDialog
    from desktop.gui.dialogs.error_report import ErrorReportDialog
    from desktop.gui.dialogs.import_wizard import ImportWizard
    from desktop.gui.dialogs.log_rejection import LogRejectionDialog, RejectionLogged
    from desktop.gui.dialogs.settings_dialog import SettingsDialog
    from desktop.gui.pages.openings import OpeningsPage
    from desktop.gui.pages.person import PersonPage
    from desktop.gui.pages.today import TodayPage

STATUS_MS = 8000
CANCELLING = "Cancelling…"


def summary_text(summary: Any) -> str:
    """One sentence from an ImportSummary (created, updated, unchanged, skipped, errors)."""
    text = f"{summary.sentence()}."
    if summary.errors:
        count = len(summary.errors)
        text += f"\n\n{count} {'problem was' if count == 1 else 'problems were'} reported; see the details."
    return text


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings | None = None,
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
        today: Callable[[], date] | None = None,
        session: Session | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rebound")
        self.setMinimumSize(QSize(720, 480))
        self._settings = settings if settings is not None else gui_settings()
        self._clock = clock
        self._today = today if today is not None else (lambda: clock().date())
        self.runner = TaskRunner(self)
        self.session = session if session is not None else Session.of_open_database()  # the database, its lock
        self.session.setParent(self)
        self.notice: QMessageBox | None = None  # the summary or error on screen (non-blocking)
        self.dialog: QDialog | None = None  # the Log rejection or Settings dialog on screen
        self._task: Task | None = None
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._failure_title = ""
        self._cancelled_text = ""
        self._busy_text = ""
        self.setAcceptDrops(True)  # a file dropped on the window opens the import wizard

        self.keeper = PlanKeeper(self.runner, self._today, self)
        # Only the page the window opens on is built before the first paint: Today (when People is
        # that page) comes right after it, Openings when first shown (see ``today`` and ``openings``).
        self._today_page: TodayPage | None = None
        self._today_slot = QWidget(self)
        self.people = PeoplePage(clock, self)
        self._openings: OpeningsPage | None = None
        self._openings_slot = QWidget(self)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(SPACING // 4)
        self.sidebar.setFixedWidth(136)
        self.pages = QStackedWidget(self)
        self._add_page("Today", "today", self._today_slot)
        self._add_page("People", "people", self.people)
        self._add_page("Openings", "openings", self._openings_slot)
        self.sidebar.currentRowChanged.connect(self._show_row)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(SPACING, SPACING, SPACING, 0)
        column.setSpacing(SPACING)
        self.banners = BannerArea(central)  # a damaged database, a risky folder: above the pages, non-blocking
        column.addWidget(self.banners)
        layout = QHBoxLayout()
        layout.setSpacing(SPACING)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.count_label = PlainLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel", self)  # hidden until an import runs; its icon comes later
        self.cancel_button.setToolTip("Stop the import; nothing is imported")
        self.cancel_button.clicked.connect(self.cancel_task)
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.count_label)

        # drawn in _after_first_paint: menus and a hidden button need no icons before the window shows
        self._icons_later: list[tuple[QAction | QPushButton, str]] = [(self.cancel_button, "dismiss")]
        self._make_actions()
        self._make_menus()
        self._connect_pages()
        self.session.attach(self)
        self.resize(1280, 800)
        self._restore_state()
        self.people.load(open_first=False)
        self._update_person_actions()
        # After the first paint (or a moment, when the window is not shown): open the first person, then
        # build the engine in a worker — Today fills in when it is ready. The window appears sooner.
        self._started = False
        self._closed = False
        self.sidebar.viewport().installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._after_first_paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.sidebar.viewport() and not self._started:
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        if self._started:
            return
        self._started = True
        self.sidebar.viewport().removeEventFilter(self)
        # One step per turn of the event loop, what the page on screen shows first: it paints in between.
        if self.pages.currentWidget() is self.people:
            steps = [self._open_first_person, self._start_today]
        else:  # Today's kept cards, then the engine (a worker competing for the interpreter) only after them
            steps = [self._show_today_head_start, self._open_first_person, self._start_today]
        self._run_steps([*steps, self._draw_icons])

    def _run_steps(self, steps: list[Callable[[], None]]) -> None:
        if steps and not self._closed:
            if not self.session.replacing or steps[0] == self._draw_icons:  # a reopened database reloads it all
                steps[0]()
            QTimer.singleShot(0, self, lambda: self._run_steps(steps[1:]))  # not after the window is gone

    def _show_today_head_start(self) -> None:
        if not self.session.read_only:
            self.today.show_head_start()

    def _start_today(self) -> None:
        today = self.today  # built now when the window opened on another page
        if self.session.read_only:  # a damaged database: the engine would write its plan; a restore starts it
            today.loading.setText("Today’s plan is worked out once a backup is restored.")
        else:
            self.keeper.load()

    def _open_first_person(self) -> None:
        if self.people.open_person_id is None:
            self.people.load()

    def _draw_icons(self) -> None:
        for owner, name in self._icons_later:  # menus and a hidden button: drawn now, not before the window
            owner.setIcon(icon(name))
        self._icons_later.clear()

    def _add_page(self, title: str, icon_name: str, page: QWidget) -> None:
        QListWidgetItem(icon(icon_name), title, self.sidebar)
        self.pages.addWidget(page)

    def _put_page(self, slot: QWidget, page: QWidget) -> None:
        """Put a page built late where its empty slot stood in the stack."""
        current = self.pages.currentWidget() is slot
        self.pages.insertWidget(self.pages.indexOf(slot), page)
        self.pages.removeWidget(slot)
        slot.deleteLater()
        if current:
            self.pages.setCurrentWidget(page)

    @property
    def today(self) -> TodayPage:
        """The Today page: built with the window when it opens on Today, else right after the first paint."""
        if self._today_page is None:
            from desktop.gui.pages.today import TodayPage

            page = TodayPage(self.keeper, self._clock, self)
            self._today_page = page
            self._connect_today(page)
            self._put_page(self._today_slot, page)
        return self._today_page

    @property
    def built_today_page(self) -> TodayPage | None:
        """The Today page if it was made (reading it does not make it)."""
        return self._today_page

    @property
    def openings(self) -> OpeningsPage:
        """The Openings page, built the first time it is needed (the window appears without it)."""
        if self._openings is None:
            from desktop.gui.pages.openings import OpeningsPage

            page = OpeningsPage(self.keeper, self)
            page.open_person_requested.connect(self.open_person)
            page.restore_state(self._settings)
            self._openings = page
            self._put_page(self._openings_slot, page)
        return self._openings

    def _show_row(self, row: int) -> None:
        if row == TODAY_ROW:
            self.today  # noqa: B018 - builds the page before it is shown
        elif row == OPENINGS_ROW:
            self.openings  # noqa: B018
        self.pages.setCurrentIndex(row)

    def show_page(self, page: QWidget) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(page))

    def _connect_pages(self) -> None:
        self.people.counts_changed.connect(self._show_counts)
        self.people.load_demo_requested.connect(self.load_demo_action.trigger)
        self.people.import_requested.connect(self.import_action.trigger)
        self.people.person_page_built.connect(self._connect_person_page)
        self.keeper.crashed.connect(self.show_error_report)
        self.session.message.connect(self._show_message)
        self.session.crashed.connect(self.show_error_report)
        self.session.reopened.connect(self.reload_data)
        self.session.busy_changed.connect(self._database_busy)

    def _connect_person_page(self, page: PersonPage) -> None:
        page.facts_provider = lambda: self.keeper.facts
        self.keeper.changed.connect(page.refresh_paths)
        page.person_opened.connect(self._update_person_actions)
        page.dirty_changed.connect(self._update_person_actions)
        page.person_changed.connect(lambda person_id: self.keeper.refresh(people={person_id}))
        page.person_erased.connect(self._person_erased)

    def _connect_today(self, page: TodayPage) -> None:
        page.counts_changed.connect(self._show_due_count)
        page.message.connect(self._show_message)
        page.person_changed.connect(self._person_contacted)
        page.open_person_requested.connect(self.open_person)
        page.load_demo_requested.connect(self.load_demo_action.trigger)
        page.import_requested.connect(self.import_action.trigger)
        page.log_rejection_requested.connect(self.log_rejection_action.trigger)
        page.mail_settings_requested.connect(self.open_mail_settings)
        page.welcome.setEnabled(self._task is None)  # as _set_busy would have left it
        for action in (page.undo_action, *page.card_actions):
            self.addAction(action)  # window-wide shortcuts; the page enables them while it is shown
        self.edit_menu.insertAction(self._undo_place, page.undo_action)
        self.today_menu.addActions(page.card_actions)

    # -- actions and menus ----------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, icon_name: str | None = None
    ) -> QAction:
        """A window-wide action; its icon (menus only show it) is drawn after the first paint."""
        action = QAction(text, self)
        if icon_name is not None:
            self._icons_later.append((action, icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.import_action = self._action("&Import…", self.open_import_wizard, "Ctrl+I", icon_name="import")
        self.load_demo_action = self._action("Load &demo data", self.load_demo)
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q")
        self.find_action = self._action("&Find", self.find, "Ctrl+F", icon_name="search")
        self.settings_action = self._action("&Settings…", self.open_settings, "Ctrl+,", icon_name="settings")
        self.log_rejection_action = self._action("Log &rejection…", self.log_rejection, "Ctrl+R", icon_name="rejection")
        self.add_opening_action = self._action("&Add opening…", self.add_opening, icon_name="openings")
        people = self.people  # the person pane is made with the first person: these act on it then
        self.add_note_action = self._action(
            "Add &note…", lambda: people.person_page.add_note(), "Ctrl+N", icon_name="note"
        )
        self.log_action = self._action(
            "&Log interaction…", lambda: people.person_page.log_interaction(), "Ctrl+L", icon_name="linkedin_message"
        )
        self.save_action = self._action("&Save changes", lambda: people.person_page.save(), "Ctrl+S")
        self.erase_action = self._action("&Erase person…", lambda: people.person_page.erase_person(), icon_name="erase")
        self.export_actions = [self._action(kind.menu_text, partial(self.export, kind)) for kind in MENU_EXPORTS]
        self.export_person_action = self._action("E&xport this person's data…", self.export_person, icon_name="export")
        self.duplicates_action = self._action("Possible &duplicates…", self.open_duplicates, icon_name="merge")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.import_action)
        self.export_menu = file_menu.addMenu("&Export")
        self._icons_later.append((self.export_menu.menuAction(), "export"))
        for action in self.export_actions:
            self.export_menu.addAction(action)
        file_menu.addAction(self.load_demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        self.edit_menu = edit_menu
        self._undo_place = edit_menu.addSeparator()  # Today's Undo goes above it (see ``_connect_today``)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.duplicates_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        self.today_menu = bar.addMenu("&Today")  # the Today page's card actions (see ``_connect_today``)
        self.today_menu.aboutToShow.connect(lambda: self.today)
        person_menu = bar.addMenu("&Person")
        person_menu.addAction(self.log_rejection_action)
        person_menu.addSeparator()
        person_menu.addAction(self.add_note_action)
        person_menu.addAction(self.log_action)
        person_menu.addSeparator()
        person_menu.addAction(self.save_action)
        person_menu.addSeparator()
        person_menu.addAction(self.export_person_action)
        person_menu.addAction(self.erase_action)
        openings_menu = bar.addMenu("&Openings")
        openings_menu.addAction(self.add_opening_action)

    def _update_person_actions(self, *_args: object) -> None:
        page = self.people.built_person_page
        has_person = page is not None and page.person is not None
        self.add_note_action.setEnabled(has_person)
        self.log_action.setEnabled(has_person)
        self.export_person_action.setEnabled(has_person)
        self.erase_action.setEnabled(has_person)
        self.save_action.setEnabled(has_person and page is not None and page.form.is_dirty())

    def find(self) -> None:
        self.show_page(self.people)
        self.people.focus_search()

    def open_person(self, person_id: int) -> None:
        """Show a person on the People page (from a Today card or an opening)."""
        self.show_page(self.people)
        self.people.show_person(person_id)

    def _show_counts(self, shown: int, total: int) -> None:
        # demo data goes into an empty database only (core.demo refuses otherwise)
        self.load_demo_action.setEnabled(total == 0 and not self.runner_busy())
        if shown == total:
            self.count_label.setText(people_count(total))
        else:
            self.count_label.setText(f"{shown:,} of {people_count(total)}")

    def _show_due_count(self, due: int) -> None:
        self.sidebar.item(TODAY_ROW).setText(f"Today ({due})" if due else "Today")

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _person_contacted(self, person_id: int) -> None:
        """Today recorded a message: the list's "last contact" and an open timeline show it."""
        self.people.refresh()
        if self.people.open_person_id == person_id:
            self.people.person_page.reload_lists()

    # -- dialogs of the reconnect work --------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()  # window-modal, and the event loop keeps running
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def log_rejection(self) -> LogRejectionDialog:
        from desktop.gui.dialogs.log_rejection import LogRejectionDialog, PersonChoice

        facts = self.keeper.facts
        people = (
            [] if facts is None else [PersonChoice(p.id, p.name, p.company, p.title) for p in facts.people.values()]
        )
        dialog = LogRejectionDialog(people, company_names(), self._clock(), self)
        dialog.logged.connect(self._rejection_logged)
        self._open_dialog(dialog)
        return dialog

    def _rejection_logged(self, result: RejectionLogged) -> None:
        self.keeper.refresh(people={result.person_id}, openings=True, processes=True)
        self.today.focus_person(result.person_id)  # their card now (or as soon as the plan shows it)
        self.people.load()
        if self.people.open_person_id == result.person_id:
            self.people.person_page.reload_lists()
        self.show_page(self.today)
        added = f" {result.person_name} was added to Rebound." if result.created else ""
        self._show_message(f"Rejection logged.{added} Today suggests the reply.")

    def add_opening(self) -> QDialog:
        self.show_page(self.openings)
        return self.openings.add_opening()

    def open_settings(self, tab: int = 0) -> SettingsDialog:
        from desktop.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.keeper, self, session=self.session)
        dialog.tabs.setCurrentIndex(tab)
        dialog.message.connect(self._show_message)
        self._open_dialog(dialog)
        return dialog

    def open_mail_settings(self) -> SettingsDialog:
        from desktop.gui.dialogs.settings_dialog import MAIL_TAB

        return self.open_settings(MAIL_TAB)

    def _person_erased(self, person_id: int, name: str) -> None:
        """Gone from People, Today and search at once; the engine is built again without them."""
        self.people.detail_stack.setCurrentWidget(self.people.placeholder)
        self.people.load(open_first=False)
        self._update_person_actions()
        self.keeper.refresh(people={person_id}, processes=True, states=True)
        self.keeper.load()
        self._show_message(f"{name} was erased, with everything about them.")

    def _database_busy(self, busy: bool) -> None:
        """While a restore or a new key replaces the database, nothing else may touch it."""
        replacing = busy and self.session.replacing
        for widget in (self.centralWidget(), self.menuBar()):
            widget.setEnabled(not replacing)
        self.progress.setVisible(busy or self.runner_busy())

    def reload_data(self) -> None:
        """The database was opened again (a restore, a new key): read everything again."""
        page = self.people.built_person_page
        if page is not None and page.person_id is not None:
            if page.form.is_dirty():
                page.form.revert()
            if not page.reload():
                self.people.detail_stack.setCurrentWidget(self.people.placeholder)
        self.people.load(open_first=False)
        self._update_person_actions()
        self.keeper.load()

    # -- import, export, duplicates, demo data (long work in workers) -------------------------
    def open_import_wizard(self, path: Path | None = None) -> ImportWizard:
        """File → Import… (or a file dropped on the window: the wizard opens on its preview)."""
        from desktop.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.runner, self._settings, self._clock, self)
        wizard.imported.connect(self._imported)
        wizard.crashed.connect(self.show_error_report)
        self._open_dialog(wizard)
        if path is not None:
            wizard.open_path(path)
        return wizard

    def _imported(self, summary: Any) -> None:
        self.people.load()
        if self.people.open_person_id is not None:
            self.people.person_page.reload_lists()
        self.keeper.load()  # a new engine over the new data, built in a worker
        self._show_message(f"Import finished: {summary.sentence()}.")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from desktop.gui.dialogs.import_wizard import dropped_path

        if self.dialog is None and not self.runner_busy() and dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from desktop.gui.dialogs.import_wizard import dropped_path

        path = dropped_path(event.mimeData())
        if self.dialog is None and not self.runner_busy() and path is not None:
            event.acceptProposedAction()
            self.open_import_wizard(path)

    def export(self, kind: ExportKind) -> Task | None:
        """File → Export: ask where, write in a worker, say where the file went."""
        name = kind.suggested_name(self._today())
        path = choose_target(self, self._settings, kind.dialog_title, kind.file_filter, name)
        if path is None:
            return None
        return self._run(
            f"Exporting to {path.name}…",
            lambda _task: kind.write(path),
            lambda count: self._exported(path, f"Exported {people_count(count)} to {path}."),
            f"Nothing was exported to {path.name}",
        )

    def export_person(self) -> Task | None:
        """Person → Export this person's data: everything about them as JSON (a data subject request)."""
        from desktop.interop.person_data import export_person

        person = self.people.person_page.person
        if person is None:
            return None
        title = f"Export everything about {person.name}"
        path = choose_target(self, self._settings, title, "JSON (*.json)", person_file_name(person.name, self._today()))
        if path is None:
            return None
        person_id, now = person.id, self._clock()
        return self._run(
            f"Exporting {person.name}’s data…",
            lambda _task: export_person(person_id, path, now),
            lambda done: self._exported(path, person_exported_text(done, path)),
            f"Nothing was exported to {path.name}",
        )

    def _exported(self, path: Path, text: str) -> None:
        self.statusBar().showMessage(f"Exported to {path}", STATUS_MS)
        self._notify(QMessageBox.Icon.Information, "Export finished", text)

    def open_duplicates(self) -> DuplicatesDialog:
        """Edit → Possible duplicates…: merge people who are one person twice (with Undo)."""
        from desktop.gui.dialogs.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self.runner, self._may_change_people, self)
        dialog.changed.connect(self._people_merged)
        dialog.crashed.connect(self.show_error_report)
        self._open_dialog(dialog)
        return dialog

    def _may_change_people(self, person_ids: set[int]) -> bool:
        """Before a merge or its undo: unsaved edits of one of these people are saved or discarded first."""
        return self.people.open_person_id not in person_ids or self.people.confirm_leave()

    def _people_merged(self, keep: int, drop: int) -> None:
        if self.people.open_person_id in (keep, drop):
            self.people.person_page.show_person(keep)  # the merged one (after an undo: as they were)
        self.people.load()
        self.keeper.load()

    def load_demo(self) -> Task:
        from desktop.core.demo import load_demo

        today = self._today()
        return self._run(
            "Loading the demo data…",
            lambda _task: load_demo(today),
            lambda summary: self._finished("Demo data loaded", "The demo people are in.", summary),
            "The demo data was not loaded",
        )

    def runner_busy(self) -> bool:
        """Whether an import or the demo data is being written (the engine's own work does not count)."""
        return self._task is not None

    def _run(
        self,
        busy_text: str,
        job: Callable[[Task], Any],
        on_success: Callable[[Any], None],
        failure_title: str,
        cancellable: bool = False,
    ) -> Task:
        # One job at a time (the actions are disabled while busy); its handlers wait here.
        self._on_success, self._failure_title = on_success, failure_title
        task = Task(job)
        self._task = task
        self._set_busy(True, busy_text, cancellable)
        # Bound methods of this window: the signals cross from the worker thread as queued calls.
        task.signals.progress.connect(self._task_progress)
        task.signals.succeeded.connect(self._task_succeeded)
        task.signals.failed.connect(self._task_failed)
        task.signals.crashed.connect(self.show_error_report)
        task.signals.finished.connect(self._task_finished)
        return self.runner.start(task)

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(CANCELLING)

    @Slot(int, int)
    def _task_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _task_succeeded(self, result: object) -> None:
        self._on_success(result)

    @Slot(str)
    def _task_failed(self, message: str) -> None:
        if self._task is not None and self._task.cancelled:
            self._show_message(self._cancelled_text)
            return
        self._notify(QMessageBox.Icon.Warning, "Rebound", f"{self._failure_title}:\n\n{message}")

    @Slot()
    def _task_finished(self) -> None:
        self._task = None
        self._set_busy(False)

    def _set_busy(self, busy: bool, text: str = "", cancellable: bool = False) -> None:
        self.import_action.setEnabled(not busy)
        self.load_demo_action.setEnabled(not busy and self.people.total == 0)
        self.people.set_busy(busy)
        if self._today_page is not None:
            self._today_page.welcome.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(busy and cancellable)
        if busy:
            self._busy_text = text
            self.statusBar().showMessage(text)
        elif self.statusBar().currentMessage() in (self._busy_text, CANCELLING):
            self.statusBar().clearMessage()  # but not a message the job's end left (e.g. "Import cancelled")

    def _finished(self, title: str, first_line: str, summary: Any) -> None:
        self.people.load()
        self.keeper.load()  # a new engine over the new data, built in a worker
        self.statusBar().showMessage(first_line, 5000)
        self._notify(QMessageBox.Icon.Information, title, f"{first_line}\n\n{summary_text(summary)}", summary.errors)

    def _notify(self, kind: QMessageBox.Icon, title: str, text: str, details: list[str] | None = None) -> None:
        """A message that does not block the event loop (plain text: it may quote file names and data)."""
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setDetailedText("\n".join(details))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(partial(self._forget_notice, box))
        self.notice = box
        box.open()

    def _forget_notice(self, box: QMessageBox, _result: int = 0) -> None:
        if self.notice is box:
            self.notice = None

    @Slot(str)
    def show_error_report(self, report: str) -> ErrorReportDialog:
        from desktop.gui.dialogs.error_report import ErrorReportDialog

        dialog = ErrorReportDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- geometry, state and closing ------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.people.restore_state(self._settings)
        page = self._settings.value("window/page")
        remembered = isinstance(page, str) and page.isdigit() and 0 <= int(page) < self.sidebar.count()
        self.sidebar.setCurrentRow(int(page) if remembered else TODAY_ROW)  # the page the user had open last

    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/page", str(self.sidebar.currentRow()))
        self.people.save_state(self._settings)
        if self._openings is not None:
            self._openings.save_state(self._settings)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.replacing:  # a restore or a new key must finish: the database is closed meanwhile
            self.statusBar().showMessage(f"{self.session.busy_text} Rebound closes when it is done.")
            event.ignore()
            return
        if not self.people.confirm_leave():
            event.ignore()
            return
        self._closed = True  # what is left of the start-up steps is not needed any more
        if self.runner.busy():
            self.statusBar().showMessage("Finishing the work in progress…")
            self.runner.wait()
        try:
            self.keeper.keep_plan()  # the first Today cards of the next start, if nothing changes meanwhile
        except ReboundError:
            pass  # only a head start is lost
        self.save_state()
        event.accept()
