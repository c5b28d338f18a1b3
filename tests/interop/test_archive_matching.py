"""The archive import matches what is already there instead of duplicating it: companies by name, openings by URL
(else company and title), processes by opening and candidate, edges by their two people, suggestion states by key.
Each record found again is counted as updated only when a field it gives differs."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import SQL

from desktop.interop.archive import export_document, import_document
from desktop.store.models import Company, Connection, Opening, Process, ProcessContact, SuggestionState


def _doc(**sections: Any) -> dict[str, Any]:
    return {"format": "rebound-archive", "version": 1, **sections}


def _counts(summary: Any) -> tuple[int, int, int, int]:
    return summary.created, summary.updated, summary.unchanged, summary.skipped


COMPANY = {"id": "c1", "name": "Acme GmbH", "domain": "acme.example"}
PEOPLE = [{"id": "p1", "name": "Tom Weber", "email": "tom@acme.example"}, {"id": "p2", "name": "Ann Berg"}]


def test_a_company_is_found_again_by_its_name_in_any_spelling(db: object) -> None:
    assert _counts(import_document(_doc(companies=[COMPANY]))) == (1, 0, 0, 0)

    again = import_document(_doc(companies=[{"id": "x", "name": "ACME  gmbh", "domain": "acme.example"}]))
    changed = import_document(
        _doc(companies=[{"id": "y", "name": "acme gmbh", "careers_url": "https://acme.example/j"}])
    )

    assert _counts(again) == (0, 0, 1, 0)
    assert _counts(changed) == (0, 1, 0, 0)
    assert [(c.name, c.domain, c.careers_url) for c in Company.select()] == [
        ("Acme GmbH", "acme.example", "https://acme.example/j")
    ]


def test_an_edge_is_found_again_whichever_way_round_and_updated(db: object) -> None:
    edge = {"a": "p1", "b": "p2", "kind": "knows", "strength": 1}
    import_document(_doc(people=PEOPLE, connections=[edge]))

    same = import_document(_doc(people=PEOPLE, connections=[{**edge, "a": "p2", "b": "p1"}]))
    stronger = import_document(
        _doc(people=PEOPLE, connections=[{"a": "p2", "b": "p1", "kind": "worked_with", "strength": 3,
                                          "since": "2020-01-01"}])
    )  # fmt: skip

    assert _counts(same) == (0, 0, 3, 0)  # two people and the edge
    assert _counts(stronger) == (0, 1, 2, 0)
    assert [(e.kind, e.strength, e.since) for e in Connection.select()] == [("worked_with", 3, date(2020, 1, 1))]


def test_an_edge_between_two_records_of_one_person_is_skipped_with_a_reason(db: object) -> None:
    twins = [{"id": "p1", "name": "Tom Weber", "email": "tom@acme.example"},
             {"id": "p2", "name": "Thomas Weber", "email": "TOM@acme.example"}]  # fmt: skip

    summary = import_document(_doc(people=twins, connections=[{"a": "p1", "b": "p2"}]))

    assert summary.skipped == 1
    assert summary.errors == ["connection p1–p2: both are the same person here"]
    assert Connection.select().count() == 0


def _opening(**fields: Any) -> dict[str, Any]:
    return {"id": "o1", "company": "c1", "title": "Data Analyst", **fields}


def test_an_opening_is_found_by_its_url_even_under_a_new_title(db: object) -> None:
    import_document(_doc(companies=[COMPANY], openings=[_opening(url="https://acme.example/j/1")]))

    summary = import_document(
        _doc(companies=[COMPANY], openings=[_opening(title="Senior Data Analyst", url="https://acme.example/j/1")])
    )

    assert _counts(summary) == (0, 1, 1, 0)
    assert [(o.title, o.url) for o in Opening.select()] == [("Senior Data Analyst", "https://acme.example/j/1")]


def test_an_opening_without_url_is_found_by_company_and_title_in_any_case(db: object) -> None:
    import_document(_doc(companies=[COMPANY], openings=[_opening()]))

    summary = import_document(
        _doc(companies=[COMPANY], openings=[_opening(title="data analyst", status="closed", keywords=["sql"])])
    )

    assert _counts(summary) == (0, 1, 1, 0)
    assert [(o.title, o.status, o.keywords) for o in Opening.select()] == [("data analyst", "closed", ["sql"])]


def test_two_openings_of_one_title_with_different_urls_stay_two(db: object) -> None:
    import_document(_doc(companies=[COMPANY], openings=[_opening(url="https://acme.example/j/1")]))

    summary = import_document(_doc(companies=[COMPANY], openings=[_opening(url="https://acme.example/j/2")]))

    assert _counts(summary) == (1, 0, 1, 0)
    assert sorted(str(o.url) for o in Opening.select()) == ["https://acme.example/j/1", "https://acme.example/j/2"]


def test_the_same_title_at_another_company_is_another_opening(db: object) -> None:
    import_document(_doc(companies=[COMPANY], openings=[_opening()]))

    other = {"id": "c2", "name": "Globex AG"}
    summary = import_document(_doc(companies=[other], openings=[_opening(company="c2")]))

    assert _counts(summary) == (2, 0, 0, 0)
    assert sorted((o.company.name, o.title) for o in Opening.select()) == [
        ("Acme GmbH", "Data Analyst"), ("Globex AG", "Data Analyst"),
    ]  # fmt: skip


def _process(**fields: Any) -> dict[str, Any]:
    return {"id": "r1", "opening": "o1", "stage_reached": "interview", "outcome": "rejected", **fields}


def test_my_process_for_an_opening_is_found_again_and_a_candidates_is_another(db: object) -> None:
    base = {"companies": [COMPANY], "people": PEOPLE, "openings": [_opening()]}
    import_document(_doc(**base, processes=[_process(contacts=[{"person": "p1", "role": "recruiter"}])]))

    mine_again = import_document(
        _doc(**base, processes=[_process(stage_reached="final", ended_on="2026-02-01",
                                         contacts=[{"person": "p1", "role": "recruiter"}])])
    )  # fmt: skip
    new_contact = import_document(
        _doc(**base, processes=[_process(stage_reached="final", ended_on="2026-02-01",
                                         contacts=[{"person": "p2", "role": "hiring_manager"}])])
    )  # fmt: skip
    candidate = import_document(_doc(**base, processes=[_process(id="r2", candidate="p2")]))

    assert _counts(mine_again)[:2] == (0, 1)
    assert _counts(new_contact)[:2] == (0, 1)
    assert _counts(candidate)[:2] == (1, 0)
    rows = [(p.candidate is None, p.stage_reached, p.ended_on) for p in Process.select().order_by(SQL("id"))]
    assert rows == [(True, "final", date(2026, 2, 1)), (False, "interview", None)]
    assert sorted(c.role for c in ProcessContact.select()) == ["hiring_manager", "recruiter"]


def test_a_suggestion_state_is_found_by_its_key_and_updated(db: object) -> None:
    state = {"key": "check_in/p1/", "state": "snoozed", "until": "2026-04-01"}
    import_document(_doc(people=PEOPLE, suggestion_states=[state]))

    same = import_document(_doc(people=PEOPLE, suggestion_states=[state]))
    dismissed = import_document(_doc(people=PEOPLE, suggestion_states=[{"key": "check_in/p1/", "state": "dismissed"}]))

    assert _counts(same) == (0, 0, 3, 0)
    assert _counts(dismissed) == (0, 1, 2, 0)
    assert [(s.state, s.until) for s in SuggestionState.select()] == [("dismissed", None)]
    assert export_document()["suggestion_states"] == [{"key": "check_in/p1/", "state": "dismissed", "until": None}]
