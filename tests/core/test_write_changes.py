"""Core writes say what they changed: the value the GUI's one broadcast passes on."""

from __future__ import annotations

from datetime import datetime

from desktop.core.changes import Changes
from desktop.core.network import connect
from desktop.core.openings import add_opening, list_openings, set_status
from desktop.core.people import create_person, get_person, update_person
from desktop.core.processes import log_rejection
from desktop.core.reconnect.actions import mark_done
from desktop.core.timeline import add_note, log_interaction, timeline


def test_closing_an_opening_says_the_openings_changed(db: object) -> None:
    opening = add_opening("Acme GmbH", "Data Analyst", None).value

    changed = set_status(opening, "closed")

    assert changed == Changes(openings=True)
    assert [o.status for o in list_openings()] == ["closed"]


def test_a_logged_rejection_names_the_person_its_message_the_openings_and_the_processes(db: object) -> None:
    nina = create_person({"name": "Nina Park"}).value

    logged = log_rejection(nina, "Acme GmbH", "Data Analyst", "final", datetime(2026, 3, 1, 10, 0))

    (message,) = timeline(nina)
    assert logged.changes == Changes(
        people=frozenset({nina}), interactions=frozenset({message.id}), openings=True, processes=True
    )


def test_a_new_person_comes_back_with_their_id_and_as_changed(db: object) -> None:
    created = create_person({"name": "Nina Park"})

    assert get_person(created.value).name == "Nina Park"
    assert created.changes == Changes(people=frozenset({created.value}))


def test_an_edit_that_changes_nothing_says_nothing_changed(db: object) -> None:
    nina = create_person({"name": "Nina Park", "title": "Recruiter"}).value

    same = update_person(nina, {"title": "Recruiter"})
    other = update_person(nina, {"title": "Head of Talent"})

    assert (same.value, same.changes) == (False, Changes())
    assert (other.value, other.changes) == (True, Changes(people=frozenset({nina})))


def test_a_logged_message_and_a_note_name_the_person_and_the_new_interaction(db: object) -> None:
    nina = create_person({"name": "Nina Park"}).value

    message = log_interaction(nina, "email", "in", datetime(2026, 3, 1, 10, 0), channel="email", subject="Hi")
    note = add_note(nina, "met at the meetup", datetime(2026, 3, 2, 9, 0))

    assert [entry.id for entry in timeline(nina)] == [note.value, message.value]
    assert message.changes == Changes(people=frozenset({nina}), interactions=frozenset({message.value}))
    assert note.changes == Changes(people=frozenset({nina}), interactions=frozenset({note.value}))


def test_a_new_opening_says_the_openings_changed(db: object) -> None:
    added = add_opening("Acme GmbH", "Data Analyst", None)

    assert [o.id for o in list_openings()] == [added.value]
    assert added.changes == Changes(openings=True)


def test_mark_done_names_the_person_the_message_and_the_suggestion_states(db: object) -> None:
    nina = create_person({"name": "Nina Park"}).value
    key = f"checkin/{nina}/"

    done = mark_done(key, nina, "email", "Hello Nina", datetime(2026, 3, 1, 10, 0))

    (message,) = timeline(nina)
    assert done.value == message.id
    assert done.changes == Changes(
        people=frozenset({nina}), interactions=frozenset({message.id}), suggestion_states=True
    )


def test_connecting_two_people_says_both_changed(db: object) -> None:
    nina = create_person({"name": "Nina Park"}).value
    tom = create_person({"name": "Tom Weber"}).value

    assert connect(nina, tom) == Changes(people=frozenset({nina, tom}))
