"""Optimistic locking (schema 11): the second of two saves of one person, each made against the version it read,
is reported as a conflict with both versions; nothing is overwritten. Runs on both backends."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import openings, people
from desktop.errors import EditConflict, InputError
from desktop.store.models import DB


def test_the_second_save_against_the_same_version_is_a_conflict_showing_both(db: object) -> None:
    pid = people.create_person({"name": "Ada Lovelace", "title": "Analyst"}).value
    read_by_me = people.get_person(pid)
    read_by_colleague = people.get_person(pid)

    assert people.update_person(pid, {"title": "Lead Analyst"}, expected_version=read_by_colleague.version).value
    with pytest.raises(EditConflict, match=f"person {pid} was changed.* after you opened it; nothing was overwritten"):
        people.update_person(pid, {"title": "Engineer", "location": "Berlin"}, expected_version=read_by_me.version)

    now = people.get_person(pid)
    assert (now.title, now.location) == ("Lead Analyst", None)
    assert now.version == read_by_me.version + 1
    with pytest.raises(EditConflict) as caught:
        people.update_person(pid, {"title": "Engineer"}, expected_version=read_by_me.version)
    assert caught.value.theirs == now and caught.value.mine == {"title": "Engineer"}
    # saved against what is there now, it goes through
    assert people.update_person(pid, {"title": "Engineer"}, expected_version=now.version).value
    assert people.get_person(pid).title == "Engineer"


def test_a_save_without_a_version_read_still_moves_the_version_on(db: object) -> None:
    pid = people.create_person({"name": "Bea Berg"}).value
    first = people.get_person(pid).version
    people.update_person(pid, {"title": "CTO"})
    assert people.get_person(pid).version == first + 1
    if getattr(DB.obj, "is_team", False):  # a team server also says who saved last
        assert people.get_person(pid).changed_by == "rebound_admin"


def test_an_opening_saved_by_someone_else_since_it_was_read_is_a_conflict_showing_both(db: object) -> None:
    oid = openings.add_opening("Acme GmbH", "Data Analyst", date(2026, 3, 1), url="https://acme.example/jobs/1").value
    read_by_me = openings.get_opening(oid)
    read_by_colleague = openings.get_opening(oid)

    edited = openings.update_opening(oid, {"title": "Senior Data Analyst", "keywords": ["SQL", " python"]},
                                     expected_version=read_by_colleague.version)  # fmt: skip
    assert edited.value and edited.changes.openings
    with pytest.raises(EditConflict, match=f"opening {oid} was changed.* after you opened it; nothing was overwritten"):
        openings.update_opening(oid, {"title": "Analyst", "company": "Globex AG"}, expected_version=read_by_me.version)
    with pytest.raises(EditConflict) as caught:  # closing it counts as a save too
        openings.set_status(oid, "closed", expected_version=read_by_me.version)

    now = openings.get_opening(oid)
    assert (now.title, now.company, now.keywords, now.status) == ("Senior Data Analyst", "Acme GmbH", ["sql", "python"],
                                                                  "open")  # fmt: skip
    assert now.version == read_by_me.version + 1
    assert caught.value.theirs == now and caught.value.mine == {"status": "closed"}
    assert openings.update_opening(oid, {"company": "Globex AG", "url": ""}, expected_version=now.version).value
    moved = openings.get_opening(oid)
    assert (moved.company, moved.url, moved.version) == ("Globex AG", None, now.version + 1)
    # the same values again change nothing (and move no version); bad input names the field and writes nothing
    assert openings.update_opening(oid, {"title": "Senior Data Analyst"}, expected_version=moved.version).value is False
    with pytest.raises(InputError, match="the URL 'ftp://x' must start with http:// or https://"):
        openings.update_opening(oid, {"url": "ftp://x"}, expected_version=moved.version)
    with pytest.raises(InputError, match="an opening has no field 'salary'"):
        openings.update_opening(oid, {"salary": 1})
    assert openings.get_opening(oid) == moved and openings.get_opening(oid).version == moved.version
    if getattr(DB.obj, "is_team", False):
        assert moved.changed_by == "rebound_admin" and moved.changed_at is not None
