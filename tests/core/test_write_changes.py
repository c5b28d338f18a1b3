"""Core writes say what they changed: the value the GUI's one broadcast passes on."""

from __future__ import annotations

from datetime import datetime

from desktop.core.changes import Changes
from desktop.core.openings import add_opening, list_openings, set_status
from desktop.core.people import create_person
from desktop.core.processes import log_rejection
from desktop.core.timeline import timeline


def test_closing_an_opening_says_the_openings_changed(db: object) -> None:
    opening = add_opening("Acme GmbH", "Data Analyst", None)

    changed = set_status(opening, "closed")

    assert changed == Changes(openings=True)
    assert [o.status for o in list_openings()] == ["closed"]


def test_a_logged_rejection_names_the_person_its_message_the_openings_and_the_processes(db: object) -> None:
    nina = create_person({"name": "Nina Park"})

    logged = log_rejection(nina, "Acme GmbH", "Data Analyst", "final", datetime(2026, 3, 1, 10, 0))

    (message,) = timeline(nina)
    assert logged.changes == Changes(
        people=frozenset({nina}), interactions=frozenset({message.id}), openings=True, processes=True
    )
