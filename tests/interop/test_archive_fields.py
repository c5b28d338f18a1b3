"""The archive import writes every field a record gives, and counts what it did record by record (spec:
archive-format.md): the fields that are optional, the records that point at each other, the ones that look alike."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from desktop.errors import InputError
from desktop.interop.archive import import_document
from desktop.store.models import Company, Connection, Interaction, Opening, Person, Process, SuggestionState


def _doc(**sections: Any) -> dict[str, Any]:
    return {"format": "rebound-archive", "version": 1, **sections}


def _counts(summary: Any) -> tuple[int, int, int, int]:
    return summary.created, summary.updated, summary.unchanged, summary.skipped


def _person_id(name: str) -> int:
    return int(Person.get(Person.name == name).id)


COMPANIES = [{"id": "c1", "name": "Acme GmbH", "notes": "Met them at the Berlin meetup"}]
PEOPLE = [{"id": "p1", "name": "Tom Weber", "company": "c1"}, {"id": "p2", "name": "Ann Berg"},
          {"id": "p3", "name": "Kai Lind"}]  # fmt: skip
OPENINGS = [
    {"id": "o1", "company": "c1", "title": "Data Analyst", "mine": True, "discovered_on": "2026-01-10"},
    {"id": "o2", "company": "c1", "title": "BI Engineer", "discovered_on": None},
]
PROCESSES = [
    {"id": "r1", "opening": "o1", "candidate": None, "stage_reached": "final", "outcome": "rejected",
     "started_on": "2025-11-02", "ended_on": "2026-01-20", "reason": "Went with an internal candidate"},
    {"id": "r2", "opening": "o1", "candidate": "p2", "stage_reached": "screen", "outcome": "pending",
     "started_on": "2026-01-05", "ended_on": None},
]  # fmt: skip


def test_every_optional_field_of_companies_openings_and_processes_is_written(db: object) -> None:
    import_document(_doc(companies=COMPANIES, people=PEOPLE, openings=OPENINGS, processes=PROCESSES))

    assert [c.notes for c in Company.select()] == ["Met them at the Berlin meetup"]
    by_title = {o.title: o for o in Opening.select()}
    assert (by_title["Data Analyst"].mine, by_title["Data Analyst"].discovered_on) == (True, date(2026, 1, 10))
    assert (bool(by_title["BI Engineer"].mine), by_title["BI Engineer"].discovered_on) == (False, None)
    mine, theirs = Process.select().order_by(Process.id)
    assert (mine.candidate_id, mine.stage_reached, mine.outcome) == (None, "final", "rejected")
    assert (mine.started_on, mine.ended_on, mine.reason) == (
        date(2025, 11, 2), date(2026, 1, 20), "Went with an internal candidate",
    )  # fmt: skip
    assert (theirs.candidate_id, theirs.stage_reached, theirs.outcome) == (_person_id("Ann Berg"), "screen", "pending")
    assert (theirs.started_on, theirs.ended_on) == (date(2026, 1, 5), None)


def test_my_process_and_a_candidates_on_one_opening_stay_two_and_are_found_again(db: object) -> None:
    document = _doc(companies=COMPANIES, people=PEOPLE, openings=OPENINGS, processes=PROCESSES)
    import_document(document)

    again = import_document(document)

    assert _counts(again) == (0, 0, 8, 0)  # 1 company, 3 people, 2 openings, 2 processes, each as it was
    assert Process.select().count() == 2
    changed = [dict(PROCESSES[0], outcome="withdrawn"), PROCESSES[1]]
    summary = import_document(_doc(companies=COMPANIES, people=PEOPLE, openings=OPENINGS, processes=changed))
    assert _counts(summary) == (0, 1, 7, 0)
    assert [p.outcome for p in Process.select().order_by(Process.id)] == ["withdrawn", "pending"]


def test_an_interaction_keeps_its_process_and_opening(db: object) -> None:
    interactions = [{"person": "p1", "kind": "rejection", "direction": "in", "at": "2026-01-20T09:30:00",
                     "opening": "o1", "process": "r1"}]  # fmt: skip
    import_document(
        _doc(companies=COMPANIES, people=PEOPLE, openings=OPENINGS, processes=PROCESSES, interactions=interactions)
    )

    (logged,) = Interaction.select()
    mine = Process.get(Process.candidate.is_null())
    assert (logged.process_id, logged.opening_id) == (mine.id, mine.opening_id)
    assert logged.at in (datetime(2026, 1, 20, 9, 30), "2026-01-20 09:30:00", "2026-01-20T09:30:00")


def test_edges_that_share_a_person_are_two_edges_and_edges_to_oneself_here_are_skipped_one_by_one(
    db: object,
) -> None:
    """p4 and p5 are Tom and Ann again (their e-mail addresses): an edge between p1 and p4 is Tom and Tom here."""
    people = [
        {"id": "p1", "name": "Tom Weber", "email": "tom@acme.example"},
        {"id": "p2", "name": "Ann Berg", "email": "ann@acme.example"},
        {"id": "p3", "name": "Kai Lind"},
        {"id": "p4", "name": "Thomas Weber", "email": "tom@acme.example"},
        {"id": "p5", "name": "Ann Berg", "email": "ann@acme.example"},
    ]
    connections = [
        {"a": "p1", "b": "p4", "kind": "knows"},  # Tom and himself: skipped
        {"a": "p1", "b": "p2", "kind": "worked_with", "strength": 3, "since": "2023-01-01"},
        {"a": "p2", "b": "p5", "kind": "knows"},  # skipped too, and the next is still read
        {"a": "p1", "b": "p3", "kind": "knows", "strength": 1, "since": None},
    ]
    summary = import_document(_doc(people=people, connections=connections))

    assert summary.skipped == 2
    assert len([e for e in summary.errors if "both are the same person here" in e]) == 2
    tom = int(Person.get(Person.email == "tom@acme.example").id)
    ann, kai = _person_id("Ann Berg"), _person_id("Kai Lind")
    edges = {frozenset((e.a_id, e.b_id)): (e.kind, e.strength, e.since) for e in Connection.select()}
    assert edges == {
        frozenset((tom, ann)): ("worked_with", 3, date(2023, 1, 1)),
        frozenset((tom, kai)): ("knows", 1, None),
    }


def test_an_opening_with_a_url_finds_the_same_role_without_one(db: object) -> None:
    import_document(_doc(companies=COMPANIES, openings=[{"id": "o1", "company": "c1", "title": "Data Analyst"}]))

    summary = import_document(
        _doc(companies=COMPANIES, openings=[
            {"id": "o9", "company": "c1", "title": "Data Analyst", "url": "https://acme.example/jobs/17"}])
    )  # fmt: skip

    assert [(o.title, o.url) for o in Opening.select()] == [("Data Analyst", "https://acme.example/jobs/17")]
    assert _counts(summary) == (0, 1, 1, 0)  # the company as it was, the opening given its URL


def test_a_suggestion_state_about_an_opening_points_at_the_imported_opening(db: object) -> None:
    states = [
        {"key": "ask_about_opening/p1/o1", "state": "dismissed", "until": None},
        {"key": "check_in/p2/", "state": "snoozed", "until": "2026-05-01"},
    ]
    document = _doc(companies=COMPANIES, people=PEOPLE, openings=OPENINGS, suggestion_states=states)
    import_document(document)

    again = import_document(document)

    opening = Opening.get(Opening.title == "Data Analyst")
    assert sorted((s.key, s.state, s.until) for s in SuggestionState.select()) == [
        (f"ask_about_opening/{_person_id('Tom Weber')}/{opening.id}", "dismissed", None),
        (f"check_in/{_person_id('Ann Berg')}/", "snoozed", date(2026, 5, 1)),
    ]
    assert _counts(again)[1:3] == (0, 8)


def test_a_company_name_without_letters_is_refused_with_its_place_id_and_name(db: object) -> None:
    document = _doc(companies=[COMPANIES[0], {"id": "c9", "name": "!!!"}])

    with pytest.raises(InputError) as refused:
        import_document(document, "jobs.json")

    assert "companies[1] (id c9) field name: '!!!' has no letters or digits" in str(refused.value)
    assert Company.select().count() == 0


def test_one_company_written_twice_in_one_archive_is_one_company(db: object) -> None:
    summary = import_document(_doc(companies=[COMPANIES[0], {"id": "c2", "name": "ACME  gmbh"}]))

    assert [c.name for c in Company.select()] == ["Acme GmbH"]
    assert _counts(summary) == (1, 0, 1, 0)
