"""The window's menus and their window-wide actions (shortcuts), built once for the shell.

The icons of the menus are drawn after the window's first paint (``icons_later``): menus show
them only when opened, and the window appears sooner without them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.gui.actions.export import MENU_EXPORTS, ExportKind
from desktop.gui.actions.shell import Shell
from desktop.gui.kit.i18n import tr, tr_noop
from desktop.gui.kit.qt_values import set_shortcuts

# The tabs of Settings, in their order (settings/dialog.py's RULES_TAB … DATABASE_TAB; a test keeps them equal)
SETTINGS_PAGES = (tr_noop("Rules"), tr_noop("Templates"), tr_noop("Privacy"), tr_noop("Mail"), tr_noop("Companies"),
                  tr_noop("About you"), tr_noop("Database"))  # fmt: skip


class MenuHost(Shell, Protocol):
    """The verbs of the window the menus call."""

    def open_import_wizard(self, path: Path | None = None) -> object: ...
    def load_demo(self) -> object: ...
    def load_recruiter_demo(self) -> object: ...
    def close(self) -> bool: ...
    def focus_search(self) -> None: ...
    def open_settings(self, tab: int = 0) -> object: ...
    def log_rejection(self) -> object: ...
    def new_person(self) -> object: ...
    def add_opening(self) -> object: ...
    def export(self, kind: ExportKind) -> object: ...
    def export_person(self) -> object: ...
    def open_duplicates(self) -> object: ...
    def show_shortcuts(self) -> object: ...
    def show_about(self) -> object: ...
    def show_person_network(self) -> object: ...
    def open_palette(self) -> object: ...


class Menus:
    def __init__(self, host: MenuHost, window: QMainWindow) -> None:
        self._window = window
        self.icons_later: list[tuple[QAction, str]] = []
        self.import_action = self._action(tr("&Import…"), host.open_import_wizard, "Ctrl+I", "import")
        self.load_demo_action = self._action(tr("Load &demo data (a job seeker)"), host.load_demo)
        self.load_recruiter_demo_action = self._action(tr("Load r&ecruiter demo data"), host.load_recruiter_demo)
        self.quit_action = self._action(tr("&Quit"), host.close, "Ctrl+Q")
        self.find_action = self._action(tr("&Find"), host.focus_search, "Ctrl+F", "search")
        self.settings_action = self._action(tr("&Settings…"), host.open_settings, "Ctrl+,", "settings")
        self.new_person_action = self._action(tr("&New person…"), host.new_person, "Ctrl+Shift+N", "people")
        self.log_rejection_action = self._action(tr("Log &rejection…"), host.log_rejection, "Ctrl+R", "rejection")
        self.add_opening_action = self._action(tr("&Add opening…"), host.add_opening, icon_name="openings")
        self.add_note_action = self._action(
            tr("Add &note…"), lambda: host.people.person_page.add_note(), "Ctrl+N", "note"
        )
        self.log_action = self._action(
            tr("&Log interaction…"), lambda: host.people.person_page.log_interaction(), "Ctrl+L", "linkedin_message"
        )
        self.save_action = self._action(tr("&Save changes"), lambda: host.people.person_page.save(), "Ctrl+S")
        self.erase_action = self._action(
            tr("&Erase person…"), lambda: host.people.person_page.erase_person(), icon_name="erase"
        )
        self.network_action = self._action(
            tr("Show on the net&work map"), host.show_person_network, icon_name="network"
        )
        self.export_actions = [self._action(kind.menu_text, partial(host.export, kind)) for kind in MENU_EXPORTS]
        self.export_person_action = self._action(
            tr("E&xport this person's data…"), host.export_person, icon_name="export"
        )
        self.duplicates_action = self._action(tr("Possible &duplicates…"), host.open_duplicates, icon_name="merge")
        self.shortcuts_action = self._action(tr("&Keyboard shortcuts"), host.show_shortcuts)
        set_shortcuts(self.shortcuts_action, "Ctrl+?", "F1")  # Ctrl+? first: the menu's
        self.palette_action = self._action(tr("&Go to or do…"), host.open_palette, "Ctrl+K", "search")
        # Settings → each tab, for the palette ("Settings: Rules"); in no menu (Settings… opens the dialog)
        self.settings_page_actions = [
            self._action(tr("Settings: {page}").format(page=tr(page)), partial(host.open_settings, tab))
            for tab, page in enumerate(SETTINGS_PAGES)
        ]
        self.about_action = self._action(tr("&About Rebound"), host.show_about)
        self.page_actions: list[QAction] = []  # Ctrl+1…n: the pages of the sidebar (see ``add_pages``)
        self._make_menus()

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, icon_name: str | None = None
    ) -> QAction:
        """A window-wide action; its icon (menus only show it) is drawn after the first paint."""
        action = QAction(text, self._window)
        if icon_name is not None:
            self.icons_later.append((action, icon_name))
        if shortcut:
            set_shortcuts(action, shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _make_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.import_action)
        self.export_menu = file_menu.addMenu(tr("&Export"))
        self.icons_later.append((self.export_menu.menuAction(), "export"))
        for action in self.export_actions:
            self.export_menu.addAction(action)
        file_menu.addAction(self.load_demo_action)
        file_menu.addAction(self.load_recruiter_demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(tr("&Edit"))
        self.undo_place = self.edit_menu.addSeparator()  # Today's Undo goes above it (see ``add_today``)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.palette_action)
        self.edit_menu.addAction(self.duplicates_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.today_menu: QMenu = bar.addMenu(tr("&Today"))  # the Today page's card actions (see ``add_today``)
        person_menu = bar.addMenu(tr("&Person"))
        groups = ((self.new_person_action, self.log_rejection_action), (self.add_note_action, self.log_action),
                  (self.save_action, self.network_action), (self.export_person_action, self.erase_action))  # fmt: skip
        for number, group in enumerate(groups):
            if number:
                person_menu.addSeparator()
            person_menu.addActions(list(group))
        openings_menu = bar.addMenu(tr("&Openings"))
        openings_menu.addAction(self.add_opening_action)
        self.go_menu = bar.addMenu(tr("&Go"))
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def add_pages(self, titles: list[str], show: Callable[[int], None]) -> None:
        """Ctrl+1…n go to the sidebar's pages (the Go menu lists them)."""
        for row, title in enumerate(titles):
            action = self._action(f"&{title}", partial(show, row), f"Ctrl+{row + 1}")
            self.page_actions.append(action)
            self.go_menu.addAction(action)

    def add_today(self, undo_action: QAction, card_actions: list[QAction]) -> None:
        """The Today page's Undo (in Edit) and card actions (the Today menu), window-wide once it is built."""
        for action in (undo_action, *card_actions):
            self._window.addAction(action)  # window-wide shortcuts; the page enables them while it is shown
        self.edit_menu.insertAction(self.undo_place, undo_action)
        self.today_menu.addActions(card_actions)

    def show_person_actions(self, has_person: bool, dirty: bool) -> None:
        for action in (self.add_note_action, self.log_action, self.export_person_action, self.erase_action,
                       self.network_action):  # fmt: skip
            action.setEnabled(has_person)
        self.save_action.setEnabled(has_person and dirty)
