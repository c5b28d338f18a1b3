"""The People list's "last contact" is kept by the database (migration 0006) through every kind of write."""

from __future__ import annotations

from datetime import datetime

from desktop.core import duplicates, erase, people
from desktop.core.timeline import add_note, log_interaction
from desktop.interop.archive import import_document
from desktop.store.maintenance import check
from desktop.store.models import DB, Interaction

JAN = datetime(2026, 1, 5, 9, 30)
MAR = datetime(2026, 3, 2, 14, 0)
MAY = datetime(2026, 5, 20, 8, 15)


def _last(person_id: int) -> datetime | None:
    [row] = [r for r in people.list_people() if r.id == person_id]
    return row.last_contact


def _listed(person_id: int, text: str) -> datetime | None:
    [row] = [r for r in people.list_people(text) if r.id == person_id]
    return row.last_contact


def test_logging_an_e_mail_or_call_sets_the_last_contact_but_a_note_does_not(db: object) -> None:
    ana = people.create_person({"name": "Ana Lima"}).value
    assert _last(ana) is None
    add_note(ana, "Liked her talk", MAY)
    assert _last(ana) is None  # a note is not contact
    log_interaction(ana, "email", "out", MAR, channel="email", subject="Hello")
    assert _last(ana) == MAR
    log_interaction(ana, "call", "in", JAN)  # an older call does not move it back
    assert _last(ana) == MAR
    log_interaction(ana, "linkedin_message", "in", MAY, channel="linkedin_message")
    assert _last(ana) == MAY == _listed(ana, "ana")  # the search list shows the same
    assert check() == []


def test_deleting_or_moving_the_newest_contact_falls_back_to_the_one_before(db: object) -> None:
    ana = people.create_person({"name": "Ana Lima"}).value
    ben = people.create_person({"name": "Ben Okafor"}).value
    log_interaction(ana, "email", "out", JAN, channel="email")
    newest = log_interaction(ana, "call", "in", MAY).value
    Interaction.update(person=ben).where(Interaction.id == newest).execute()
    assert (_last(ana), _last(ben)) == (JAN, MAY)
    Interaction.update(at=MAR).where(Interaction.id == newest).execute()
    assert _last(ben) == MAR
    Interaction.delete().where(Interaction.id == newest).execute()
    assert (_last(ana), _last(ben)) == (JAN, None)
    assert check() == []


def test_a_bulk_import_sets_the_last_contacts_of_everyone_it_touched(db: object) -> None:
    ana = people.create_person({"name": "Ana Lima", "email": "ana@example.org"}).value
    log_interaction(ana, "email", "out", JAN, channel="email")
    import_document(
        {
            "format": "rebound-archive",
            "version": 1,
            "people": [{"id": "a", "name": "Ana Lima", "email": "ana@example.org"}, {"id": "b", "name": "Ben Okafor"}],
            "interactions": [
                {"person": "a", "kind": "email", "direction": "in", "at": "2026-03-02T14:00:00", "channel": "email"},
                {"person": "b", "kind": "call", "direction": "out", "at": "2026-05-20T08:15:00"},
                {"person": "b", "kind": "note", "direction": "none", "at": "2026-06-01T08:00:00", "body": "later"},
            ],
        }
    )
    ben = people.find_person("Ben Okafor")
    assert (_last(ana), _last(ben)) == (MAR, MAY)
    assert check() == []


def test_merge_undo_and_erasure_keep_it_right(db: object) -> None:
    ana = people.create_person({"name": "Ana Lima"}).value
    twin = people.create_person({"name": "Ana Lima-Souza"}).value
    log_interaction(ana, "email", "out", JAN, channel="email")
    log_interaction(twin, "call", "in", MAY)
    change = duplicates.merge(ana, twin)
    assert _last(ana) == MAY
    assert check() == []
    duplicates.undo(change)
    assert (_last(ana), _last(twin)) == (JAN, MAY)
    assert check() == []
    erase.erase_person(twin, today=MAY.date())
    assert _last(ana) == JAN
    assert check() == []


def test_check_reports_a_last_contact_that_drifted(db: object) -> None:
    ana = people.create_person({"name": "Ana Lima"}).value
    log_interaction(ana, "email", "out", JAN, channel="email")
    DB.obj.execute_sql("UPDATE person SET last_contact = NULL")
    assert check() == ["the kept last contact of 1 people is not their newest interaction"]
