"""The command palette (Ctrl+K): found as typed, grouped, driven from the keyboard, the last used first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.openings import add_opening
from desktop.core.timeline import log_interaction, timeline
from desktop.gui.actions.menus import SETTINGS_PAGES
from desktop.gui.dialogs.log_interaction import LogInteractionDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.palette.dialog import CommandPalette
from desktop.gui.settings.dialog import PROFILE_TAB, RULES_TAB, SettingsDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def open_palette(qtbot: Any, window: MainWindow) -> CommandPalette:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    palette = QApplication.activeModalWidget()
    assert isinstance(palette, CommandPalette)
    qtbot.waitExposed(palette)
    return palette


def title_of(palette: CommandPalette) -> str:
    entry = palette.current_entry()
    assert entry is not None
    return entry.title


def shown(palette: CommandPalette) -> list[str]:
    return [palette.results.item(row).text() for row in range(palette.results.count())]


def test_keyboard_only_palette_then_person_then_log_an_interaction(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    anna = person("Anna Schmidt", company="Globex AG", title="Recruiter")
    person("Tom Weber")
    window = make_window()

    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.query, "anna")
    assert title_of(palette) == "Anna Schmidt"
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.people.open_person_id == anna)
    assert window.pages.currentWidget() is window.people
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.query, "log inter")
    assert title_of(palette) == "Log interaction"  # the command, from the window's actions
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    dialog = window.people.person_page.dialog
    assert isinstance(dialog, LogInteractionDialog)
    qtbot.waitExposed(dialog)
    for _ in range(16):  # Tab through the form to the subject (the date field takes a Tab per part)
        if dialog.focusWidget() is dialog.subject:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.subject
    qtbot.keyClicks(dialog.subject, "Thanks for the call")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.people.person_page.dialog is None)
    [entry] = timeline(anna)
    assert (entry.kind, entry.direction, entry.subject) == ("email", "out", "Thanks for the call")


def test_results_come_in_groups_and_the_arrows_skip_the_group_titles(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Data", company="Nordlicht Analytics GmbH")
    add_opening("Nordlicht Analytics GmbH", "Senior Data Analyst", date(2026, 2, 1))
    log_interaction(tom, "note", "none", datetime(2026, 2, 3, 9, 0), body="Asked about the data team")
    window = make_window()
    # the commands with "data" in them settle once the window has counted its people (no "Load demo data")
    # and opened the first person ("Export this person's data")
    qtbot.waitUntil(lambda: not window.menus.load_demo_action.isEnabled())
    qtbot.waitUntil(window.menus.export_person_action.isEnabled)
    palette = open_palette(qtbot, window)

    qtbot.keyClicks(palette.query, "data")

    assert shown(palette) == [
        "Commands", "Export this person's data", "Settings: Database",
        "People", "Tom Data    Nordlicht Analytics GmbH",
        "Openings", "Senior Data Analyst    Nordlicht Analytics GmbH",
        "Notes and messages", "Asked about the data team    Tom Data",
    ]  # fmt: skip
    assert title_of(palette) == "Export this person's data"
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    assert title_of(palette) == "Settings: Database"
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    assert title_of(palette) == "Tom Data"  # the "People" title is passed over
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    assert title_of(palette) == "Senior Data Analyst"
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)  # the end: stays on the last
    assert title_of(palette) == "Asked about the data team"
    qtbot.keyClick(palette.query, Qt.Key.Key_Up)
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.openings
    opening = window.openings.selected_opening()
    assert opening is not None and opening.title == "Senior Data Analyst"


def test_a_command_opens_settings_on_its_tab(qtbot: Any, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.query, "settings rules")
    assert [entry.title for entry in palette.entries()] == ["Settings: Rules"]

    qtbot.keyClick(palette.query, Qt.Key.Key_Return)

    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.currentIndex() == RULES_TAB
    assert [dialog.tabs.tabText(tab) for tab in range(dialog.tabs.count())] == list(SETTINGS_PAGES)
    assert dialog.tabs.tabText(PROFILE_TAB) == "About you"
    dialog.reject()


def test_the_last_five_used_come_first(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    names = ["Anna Adler", "Bert Adler", "Carl Adler", "Dora Adler", "Emil Adler", "Fritz Adler"]
    for name in names:
        person(name)
    window = make_window()
    for name in ["Fritz Adler", "Bert Adler", "Carl Adler", "Dora Adler", "Emil Adler", "Anna Adler"]:
        palette = open_palette(qtbot, window)
        qtbot.keyClicks(palette.query, name)
        qtbot.keyClick(palette.query, Qt.Key.Key_Return)

    palette = open_palette(qtbot, window)
    assert shown(palette)[:6] == ["Recent", "Anna Adler", "Emil Adler", "Dora Adler", "Carl Adler", "Bert Adler"]
    qtbot.keyClicks(palette.query, "adler")
    assert shown(palette)[:7] == [
        "Recent", "Anna Adler", "Emil Adler", "Dora Adler", "Carl Adler", "Bert Adler", "People",
    ]  # fmt: skip
    assert shown(palette)[7] == "Fritz Adler"  # no longer among the last five: with the other people
    palette.reject()


def test_nothing_found_says_so(qtbot: Any, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.query, "qqqxz")
    assert shown(palette) == ["Nothing found"]
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)  # nothing to choose: the palette stays
    assert palette.isVisible()
    palette.reject()


def test_ctrl_question_mark_lists_every_shortcut_from_the_actions(
    qtbot: Any, make_window: Callable[[], MainWindow]
) -> None:
    from desktop.gui.dialogs.about import ShortcutsDialog

    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Question, CTRL)

    shortcuts = QApplication.activeModalWidget() or window.findChild(ShortcutsDialog)
    assert isinstance(shortcuts, ShortcutsDialog)
    rows = dict(shortcuts.rows())
    assert rows["Go to or do"] == "Ctrl+K" and rows["Keyboard shortcuts"] == "Ctrl+?"
    assert window.menus.palette_action.shortcut().toString() == "Ctrl+K"  # the Edit menu shows it
    shortcuts.close()
