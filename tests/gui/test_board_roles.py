"""The Applications board for a recruiter (candidates under the role they fill, a role filter) and its cards'
text (cut with "…" where it does not fit, whole in the tooltip and the accessible name)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop.core.openings import add_opening
from desktop.core.people import create_person
from desktop.core.profile import MyProfile, save_profile
from desktop.gui.applications.board import ColumnList
from desktop.gui.applications.cards import HEADER_ROLE, CardDelegate, fit_lines
from desktop.gui.applications.page import ApplicationsPage
from desktop.gui.main_window import MainWindow
from desktop.store.models import Process
from desktop.vocab import BoardColumn, Mode

CTRL = Qt.KeyboardModifier.ControlModifier


def _recruiter_board() -> dict[str, int]:
    """Mara fills two roles: Ana and Ben are candidates for Data Engineer (Acme), Cem for Analytics Engineer (Beta)."""
    save_profile(MyProfile(name="Mara", mode=Mode.RECRUITER))
    data = add_opening("Acme", "Data Engineer", date(2026, 1, 1)).value
    analytics = add_opening("Beta", "Analytics Engineer", date(2026, 1, 1)).value
    ids = {"data": data, "analytics": analytics}
    for name, opening, stage, started in (
        ("Ana Arslan", data, "screen", date(2026, 3, 1)),
        ("Ben Berger", data, "screen", date(2026, 2, 1)),
        ("Cem Cakir", analytics, "screen", date(2026, 2, 15)),
    ):
        person = create_person({"name": name}).value
        ids[name] = int(Process.create(opening=opening, candidate=person, stage_reached=stage, started_on=started).id)
    return ids


def _rows(column: ColumnList) -> list[str]:
    """What a column shows, a row each, its lines joined by " / ": "# …" for a role's header."""
    rows = []
    for row in range(column.count()):
        item = column.item(row)
        text = item.text().replace("\n", " / ")
        rows.append(f"# {text}" if item.data(HEADER_ROLE) else text)
    return rows


def _go_to_applications(qtbot: Any, window: MainWindow) -> ApplicationsPage:
    qtbot.keyClick(window.sidebar, Qt.Key.Key_2, CTRL)
    page = window.pages.currentWidget()
    assert isinstance(page, ApplicationsPage)
    return page


def test_a_recruiter_sees_the_candidates_under_the_role_they_fill_and_filters_by_role(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    _recruiter_board()
    window = make_window()
    page = _go_to_applications(qtbot, window)
    screen = page.board.lists[BoardColumn.SCREEN]
    assert _rows(screen) == [
        "# Analytics Engineer / Beta",
        "Cem Cakir / 15 Feb 2026",
        "# Data Engineer / Acme",
        "Ana Arslan / 1 Mar 2026",
        "Ben Berger / 1 Feb 2026",
    ]
    assert screen.item(1).toolTip() == "Analytics Engineer\nBeta\nCem Cakir\n15 Feb 2026"  # the card's whole text
    assert page.board.titles[BoardColumn.SCREEN].text() == "Screen (3)"  # headers are not cards
    assert page.role.isVisible() and not page.hint.isVisible()
    assert [page.role.itemText(i) for i in range(page.role.count())] == [
        "All roles", "Analytics Engineer · Beta", "Data Engineer · Acme",
    ]  # fmt: skip

    page.role.setCurrentIndex(2)  # Data Engineer only
    assert _rows(screen) == ["# Data Engineer / Acme", "Ana Arslan / 1 Mar 2026", "Ben Berger / 1 Feb 2026"]
    assert page.board.titles[BoardColumn.SCREEN].text() == "Screen (2)"
    header = screen.item(0)
    assert not header.flags() & (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)


def test_a_recruiter_moves_a_candidate_with_the_keyboard_past_the_header_and_undoes_it(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    ids = _recruiter_board()
    window = make_window()
    page = _go_to_applications(qtbot, window)
    applied = page.board.lists[BoardColumn.APPLIED]
    applied.setFocus()
    qtbot.keyClick(applied, Qt.Key.Key_Right)  # the focus goes to Screen's first card, not to a header
    screen = page.board.lists[BoardColumn.SCREEN]
    assert screen.hasFocus() and screen.process_id(screen.currentItem()) == ids["Cem Cakir"]

    with qtbot.waitSignal(window.ops.changed):
        qtbot.keyClick(screen, Qt.Key.Key_Right, CTRL)
    interview = page.board.lists[BoardColumn.INTERVIEW]
    assert _rows(interview) == ["# Analytics Engineer / Beta", "Cem Cakir / 15 Feb 2026"]
    assert Process.get_by_id(ids["Cem Cakir"]).stage_reached == "interview"
    assert interview.process_id(interview.currentItem()) == ids["Cem Cakir"]

    with qtbot.waitSignal(window.ops.changed):
        qtbot.keyClick(interview, Qt.Key.Key_Z, CTRL)
    assert Process.get_by_id(ids["Cem Cakir"]).stage_reached == "screen"
    assert page.board.column_of(ids["Cem Cakir"]) == BoardColumn.SCREEN
    assert interview.count() == 0


def test_a_job_seekers_board_has_no_roles(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    opening = add_opening("Acme", "Data Analyst", date(2026, 1, 1)).value
    Process.create(opening=opening, stage_reached="screen", started_on=date(2026, 1, 5))
    window = make_window()
    page = _go_to_applications(qtbot, window)
    assert _rows(page.board.lists[BoardColumn.SCREEN]) == ["Data Analyst / Acme / 5 Jan 2026"]
    assert not page.role.isVisible() and page.hint.isVisible()


def test_a_long_card_is_cut_with_an_ellipsis_and_whole_in_its_tooltip_and_accessible_name(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    opening = add_opening("Brightwave Health Insurance Group", "Senior Data Analyst, Clinical Operations and Quality",
                          date(2026, 1, 1)).value  # fmt: skip
    Process.create(opening=opening, stage_reached="screen", started_on=date(2026, 1, 5))
    window = make_window()
    page = _go_to_applications(qtbot, window)
    screen = page.board.lists[BoardColumn.SCREEN]
    item = screen.item(0)
    whole = "Senior Data Analyst, Clinical Operations and Quality\nBrightwave Health Insurance Group\n5 Jan 2026"
    assert item.text() == whole and item.toolTip() == whole
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == whole.replace("\n", ", ")

    delegate = screen.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(screen)
    index = screen.indexFromItem(item)
    drawn = [line for line, _font in delegate._lines(option, index)]
    width = delegate._width(option)
    metrics = QFontMetrics(screen.font())
    assert len(drawn) == 4  # the title on two lines, the company, the day
    assert drawn[0].startswith("Senior") and drawn[1].endswith("…")  # the title's rest is cut
    assert drawn[2].startswith("Brightwave") and drawn[3] == "5 Jan 2026"
    assert all(metrics.horizontalAdvance(line) <= width * 1.2 for line in drawn)  # (the title is bold)
    height = delegate.sizeHint(option, index).height()
    assert height >= sum(metrics.height() for _ in drawn)  # every line has its room: none is drawn over another


def test_lines_break_at_spaces_and_the_last_one_ends_in_an_ellipsis(qtbot: Any) -> None:
    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Data Analyst,")
    assert fit_lines("Data Analyst", metrics, width, 2) == ["Data Analyst"]
    assert fit_lines("Data Analyst, Clinical", metrics, width, 2) == ["Data Analyst,", "Clinical"]
    two = fit_lines("Data Analyst, Clinical Operations", metrics, width, 2)
    assert two[0] == "Data Analyst," and two[1].endswith("…") and two[1].startswith("Clin")


def test_every_column_is_as_wide_as_the_next_whatever_its_title(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    opening = add_opening("Acme", "Data Analyst", date(2026, 1, 1)).value
    Process.create(opening=opening, stage_reached="interview", started_on=date(2026, 1, 5))
    window = make_window()
    page = _go_to_applications(qtbot, window)
    assert page.stack.currentWidget() is page.board_page
    heading = page.board.titles[BoardColumn.INTERVIEW]
    heading.set_title("Vorstellungsgespräch mit der Fachabteilung", 12)  # a title far wider than its column
    QApplication.processEvents()
    widths = {column: page.board.lists[column].width() for column in BoardColumn}
    assert max(widths.values()) - min(widths.values()) <= 1, widths
    assert heading.toolTip() == heading.accessibleName() == "Vorstellungsgespräch mit der Fachabteilung (12)"
