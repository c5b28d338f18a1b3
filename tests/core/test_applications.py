"""The Applications board: a process's column, moving it (a rejection logs the words) and undoing the move."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.applications import applications, column_of, move_application, undo_move
from desktop.core.openings import add_opening
from desktop.core.people import create_person
from desktop.core.timeline import timeline
from desktop.errors import InputError
from desktop.store.models import Process, ProcessContact
from desktop.vocab import BoardColumn


def test_the_column_follows_the_outcome_then_the_stage() -> None:
    assert column_of("final", "rejected") == BoardColumn.REJECTED
    assert column_of("screen", "withdrawn") == BoardColumn.WITHDRAWN
    assert column_of("final", "offer") == BoardColumn.OFFER
    assert column_of("onsite", "pending") == BoardColumn.ONSITE
    assert column_of(None, "pending") == BoardColumn.APPLIED


@pytest.fixture
def acme_process(db: object) -> tuple[int, int]:
    opening = add_opening("Acme", "Data Analyst", date(2026, 1, 1)).value
    tom = create_person({"name": "Tom Recruiter", "company": "Acme"}).value
    process = Process.create(opening=opening, stage_reached="screen", outcome="pending", started_on=date(2026, 1, 5))
    ProcessContact.create(process=process.id, person=tom, role="recruiter")
    return int(process.id), tom


def test_cards_list_every_process_with_its_contact_and_filter_by_company_and_date(
    acme_process: tuple[int, int],
) -> None:
    process_id, tom = acme_process
    beta = add_opening("Beta", "BI Engineer", date(2025, 6, 1)).value
    Process.create(opening=beta, stage_reached="applied", outcome="pending", started_on=date(2025, 6, 2))
    cards = applications()
    assert [(c.title, c.company, c.column, c.contact) for c in cards] == [
        ("Data Analyst", "Acme", BoardColumn.SCREEN, "Tom Recruiter"),
        ("BI Engineer", "Beta", BoardColumn.APPLIED, None),
    ]
    acme_id = cards[0].company_id
    assert [c.id for c in applications(company_id=acme_id)] == [process_id]
    assert [c.title for c in applications(since=date(2026, 1, 1))] == ["Data Analyst"]
    assert [c.title for c in applications(until=date(2025, 12, 31))] == ["BI Engineer"]


def test_moving_to_rejected_records_the_words_and_undo_puts_everything_back(acme_process: tuple[int, int]) -> None:
    process_id, tom = acme_process
    moved = move_application(
        process_id, "rejected", date(2026, 2, 20), "We went with someone else.", datetime(2026, 2, 20, 9)
    )
    assert applications()[0].column == BoardColumn.REJECTED
    entries = timeline(tom)
    assert [(e.kind, e.direction, e.body) for e in entries] == [("rejection", "in", "We went with someone else.")]
    assert moved.changes.people == frozenset({tom}) and moved.changes.processes
    undo_move(moved)
    assert applications()[0].column == BoardColumn.SCREEN
    assert Process.get_by_id(process_id).ended_on is None
    assert timeline(tom) == []


def test_moving_forward_and_to_an_offer_sets_the_stage_and_outcome(acme_process: tuple[int, int]) -> None:
    process_id, _ = acme_process
    move_application(process_id, "onsite")
    assert (Process.get_by_id(process_id).stage_reached, Process.get_by_id(process_id).outcome) == ("onsite", "pending")
    move_application(process_id, "offer")
    assert (Process.get_by_id(process_id).stage_reached, Process.get_by_id(process_id).outcome) == ("offer", "offer")


def test_a_bad_move_says_what_is_wrong_and_changes_nothing(acme_process: tuple[int, int]) -> None:
    process_id, _ = acme_process
    with pytest.raises(InputError, match="column 'hired' is not one of applied"):
        move_application(process_id, "hired")
    with pytest.raises(InputError, match="moving to withdrawn needs the day it ended"):
        move_application(process_id, "withdrawn")
    assert applications()[0].column == BoardColumn.SCREEN


def test_an_application_added_is_a_card_in_its_stage_at_its_company(db: object) -> None:
    from desktop.core.applications import add_application

    add_application("Acme", "Data Analyst", "applied", date(2026, 2, 1))
    [card] = applications()
    assert (card.title, card.company, card.column, card.started_on) == (
        "Data Analyst",
        "Acme",
        "applied",
        date(2026, 2, 1),
    )
    with pytest.raises(InputError, match="an application needs the title of the role"):
        add_application("Acme", " ", "applied", date(2026, 2, 1))
