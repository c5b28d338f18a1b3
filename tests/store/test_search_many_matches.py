"""People search with 5,000 matches or more: the name-ordered walk, and its fallback when the matches bunch up.

A prefix that matches most people walks the name index and stops at a bound; when the matches lie beyond that bound
the walk's window comes back short and the plain query must run instead (the People page's first 200 rows are never
empty while there are matches).
"""

from __future__ import annotations

import pytest

from desktop.core import people
from desktop.core.normalize import sort_key
from desktop.store import search
from desktop.store.maintenance import check
from desktop.store.models import DB
from tests.backends import sqlite_only


def _add(names: list[str]) -> None:
    db = DB.obj
    with DB.atomic(), search.bulk_insert(db):
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            db.execute_sql(
                "INSERT INTO person (name, sort_key) VALUES " + ", ".join(["(?, ?)"] * len(chunk)),
                [value for name in chunk for value in (name, sort_key(name))],
            )


def _window(text: str, offset: int) -> list[str]:
    return [row.name for row in people.list_people(text, offset=offset, limit=200)]


@pytest.fixture
def bunched(db: object) -> None:
    """6,000 people named Abel before 5,000 named Zed: every "zed" match lies past the walk's bound."""
    _add([f"Abel Nr{n:05d}" for n in range(6_000)])
    _add([f"Zed Nr{n:05d}" for n in range(5_000)])


def test_a_first_page_of_bunched_matches_is_the_first_200_by_name(bunched: None) -> None:
    assert people.count_people("zed") == 5_000
    assert _window("zed", 0) == [f"Zed Nr{n:05d}" for n in range(200)]
    assert _window("zed", 4_900) == [f"Zed Nr{n:05d}" for n in range(4_900, 5_000)]
    assert check() == []


def test_spread_matches_take_the_bounded_walk_and_give_the_same_rows(db: object) -> None:
    """Every other person matches ("Ada …" between "Abe …"): the walk's window is full and in name order."""
    _add([f"{'Ada' if n % 2 else 'Abe'} Nr{n:05d}" for n in range(11_000)])

    assert people.count_people("ada") == 5_500
    assert _window("ada", 0) == [f"Ada Nr{n:05d}" for n in range(1, 400, 2)]
    assert _window("ada", 5_400) == [f"Ada Nr{n:05d}" for n in range(10_801, 11_000, 2)]
    assert _window("abe", 200) == [f"Abe Nr{n:05d}" for n in range(400, 800, 2)]


def test_a_match_count_the_caller_passes_is_used_as_given(bunched: None) -> None:
    ids = people.people_ids("zed", 0, 200, total=5_000)
    assert [row.name for row in people.person_rows(ids)] == [f"Zed Nr{n:05d}" for n in range(200)]


@sqlite_only
def test_check_reports_an_index_left_paused_and_nothing_once_the_import_finishes(db: object) -> None:
    DB.obj.execute_sql("INSERT INTO search_pause VALUES (0, 0)")
    assert check() == ["search index is paused by an unfinished import"]
    DB.obj.execute_sql("DELETE FROM search_pause")
    assert check() == []
