"""The Openings page: the list, adding an opening, whom it makes worth contacting — or why no one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.openings import list_openings
from desktop.core.reconnect.relevance import relevance
from desktop.gui.dialogs.add_opening import AddOpeningDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.openings.model import RELEVANCE, TITLE
from desktop.gui.openings.page import OpeningsPage
from tests.core.reconnect.scenario import World
from tests.gui.conftest import wait_for_plan


@pytest.fixture
def world(db: object) -> World:
    return World()  # today 2026-03-02, target role Data Analyst


@pytest.fixture
def openings_window(qtbot: Any, make_window: Callable[..., MainWindow]) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = make_window()
        wait_for_plan(qtbot, window)
        window.show_page(window.openings)
        return window

    return make


def add_through_dialog(
    qtbot: Any, page: OpeningsPage, title: str, company: str, url: str = "", keywords: str = ""
) -> AddOpeningDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AddOpeningDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title, title)
    qtbot.keyClicks(dialog.company, company)
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.keywords, keywords)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def listed(page: OpeningsPage, column: int = TITLE) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def test_a_relevant_opening_where_someone_is_known_makes_them_worth_asking(
    qtbot: Any, world: World, openings_window: Callable[[], MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", title="Recruiter")
    world.heard(tom, days_ago=30)
    window = openings_window()
    page = window.openings
    assert page.views.currentWidget() is page.empty  # what the page is for, and the button that fills it
    assert window.sidebar.item(0).text() == "Today"
    page.add_button = page.empty.add_button  # the empty page's own button

    add_through_dialog(qtbot, page, "Senior Data Analyst", "Acme GmbH", "https://acme.example/jobs/1", "sql, python")

    qtbot.waitUntil(lambda: page.dialog is None)
    [opening] = list_openings()
    assert (opening.title, opening.company, opening.url, opening.keywords) == (
        "Senior Data Analyst",
        "Acme GmbH",
        "https://acme.example/jobs/1",
        ["sql", "python"],
    )
    assert page.views.currentWidget() is page.splitter
    assert listed(page) == ["Senior Data Analyst"]
    assert listed(page, RELEVANCE) == ["strong match"]  # words; the number in the tooltip
    detail = page.detail
    assert page.selected_opening() is not None and page.selected_opening().id == opening.id  # type: ignore[union-attr]
    assert detail.title.text() == "Senior Data Analyst"
    assert detail.facts.text() == "Acme GmbH · found 2 Mar 2026 (today) · Open"
    assert detail.relevance.text() == "Relevance to you: strong match"
    assert detail.relevance.toolTip() == "Relevance to you: 1.00 (threshold 0.50)"
    assert detail.section.text() == "Worth contacting (1)"
    assert detail.worth_contacting() == ["Ask about a new opening: Tom Weber"]
    assert detail.entries[0].why.lines()[:2] == [
        "Acme GmbH posted ‘Senior Data Analyst’ on 2 Mar 2026 (strong match)",
        "Tom Weber works at Acme GmbH",
    ]
    # Today asks too
    assert window.sidebar.item(0).text() == "Today (1)"
    assert [(c.suggestion.action, c.info.name) for c in window.today.cards] == [("ask_about_opening", "Tom Weber")]


def test_an_opening_without_a_company_is_refused_and_nothing_is_saved(
    qtbot: Any, world: World, openings_window: Callable[[], MainWindow]
) -> None:
    page = openings_window().openings
    page.add_button = page.empty.add_button

    dialog = add_through_dialog(qtbot, page, "Data Analyst", "")
    qtbot.waitUntil(lambda: not dialog.writing)  # core refused it on the database executor

    assert dialog.isVisible()
    assert dialog.error.message() == "An opening needs a company."
    assert list_openings() == []
    dialog.url.setText("ftp://acme.example/job")
    dialog.company.setText("Acme GmbH")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.writing)
    assert dialog.error.message() == "The URL 'ftp://acme.example/job' must start with http:// or https://."
    assert list_openings() == []
    dialog.reject()


def test_an_irrelevant_opening_says_why_it_makes_no_one_worth_contacting(
    qtbot: Any, world: World, openings_window: Callable[[], MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, days_ago=30)
    page = openings_window().openings
    page.add_button = page.empty.add_button

    add_through_dialog(qtbot, page, "Marketing Coordinator", "Acme GmbH")
    qtbot.waitUntil(lambda: page.dialog is None)

    score = relevance("Marketing Coordinator", [], ["Data Analyst"], [])
    assert score < 0.5
    detail = page.detail
    assert detail.relevance.text() == "Relevance to you: weak match"
    assert detail.relevance.toolTip() == f"Relevance to you: {score:.2f} (threshold 0.50)"
    assert detail.section.text() == "Triggers nothing"
    assert detail.nothing.text() == f"No one to contact about it: not relevant enough ({score:.2f} < 0.50)."
    assert detail.worth_contacting() == []


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        ("nobody", "no one known at Initech AG"),
        ("old", "not new any more: found on 2026-01-01, 60 days ago (an opening counts as new for 45 days)"),
        ("closed", "it is closed"),
        (
            "rival",
            "Acme GmbH has a more relevant new opening, ‘Data Analyst’ (1.00); Rebound asks about one role per company",
        ),
        (
            "asked",
            "you asked about an opening at Acme GmbH on 2026-02-20, 10 days ago; one role per company every 90 days",
        ),
        ("dismissed", "you have dealt with it"),
    ],
)
def test_why_an_opening_triggers_nothing(
    world: World, openings_window: Callable[[], MainWindow], setup: str, reason: str
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, days_ago=200)
    if setup == "nobody":
        chosen = world.opening("Data Analyst", "Initech AG", days_ago=3)
    elif setup == "old":
        chosen = world.opening("Data Analyst", "Acme GmbH", days_ago=60)
    elif setup == "closed":
        chosen = world.opening("Data Analyst", "Acme GmbH", days_ago=3, status="closed")
    elif setup == "rival":
        world.opening("Data Analyst", "Acme GmbH", days_ago=3)
        chosen = world.opening("Business Analyst", "Acme GmbH", days_ago=2)  # 0.74 < 1.00
    elif setup == "asked":
        earlier = world.opening("Analytics Engineer", "Acme GmbH", days_ago=50, status="closed")
        world.wrote(tom, days_ago=10, opening=earlier)
        chosen = world.opening("Data Analyst", "Acme GmbH", days_ago=3)
    else:
        from desktop.core.reconnect.actions import dismiss

        chosen = world.opening("Data Analyst", "Acme GmbH", days_ago=3)
        dismiss(f"ask_about_opening/{tom}/{chosen}")
    page = openings_window().openings

    assert page.select(chosen)
    detail = page.detail
    assert detail.section.text() == "Triggers nothing"
    assert detail.nothing.text() == f"No one to contact about it: {reason}."
    if setup == "dismissed":
        assert detail.details.lines() == ["you dismissed it (Ask about a new opening: Tom Weber)"]


def test_a_known_person_who_cannot_be_asked_is_named_with_the_reason(
    world: World, openings_window: Callable[[], MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, days_ago=5)
    chosen = world.opening("Data Analyst", "Acme GmbH", days_ago=3)
    page = openings_window().openings

    page.select(chosen)

    assert page.detail.nothing.text() == "No one to contact about it: no one at Acme GmbH can be asked now."
    assert page.detail.details.lines() == [
        "Tom Weber: you wrote on 25 Feb 2026, 5 days ago; leave 30 days between messages"
    ]


def test_a_role_i_am_filling_suggests_the_past_candidates_who_fit(
    qtbot: Any, world: World, openings_window: Callable[[], MainWindow]
) -> None:
    world.me(mode="recruiter")
    mei = world.person("Mei Tanaka", title="Analytics Engineer")
    earlier = world.opening("Analytics Engineer", "Globex AG", days_ago=200, mine=True, status="closed")
    world.process(earlier, candidate=mei, stage="final", ended_ago=150)
    page = openings_window().openings
    page.add_button = page.empty.add_button
    assert page.views.currentWidget() is page.splitter  # the earlier opening is listed

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AddOpeningDialog)
    dialog.title.setText("Analytics Engineer")
    dialog.company.setText("Aurora Payments")
    dialog.mine.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)

    detail = page.detail
    assert detail.facts.text() == "Aurora Payments · found 2 Mar 2026 (today) · Open · a role you are filling"
    assert detail.relevance.text() == "Best fit among past candidates: Mei Tanaka, strong match"
    assert detail.worth_contacting() == ["Re-engage a candidate: Mei Tanaka"]
    assert listed(page, RELEVANCE)[listed(page).index("Analytics Engineer")] == ""


def test_the_list_filters_and_sorts_by_relevance(
    qtbot: Any, world: World, openings_window: Callable[[], MainWindow]
) -> None:
    world.opening("Marketing Coordinator", "Acme GmbH", days_ago=1)
    world.opening("Data Analyst", "Globex AG", days_ago=5)
    world.opening("BI Analyst", "Initech AG", days_ago=3)
    page = openings_window().openings
    assert listed(page) == ["Marketing Coordinator", "BI Analyst", "Data Analyst"]  # newest first

    page.table.sortByColumn(RELEVANCE, Qt.SortOrder.DescendingOrder)
    assert listed(page)[0] == "Data Analyst"

    qtbot.keyClicks(page.search_box, "globex")
    assert listed(page) == ["Data Analyst"]


def test_closing_an_opening_stops_its_suggestion(
    qtbot: Any, world: World, openings_window: Callable[[], MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, days_ago=30)
    chosen = world.opening("Data Analyst", "Acme GmbH", days_ago=3)
    window = openings_window()
    page = window.openings
    page.select(chosen)
    assert page.detail.worth_contacting() == ["Ask about a new opening: Tom Weber"]
    assert window.sidebar.item(0).text() == "Today (1)"

    with qtbot.waitSignal(window.ops.changed):  # closed on the database executor, then announced
        qtbot.mouseClick(page.detail.status_button, Qt.MouseButton.LeftButton)

    assert page.detail.facts.text().endswith("· Closed")
    assert page.detail.nothing.text() == "No one to contact about it: it is closed."
    assert window.sidebar.item(0).text() == "Today"
    assert page.detail.status_button.text() == "Reopen"


def test_a_long_title_has_its_whole_text_as_a_literal_tooltip(
    world: World, openings_window: Callable[[], MainWindow]
) -> None:
    world.opening("Data Analyst, <b>Clinical</b> Operations & Trials", "Acme GmbH", days_ago=1)
    page = openings_window().openings

    tooltip = page.proxy.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole)

    assert tooltip == "<qt>Data Analyst, &lt;b&gt;Clinical&lt;/b&gt; Operations &amp; Trials</qt>"


def test_at_1024_no_column_of_the_openings_list_is_cut_off(
    qtbot: Any, world: World, openings_window: Callable[[], MainWindow]
) -> None:
    world.opening("Senior Data Analyst, Clinical Operations and Finance", "Northwind Traders, Inc.", days_ago=1)
    window = openings_window()
    window.resize(1024, 700)
    page = window.openings
    table = page.table
    qtbot.waitUntil(lambda: table.viewport().width() < 700)  # the new size is laid out
    header = table.horizontalHeader()
    assert sum(header.sectionSize(column) for column in range(header.count())) <= table.viewport().width()
    assert listed(page, RELEVANCE) == ["strong match"]  # the target role is Data Analyst
    assert table.model().index(0, RELEVANCE).data(Qt.ItemDataRole.ToolTipRole).startswith("Relevance ")
