"""Optimistic locking (schema 11): the second of two saves of one person, each made against the version it read,
is reported as a conflict with both versions; nothing is overwritten. Runs on both backends."""

from __future__ import annotations

import pytest

from desktop.core import people
from desktop.errors import EditConflict
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
