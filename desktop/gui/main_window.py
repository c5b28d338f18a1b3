"""The main window, the shell: the sidebar, the page stack, the menus, the status bar and the banners.

The menu flows (import, export, demo data, duplicates, log rejection, settings) live in
``desktop.gui.actions``; the window hands itself to them as their ``Shell``. Only the page the
window opens on is built before the first paint; the rest follows, one step per turn of the
event loop (README, Start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ReboundError
from desktop.gui.actions import importing
from desktop.gui.actions.background import Background
from desktop.gui.actions.first_pages import FirstPages
from desktop.gui.actions.flows import MenuFlows
from desktop.gui.actions.jobs import STATUS_MS, Jobs
from desktop.gui.actions.menus import Menus
from desktop.gui.actions.pages import LatePages
from desktop.gui.kit.banners import BannerArea
from desktop.gui.kit.first_paint import FirstPaint, run_steps
from desktop.gui.kit.formatting import people_count
from desktop.gui.kit.i18n import number, tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.qt_values import STRONG_FOCUS, set_qt_property
from desktop.gui.kit.widgets import SPACING, PlainLabel
from desktop.gui.services.ops import Ops
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.session import Session
from desktop.gui.services.sidebar_counts import SidebarCounts
from desktop.gui.services.window_state import gui_settings, restore_window, save_window
from desktop.gui.services.workers import TaskRunner

PAGE_COUNT = 7
TODAY_ROW, APPLICATIONS_ROW, PEOPLE_ROW, COMPANIES_ROW, OPENINGS_ROW, NETWORK_ROW, INSIGHTS_ROW = range(PAGE_COUNT)
LATE_ROWS = {APPLICATIONS_ROW: "applications", COMPANIES_ROW: "companies", NETWORK_ROW: "network",
             INSIGHTS_ROW: "insights"}  # fmt: skip
FIRST_PAINT_FALLBACK_MS = 250  # start the background work anyway when no paint comes (a hidden window)

if TYPE_CHECKING:  # the dialogs (and the Openings page) are imported when first opened: not needed to start
    from PySide6.QtWidgets import QDialog

    from desktop.core.first_look import FirstFrame
    from desktop.gui.dialogs.error_report import ErrorReportDialog
    from desktop.gui.dialogs.restore import RestoreDialog
    from desktop.gui.people.page import PeoplePage
    from desktop.gui.people.person_page import PersonPage
    from desktop.gui.services.tray import DueNotifier
    from desktop.gui.today.page import TodayPage


def name_controls(widget: QWidget) -> None:
    """``kit.accessibility.name_controls``, imported when first needed: after the first paint."""
    from desktop.gui.kit.accessibility import name_controls as name  # lazy: QAccessible is not needed to start

    name(widget)


class MainWindow(FirstPages, MenuFlows, QMainWindow):
    def __init__(
        self,
        settings: QSettings | None = None,
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
        today: Callable[[], date] | None = None,
        session: Session | None = None,
        first_frame: FirstFrame | None = None,
    ) -> None:
        """``first_frame``: the People page's first frame, read before the store loaded (core/first_look.py); the
        session then opens the database right after the first paint, before anything else runs."""
        super().__init__(parent)
        self.setWindowTitle(tr("Rebound"))
        self.setMinimumSize(QSize(720, 480))
        self.settings = settings if settings is not None else gui_settings()
        self.clock = clock
        self.day: Callable[[], date] = today if today is not None else (lambda: clock().date())
        self.runner = TaskRunner(self)
        self.session = session if session is not None else Session.of_open_database()  # the database, its lock
        self.session.setParent(self)
        self.dialog: QDialog | None = None  # the Log rejection or Settings dialog on screen
        self.setAcceptDrops(True)  # a file dropped on the window opens the import wizard

        self.ops = Ops(self)  # the one write path: one database executor, one ``changed`` broadcast
        self.ops.crashed.connect(self.show_error_report)
        self.keeper = PlanKeeper(self.runner, self.day, self, ops=self.ops)
        # Only the page the window opens on is built before the first paint: Today and People (when the
        # other is that page) come right after it, Openings when first shown (``today``, ``people``, ``openings``).
        self._make_first_slots(first_frame)  # (actions/first_pages.py)
        self._count_before_paint = False  # Today's kept cards gave the sidebar its count before the first paint
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(SPACING // 4)
        self.sidebar.setFixedWidth(152)
        self.sidebar.setAccessibleName(tr("Pages"))
        self.pages = QStackedWidget(self)
        self.late = LatePages(self)  # Applications, Companies, Network, Insights: built when first shown
        self._add_page(tr("Today"), "today", self._today_slot)
        self._add_page(tr("Applications"), "applications", self.late.slots["applications"])
        self._add_page(tr("People"), "people", self._people_slot)
        self._add_page(tr("Companies"), "companies", self.late.slots["companies"])
        self._add_page(tr("Openings"), "openings", self._openings_slot)
        self._add_page(tr("Network"), "network", self.late.slots["network"])
        self._add_page(tr("Insights"), "insights", self.late.slots["insights"])
        self.sidebar.currentRowChanged.connect(self._show_row)
        # what is due on Applications, People and Openings, from the day's plan (services/sidebar_counts.py)
        self.sidebar_counts = SidebarCounts(self.sidebar, {APPLICATIONS_ROW: "applications", PEOPLE_ROW: "people",
                                                           OPENINGS_ROW: "openings"}, self.keeper)  # fmt: skip
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

        self.jobs = Jobs(self.runner, self.statusBar(), self)
        self.jobs.busy_changed.connect(self._set_busy)
        self.jobs.crashed.connect(self.show_error_report)
        self.progress, self.cancel_button = self.jobs.progress, self.jobs.cancel_button
        self.count_label = PlainLabel("", self)
        self._named_pages: set[QWidget] = set()  # the pages whose controls name_controls has named
        self.statusBar().addPermanentWidget(self.count_label)

        self.menus = Menus(self, self)
        titles = [self.sidebar.item(row).text() for row in range(self.sidebar.count())]
        self.menus.add_pages(titles, self._go_to_row)
        # in the tab order: Tab reaches it, not only Shift+Tab
        set_qt_property(self.sidebar, "focusPolicy", STRONG_FOCUS)
        self.menus.today_menu.aboutToShow.connect(lambda: self.today)  # its card actions come with the page
        # drawn in _after_first_paint: menus and a hidden button need no icons before the window shows
        self._icons_later: list[tuple[QAction | QPushButton, str]] = [(self.cancel_button, "dismiss")]
        self._icons_later += self.menus.icons_later
        self._connect_pages()
        self.session.attach(self.banners, self._others_busy)
        self.session.may_leave = self._may_leave  # a switch or a restore: save or discard an edit first
        # the daily mail sync, the tray's note of due suggestions, a team server's change feed (actions/background.py)
        self.background = Background(self, show_today=lambda: self._go_to_row(TODAY_ROW))
        self.mail_sync, self.team_listener = self.background.mail_sync, self.background.team_listener
        self.resize(1280, 800)
        self.sidebar.setCurrentRow(restore_window(self, self.settings, self.sidebar.count(), TODAY_ROW))
        self._update_person_actions()
        if self._today_page is not None and self.pages.currentWidget() is self._today_page:
            self._show_today_snapshot()  # the first cards kept at the last exit are in the first paint (a small read)
        # After the first paint (or a moment, when the window is not shown): open the first person, then
        # build the engine in a worker — Today fills in when it is ready. The window appears sooner.
        self._closed = False
        # (watching the window itself: asking PySide for the sidebar's viewport would build 64 enum types first)
        self._first_paint = FirstPaint(self, self._after_first_paint)

    @property
    def _started(self) -> bool:
        """The work after the first paint has begun."""
        return self._first_paint.done

    def _after_first_paint(self) -> None:
        self._first_paint.done = True  # (also when called before the paint came)
        if not self.open_database():
            return  # the app quits: its database did not open
        # One step per turn of the event loop, what the page on screen shows first: it paints in between.
        # (Today's kept cards are already on screen when the window opened on Today.)
        steps = [self._build_people, self._open_first_person, self._start_today, self._notify_due]
        # a database being replaced (a restore) is read again when it is open: only the icons are drawn meanwhile
        run_steps(self, [*steps, self._draw_icons], lambda: self._closed,
                  lambda step: self.session.replacing and step != self._draw_icons)  # fmt: skip

    def open_database(self) -> bool:
        """Open the database if the window painted before it was open (its first frame was read without the store);
        whether it is open."""
        if not self.session.opened and self.session.finish_opening():
            self.background.follow_database()
        return self.session.opened

    def _show_today_snapshot(self) -> None:
        if not self.session.read_only:
            self.today.show_snapshot_or_wait()

    def _start_today(self) -> None:
        today = self.today  # built now when the window opened on another page
        if self.session.read_only:  # a damaged database: the engine would write its plan; a restore starts it
            today.wait_for_restore()
        else:
            self.keeper.load()

    def _notify_due(self) -> None:
        if self._count_before_paint:
            self.notify_due()

    def _build_people(self) -> None:
        self.people  # noqa: B018 - builds the page (its list, the status bar's count) when the window opened elsewhere

    def _open_first_person(self) -> None:
        if self.people.open_person_id is None:
            self.people.open_first()  # the list read as the page was built: not again

    def _draw_icons(self) -> None:
        for owner, name in self._icons_later:  # menus and a hidden button: drawn now, not before the window
            owner.setIcon(icon(name))
        self._icons_later.clear()
        name_controls(self)  # the window's controls, and the page on screen (kit/accessibility.py)
        self._named_pages.update(page for page in (self.pages.currentWidget(),) if page is not None)

    def _add_page(self, title: str, icon_name: str, page: QWidget) -> None:
        QListWidgetItem(icon(icon_name), title, self.sidebar)
        self.pages.addWidget(page)

    def _show_row(self, row: int) -> None:
        if row == TODAY_ROW:
            self.today  # noqa: B018 - builds the page before it is shown
        elif row == OPENINGS_ROW:
            self.openings  # noqa: B018
        elif row == PEOPLE_ROW:
            self.people  # noqa: B018
        elif row in LATE_ROWS:
            self.late.build(LATE_ROWS[row])
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        started = hasattr(self, "_first_paint") and self._started  # (the first row is set while the window is built)
        if page is not None and page not in self._named_pages and started:  # once built and shown
            self._named_pages.add(page)
            name_controls(page)

    def _go_to_row(self, row: int) -> None:
        """Ctrl+1…n: that page, and the keyboard in it."""
        self.sidebar.setCurrentRow(row)
        page = self.pages.currentWidget()
        if page is self._today_page and self._today_page is not None:
            self._today_page.focus_first_card()
        elif page is not None:
            page.setFocus()

    def show_person_network(self) -> None:
        """Person → Show on the network map: the open person's map."""
        if self._people is not None and self._people.open_person_id is not None:
            self.late.show_person_network(self._people.open_person_id)

    def show_page(self, page: QWidget) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(page))

    def _connect_people(self, page: PeoplePage) -> None:
        page.counts_changed.connect(self._show_counts)
        page.load_demo_requested.connect(self.menus.load_demo_action.trigger)
        page.import_requested.connect(self.menus.import_action.trigger)
        page.person_page_built.connect(self._connect_person_page)

    def _connect_pages(self) -> None:
        self.keeper.crashed.connect(self.show_error_report)
        self.session.message.connect(self.show_message)
        self.session.crashed.connect(self.show_error_report)
        self.session.reopened.connect(self.reload_data)
        self.session.restore_requested.connect(self.offer_restore)
        self.session.busy_changed.connect(self._database_busy)

    def _connect_person_page(self, page: PersonPage) -> None:
        page.facts_provider = lambda: self.keeper.facts
        self.keeper.changed.connect(page.refresh_paths)
        page.person_opened.connect(self._update_person_actions)
        page.dirty_changed.connect(self._update_person_actions)
        page.person_erased.connect(self._person_erased)

    def _connect_today(self, page: TodayPage) -> None:
        page.counts_changed.connect(self._show_due_count)
        page.message.connect(self.show_message)
        page.open_person_requested.connect(self.open_person)
        page.load_demo_requested.connect(self.menus.load_demo_action.trigger)
        page.import_requested.connect(self.menus.import_action.trigger)
        page.log_rejection_requested.connect(self.menus.log_rejection_action.trigger)
        page.mail_settings_requested.connect(self.open_mail_settings)
        page.about_you_requested.connect(self.open_about_you)
        page.set_busy(self.jobs.busy)  # as _set_busy would have left it
        self.menus.add_today(page.undo_action, list(page.card_actions))

    # -- the menus' verbs -------------------------------------------------------------------
    def _update_person_actions(self, *_args: object) -> None:
        page = self._people.built_person_page if self._people is not None else None
        has_person = page is not None and page.person is not None
        self.menus.show_person_actions(has_person, page is not None and page.is_dirty())

    def focus_search(self) -> None:
        self.show_page(self.people)
        self.people.focus_search()

    def open_person(self, person_id: int) -> None:
        """Show a person on the People page (from a Today card or an opening)."""
        self.show_page(self.people)
        self.people.show_person(person_id)

    def _show_counts(self, shown: int, total: int, more: bool = False) -> None:
        # demo data goes into an empty database only (interop.demo refuses otherwise)
        for action in (self.menus.load_demo_action, self.menus.load_recruiter_demo_action):
            action.setEnabled(total == 0 and not self.jobs.busy)
        if more:  # a search lists its matches a window at a time and never counts them all
            self.count_label.setText(tr("{shown}+ of {total}").format(shown=f"{shown:,}", total=people_count(total)))
        elif shown == total:
            self.count_label.setText(people_count(total))
        else:
            self.count_label.setText(
                tr("{shown} of {people_count}").format(shown=number(shown), people_count=people_count(total))
            )

    def _show_due_count(self, due: int) -> None:
        self.sidebar.item(TODAY_ROW).setText(tr("Today ({due})").format(due=due) if due else tr("Today"))
        self.background.due = due
        if hasattr(self, "_first_paint") and self._started:
            self.notify_due()
        else:  # the kept cards' count, before the first paint: the tray is looked up after it (``_notify_due``)
            self._count_before_paint = True

    @property
    def notifier(self) -> DueNotifier | None:
        return self.background.notifier

    def notify_due(self) -> bool:
        return self.background.notify_due()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # -- the menu flows (desktop.gui.actions) ----------------------------------------------
    @property
    def widget(self) -> QWidget:
        return self

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Open a window-modal dialog of a menu flow (the event loop keeps running); one at a time."""
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        name_controls(dialog)
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def offer_restore(self) -> RestoreDialog:
        """The dialog that picks a backup to restore (the damaged-database banner's action)."""
        # lazy: dialogs load when first opened
        from desktop.gui.dialogs.restore import offer_restore

        return offer_restore(self.session, self)

    def _set_busy(self, busy: bool) -> None:
        self.menus.import_action.setEnabled(not busy)
        people = self._people  # (not built yet: its count sets these when it is)
        for action in (self.menus.load_demo_action, self.menus.load_recruiter_demo_action):
            action.setEnabled(not busy and people is not None and people.total == 0)
        if people is not None:
            people.set_busy(busy)
        if self._today_page is not None:
            self._today_page.set_busy(busy)

    def _person_erased(self, person_id: int, name: str) -> None:
        """Gone from People, Today and search at once (the page's broadcast); the window says so."""
        self._update_person_actions()
        self.show_message(tr("{name} was erased, with everything about them.").format(name=name))

    def _others_busy(self) -> bool:
        """Whether work other than the session's own uses the database (an import, the engine, a send)."""
        pages = (self.built_today_page, self._people.built_person_page if self._people is not None else None)
        return self.runner.busy() or self.ops.busy() or any(page.runner.busy() for page in pages if page is not None)

    def _database_busy(self, busy: bool) -> None:
        """While a restore or a new key replaces the database, nothing else may touch it."""
        replacing = busy and self.session.replacing
        for widget in (self.centralWidget(), self.menuBar()):
            if widget is not None:
                widget.setEnabled(not replacing)
        self.jobs.progress.setVisible(busy or self.jobs.busy)

    def reload_data(self) -> None:
        """The database was opened again (a restore, a new key): read everything again."""
        if self._people is not None:  # (else it reads the database when it is built)
            self._people.reread_open_person()
            self._people.load(open_first=False)
        self._update_person_actions()
        self.keeper.load()

    # -- a file dropped on the window opens the import wizard ---------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dialog is None and importing.dropped_file(self, event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = importing.dropped_file(self, event.mimeData()) if self.dialog is None else None
        if path is not None:
            event.acceptProposedAction()
            self.open_import_wizard(path)

    @Slot(str)
    def show_error_report(self, report: str) -> ErrorReportDialog:
        # lazy: dialogs and the Openings page load when first opened
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        from desktop.gui.dialogs.error_report import ErrorReportDialog

        dialog = ErrorReportDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- state and closing ------------------------------------------------------------------
    def save_state(self) -> None:
        if self._people is not None:  # (else its state from the last session stays as it was)
            self._people.save_state(self.settings)
        if self._openings is not None:
            self._openings.save_state(self.settings)
        save_window(self, self.settings, self.sidebar.currentRow())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.replacing:  # a restore or a new key must finish: the database is closed meanwhile
            self.statusBar().showMessage(
                tr("{busy_text} Rebound closes when it is done.").format(busy_text=self.session.busy_text)
            )
            event.ignore()
            return
        if self._people is not None and not self._people.confirm_leave():
            event.ignore()
            return
        self.open_database()  # closed before its first paint opened it: opened now, and closed as usual
        self._closed = True  # what is left of the start-up steps is not needed any more
        self.background.stop()
        if self.runner.busy():
            self.statusBar().showMessage(tr("Finishing the work in progress…"))
            self.runner.wait()
        if self._today_page is not None:
            self._today_page.send_waiting_now()  # Send was pressed: the e-mail leaves, not lost with the window
        try:
            self.keeper.keep_snapshot()  # the first Today cards of the next start, if nothing changes meanwhile
        except ReboundError:
            pass  # only a plan snapshot is lost
        self.ops.wait()  # the writes under way (and that one) finish before the window goes
        self.save_state()
        event.accept()
