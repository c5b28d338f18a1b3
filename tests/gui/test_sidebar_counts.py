"""The sidebar's due counts beyond Today: what is due on Applications, People and Openings, with a tooltip
saying what, kept up to date as the user acts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from desktop.core.openings import add_opening
from desktop.core.people import create_person
from desktop.core.timeline import log_interaction
from desktop.gui.main_window import APPLICATIONS_ROW, OPENINGS_ROW, PEOPLE_ROW, TODAY_ROW, MainWindow
from desktop.store.models import Process, ProcessContact
from tests.gui.conftest import NOW, wait_for_plan


def _rows(window: MainWindow) -> list[tuple[str, str]]:
    return [(window.sidebar.item(row).text(), window.sidebar.item(row).toolTip())
            for row in (APPLICATIONS_ROW, PEOPLE_ROW, OPENINGS_ROW)]  # fmt: skip


def test_the_sidebar_counts_what_is_due_on_each_page_and_follows_the_users_steps(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    # A rejection yesterday waits for my reply (Applications); Clara's check-in is due (People), Lena's too.
    tom = create_person({"name": "Tom Weber", "company": "Acme", "email": "tom@acme.example"}).value
    opening = add_opening("Acme", "Data Analyst", date(2026, 1, 1)).value
    process = Process.create(opening=opening, stage_reached="onsite", outcome="rejected",
                             started_on=date(2026, 1, 5), ended_on=NOW.date() - timedelta(days=1))  # fmt: skip
    ProcessContact.create(process=process.id, person=tom, role="recruiter")
    for name in ("Clara Neumann", "Lena Roth"):
        person = create_person({"name": name, "email": f"{name.split()[0].lower()}@example.org"}).value
        log_interaction(person, "email", "out", NOW - timedelta(days=100), channel="email", body="Hello")
    window = make_window()
    assert window.sidebar.item(PEOPLE_ROW).text() == "People"  # before the plan: the titles alone
    wait_for_plan(qtbot, window)
    qtbot.waitUntil(lambda: window.sidebar.item(APPLICATIONS_ROW).text() != "Applications")
    assert _rows(window) == [
        ("Applications (1)", "Due today: 1 rejection to answer"),
        ("People (2)", "Due today: 2 check-ins due"),
        ("Openings", "Nothing due here today"),
    ]
    assert window.sidebar.item(TODAY_ROW).text() == "Today (3)"  # the pages' counts add up to Today's

    with qtbot.waitSignal(window.keeper.changed):  # I answer Tom: the rejection is no longer waiting on me
        window.ops.run(lambda: log_interaction(tom, "email", "out", datetime.combine(NOW.date(), NOW.time()),
                                               channel="email", body="Thank you, Tom."))  # fmt: skip
    assert _rows(window)[0] == ("Applications", "Nothing due here today")
    assert _rows(window)[1][0] == "People (2)"
