"""The pages of issue 17 driven offscreen: the sidebar, Companies, the Applications board, Insights, Network."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.core.network import connect
from desktop.core.openings import add_opening
from desktop.core.people import create_person
from desktop.core.timeline import log_interaction, timeline
from desktop.gui.applications.board import MIME_TYPE
from desktop.gui.applications.dialogs import RejectionDialog
from desktop.gui.applications.page import ApplicationsPage
from desktop.gui.companies.page import CompaniesPage
from desktop.gui.insights.page import InsightsPage
from desktop.gui.kit.staleness import staleness_colour
from desktop.gui.main_window import MainWindow
from desktop.gui.network.page import NetworkPage
from desktop.store.models import Company, Process, ProcessContact
from desktop.vocab import BoardColumn, Staleness
from tests.gui.conftest import NOW, wait_for_plan

CTRL = Qt.KeyboardModifier.ControlModifier


def go(qtbot: Any, window: MainWindow, number: int) -> Any:
    qtbot.keyClick(window.sidebar, getattr(Qt.Key, f"Key_{number}"), CTRL)
    return window.pages.currentWidget()


def test_ctrl_1_to_7_walk_the_sidebar_and_an_empty_database_offers_what_fills_each_page(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    applications = go(qtbot, window, 2)
    assert isinstance(applications, ApplicationsPage)
    assert applications.stack.currentWidget() is applications.empty
    assert applications.empty.button.text() == "Add application…"
    companies = go(qtbot, window, 4)
    assert isinstance(companies, CompaniesPage)
    assert companies.stack.currentWidget() is companies.empty
    assert companies.empty.button.text() == "Import your connections…"
    network = go(qtbot, window, 6)
    assert isinstance(network, NetworkPage)
    assert network.stack.currentWidget() is network.empty
    window.late.build("insights")
    with qtbot.waitSignal(window.late.insights.loaded):  # counted in a worker
        insights = go(qtbot, window, 7)
    assert isinstance(insights, InsightsPage)
    assert insights.stack.currentWidget() is insights.empty
    assert insights.empty.button.text() == "Log a rejection…"
    assert go(qtbot, window, 3) is window.people
    assert go(qtbot, window, 5) is window.openings
    assert go(qtbot, window, 1) is window.today
    assert [a.shortcut().toString() for a in window.menus.page_actions] == [f"Ctrl+{n}" for n in range(1, 8)]


def test_a_company_lists_its_people_with_staleness_and_the_warmest_way_in_and_opens_a_person_from_the_keyboard(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    friend = create_person({"name": "Fiona Friend", "connected": True}).value
    anna = create_person({"name": "Anna Acme", "company": "Acme", "title": "CTO"}).value
    ben = create_person({"name": "Ben Acme", "company": "Acme"}).value
    create_person({"name": "Cleo Acme", "company": "Acme"})
    dora = create_person({"name": "Dora Acme", "company": "Acme"}).value
    connect(friend, ben, strength=3)
    log_interaction(anna, "email", "in", datetime(2025, 11, 1, 9, 0))  # 121 days before NOW: overdue
    log_interaction(ben, "email", "out", datetime(2026, 2, 20, 9, 0))  # 10 days: fresh
    log_interaction(dora, "email", "out", datetime(2025, 12, 10, 9, 0))  # 82 days: her check-in is due in 8 days
    add_opening("Acme", "Data Analyst", date(2026, 2, 1))
    window = make_window()
    wait_for_plan(qtbot, window)
    page = go(qtbot, window, 4)
    assert isinstance(page, CompaniesPage)

    assert page.model.text(0, 0) == "Acme" and page.model.text(0, 1) == "4"
    panel = page.panel
    assert panel.title.text() == "Acme"
    people = panel.people_model
    assert [people.text(row, 3) for row in range(4)] == [
        "1 Nov 2025 · overdue",
        "20 Feb 2026 · fresh",
        "never contacted",
        "10 Dec 2025 · fresh",
    ]
    # the next suggested step from the kept day plan: Anna's check-in is today's, Dora's comes up on day 90
    assert [people.text(row, 4) for row in range(4)] == ["Check in · 2 Mar 2026", "", "", "Check in · 10 Mar 2026"]
    overdue = people.data(people.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert overdue == staleness_colour(Staleness.OVERDUE, panel.palette())
    assert panel.ways.lines() == ["Fiona Friend → Ben Acme (strength 3)"]
    assert panel.openings.lines()[0].startswith("Data Analyst · Open")

    panel.people.setFocus()  # the first row is the current one
    qtbot.keyClick(panel.people, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.people
    assert window.people.open_person_id == anna

    page = go(qtbot, window, 4)
    page.search_box.setText("zzz")
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.splitter  # no match is not "empty"


def _process(stage: str = "screen") -> tuple[int, int]:
    opening = add_opening("Acme", "Data Analyst", date(2026, 1, 1)).value
    tom = create_person({"name": "Tom Recruiter", "company": "Acme"}).value
    process = Process.create(opening=opening, stage_reached=stage, outcome="pending", started_on=date(2026, 1, 5))
    ProcessContact.create(process=process.id, person=tom, role="recruiter")
    return int(process.id), tom


def test_a_card_moves_with_the_keyboard_and_ctrl_z_puts_it_back(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    process_id, _tom = _process()
    window = make_window()
    page = go(qtbot, window, 2)
    assert isinstance(page, ApplicationsPage)
    assert page.board.column_of(process_id) == BoardColumn.SCREEN
    assert page.board.titles[BoardColumn.SCREEN].text() == "Screen (1)"
    page.focus_first_card()
    screen = page.board.lists[BoardColumn.SCREEN]
    assert screen.hasFocus()

    with qtbot.waitSignal(window.ops.changed):
        qtbot.keyClick(screen, Qt.Key.Key_Right, CTRL)
    assert page.board.column_of(process_id) == BoardColumn.INTERVIEW
    assert Process.get_by_id(process_id).stage_reached == "interview"
    assert page.board.lists[BoardColumn.INTERVIEW].hasFocus()  # the moved card stays the current one
    assert page.undo_bar.label.text() == "Moved Data Analyst · Acme to Interview."

    with qtbot.waitSignal(window.ops.changed):
        qtbot.keyClick(page.board.lists[BoardColumn.INTERVIEW], Qt.Key.Key_Z, CTRL)
    assert page.board.column_of(process_id) == BoardColumn.SCREEN
    assert Process.get_by_id(process_id).stage_reached == "screen"
    assert page.undo_bar.label.text() == "Undone: the card is back in Screen."


def _drop(page: ApplicationsPage, process_id: int, column: BoardColumn) -> None:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(str(process_id).encode()))
    target = page.board.lists[column]
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    target.dropEvent(event)


def test_dropping_a_card_on_rejected_asks_when_and_their_words_then_offers_the_reply(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    process_id, tom = _process()
    window = make_window()
    wait_for_plan(qtbot, window)
    page = go(qtbot, window, 2)
    _drop(page, process_id, BoardColumn.REJECTED)
    dialog = page.dialog
    assert isinstance(dialog, RejectionDialog)
    dialog.text.setPlainText("We went with someone more senior.")
    with qtbot.waitSignal(window.ops.changed):
        dialog.accept()
    assert page.board.column_of(process_id) == BoardColumn.REJECTED
    [entry] = timeline(tom)
    assert (entry.kind, entry.body) == ("rejection", "We went with someone more senior.")
    assert page.undo_bar.reply_button.isVisible()
    assert page.undo_bar.label.text() == "Moved Data Analyst · Acme to Rejected. Today suggests the reply."

    qtbot.waitUntil(lambda: not window.keeper.loading)
    page.undo_bar.reply_button.click()
    assert window.pages.currentWidget() is window.today

    window.menus.page_actions[1].trigger()  # Go → Applications
    assert window.pages.currentWidget() is page
    with qtbot.waitSignal(window.ops.changed):
        page.undo_bar.button.click()
    assert page.board.column_of(process_id) == BoardColumn.SCREEN and timeline(tom) == []


def test_the_board_filters_by_company_and_period(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    _process()
    old = add_opening("Beta", "BI Engineer", date(2025, 1, 1)).value
    Process.create(opening=old, stage_reached="applied", outcome="pending", started_on=date(2025, 1, 2))
    window = make_window()
    page = go(qtbot, window, 2)
    assert len(page.cards) == 2
    assert [page.company.itemText(i) for i in range(page.company.count())] == ["All companies", "Acme", "Beta"]
    page.company.setCurrentIndex(2)
    assert [c.company for c in page.cards] == ["Beta"]
    page.company.setCurrentIndex(0)
    page.period.setCurrentIndex(2)  # the last 90 days
    assert [c.company for c in page.cards] == ["Acme"]


def test_insights_show_each_chart_with_its_numbers_copyable_and_exported(
    qtbot: Any, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    process_id, tom = _process()
    Process.update(outcome="rejected", ended_on=date(2026, 2, 1)).where(Process.id == process_id).execute()
    log_interaction(tom, "email", "in", datetime(2026, 2, 10, 9, 0))  # a later conversation
    log_interaction(tom, "email", "out", datetime(2026, 2, 9, 9, 0))
    window = make_window()
    window.late.build("insights")
    with qtbot.waitSignal(window.late.insights.loaded):  # counted in a worker
        page = go(qtbot, window, 7)
    assert isinstance(page, InsightsPage)
    assert page.stack.currentWidget() is page.charts_area
    assert page.turned.sentence.text() == "1 of 1 rejections (100 %) led to a later conversation."
    assert page.funnel.model.rows[1] == ("Screen", "1")
    page.funnel.numbers_button.click()
    assert page.funnel.views.currentWidget() is page.funnel.table
    assert page.funnel.copy().splitlines()[:3] == ["Stage\tEnded there", "Applied\t0", "Screen\t1"]
    assert QGuiApplication.clipboard().text().startswith("Stage\tEnded there")
    assert page.replies.model.rows[0] == ("Check-ins", "1", "1", "100 %")
    assert page.response.views.currentWidget() is page.response.chart
    assert page.outreach.empty.text() == ""  # a chart, not a sentence
    assert page.ages.model.rows[-1] == ("never contacted", "0")
    # drawn with Qt Charts: the bars read top to bottom in the table's order, each with its own text
    replies = page.replies.chart
    expected = [f"{row[3]} ({row[2]}/{row[1]})" for row in page.replies.model.rows]

    def written() -> list[str]:
        return [text for _y, text in sorted((item.y(), item.text()) for _bar, item in replies.texts)]

    qtbot.waitUntil(lambda: written() == expected)  # once the chart is laid out
    legend = page.ages.chart.view.chart().legend() if page.ages.chart.view is not None else None
    assert legend is not None and legend.isVisible()
    named = [marker.label() for marker in legend.markers() if marker.isVisible()]
    assert named == ["90 days: due", "120 days: overdue"]  # the cadence's lines, named; the bars are not
    for name in ("ages.png", "ages.svg"):
        page.ages.chart.export(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 500
    assert (tmp_path / "ages.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_the_network_map_draws_the_mutuals_highlights_the_best_path_and_opens_people(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    friend = create_person({"name": "Fiona Friend", "connected": True}).value
    other = create_person({"name": "Otto Other", "connected": True}).value
    target = create_person({"name": "Tara Target", "company": "Acme"}).value
    connect(friend, target, strength=3)
    connect(other, target, strength=1)
    window = make_window()
    wait_for_plan(qtbot, window)
    page = go(qtbot, window, 6)
    assert isinstance(page, NetworkPage)
    page.search_box.setText("tara target")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.title.text() == "Ways to Tara Target"
    assert set(page.scene.nodes) == {0, friend, other, target}
    assert (min(friend, target), max(friend, target)) in page.scene.highlighted
    assert [page.paths.item(i).text() for i in range(page.paths.count())] == [
        "Ask Fiona Friend: Fiona Friend → Tara Target", "Ask Otto Other: Otto Other → Tara Target",
    ]  # fmt: skip
    strong = page.scene.edges[(min(friend, target), max(friend, target))].pen().widthF()
    weak = page.scene.edges[(min(other, target), max(other, target))].pen().widthF()
    assert strong > weak  # line weight is edge strength
    assert "Fiona Friend" in page.scene.nodes[friend].toolTip()

    scale = page.view.transform().m11()
    qtbot.keyClick(page.view, Qt.Key.Key_Equal, CTRL)
    assert page.view.transform().m11() > scale
    page.fit_button.click()

    page.paths.setFocus()
    qtbot.keyClick(page.paths, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.people and window.people.open_person_id == friend

    page = go(qtbot, window, 6)
    node = page.scene.nodes[other]
    point = page.view.mapFromScene(node.scenePos())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert window.people.open_person_id == other


def test_a_company_opens_on_the_network_map_and_a_company_with_no_one_says_so(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    friend = create_person({"name": "Fiona Friend", "connected": True}).value
    ben = create_person({"name": "Ben Acme", "company": "Acme"}).value
    connect(friend, ben, strength=2)
    add_opening("Empty Inc", "Role", date(2026, 1, 1))
    window = make_window()
    wait_for_plan(qtbot, window)
    companies = go(qtbot, window, 4)
    assert isinstance(companies, CompaniesPage)
    companies.show_company(Company.get(Company.name == "Acme").id)
    companies.panel.network_button.click()
    network = window.pages.currentWidget()
    assert isinstance(network, NetworkPage)
    assert network.title.text() == "Ways into Acme"
    assert [network.paths.item(i).text() for i in range(network.paths.count())] == [
        "Ask Fiona Friend: Fiona Friend → Ben Acme"
    ]
    empty = Company.get(Company.name == "Empty Inc").id
    companies = go(qtbot, window, 4)
    companies.show_company(empty)
    assert companies.panel.no_people.isVisible() and not companies.panel.network_button.isEnabled()
    network.show_company(empty, "Empty Inc")
    assert network.note.text() == "You know no one at Empty Inc yet."
    QApplication.processEvents()
    assert NOW.date() == date(2026, 3, 2)


def test_person_menu_shows_the_open_person_on_the_network_map(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    friend = create_person({"name": "Fiona Friend", "connected": True}).value
    tara = create_person({"name": "Tara Target"}).value
    connect(friend, tara, strength=2)
    window = make_window()
    wait_for_plan(qtbot, window)
    window.open_person(tara)
    window.menus.network_action.trigger()
    page = window.pages.currentWidget()
    assert isinstance(page, NetworkPage)
    assert page.title.text() == "Ways to Tara Target"
    assert page.paths.item(0).text() == "Ask Fiona Friend: Fiona Friend → Tara Target"


def test_the_empty_board_adds_an_application_that_becomes_its_first_card(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    from desktop.gui.applications.dialogs import AddApplicationDialog

    window = make_window()
    page = go(qtbot, window, 2)
    assert isinstance(page, ApplicationsPage)
    page.empty.button.click()
    dialog = page.dialog
    assert isinstance(dialog, AddApplicationDialog)
    dialog.accept()
    assert dialog.error.message() == "Which company? Type the company's name."
    dialog.company.setText("Acme")
    dialog.role_title.setText("Data Analyst")
    dialog.stage.setCurrentIndex(dialog.stage.findData("screen"))
    with qtbot.waitSignal(window.ops.changed):
        dialog.accept()
    assert page.stack.currentWidget() is page.board_page
    [card] = page.cards
    assert (card.title, card.company, card.column, card.started_on) == ("Data Analyst", "Acme", "screen", NOW.date())
    assert window.focusWidget() is page.board.lists[BoardColumn.SCREEN]  # the new card is the current one
