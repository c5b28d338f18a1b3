"""The search module's own API, as the people list, the timeline search and `rebound check` use it."""

from __future__ import annotations

from datetime import datetime

from desktop.core import people, timeline
from desktop.store import search
from desktop.store.maintenance import check
from desktop.store.models import DB
from tests.backends import sqlite_only


def test_text_without_a_word_matches_no_one_and_the_first_window_starts_at_the_first_name(db: object) -> None:
    for name in ("Tom Weber", "Tina Wolf", "Theo Adams"):
        people.create_person({"name": name})

    assert search.person_count(DB.obj, " !? ") == 0
    assert search.person_ids(DB.obj, " !? ", limit=10) == []
    ids = search.person_ids(DB.obj, "t", limit=2)
    assert [p.name for p in people.person_rows(ids)] == ["Theo Adams", "Tina Wolf"]


def test_interaction_search_gives_the_200_newest_matches_by_default(db: object) -> None:
    tom = people.create_person({"name": "Tom Weber"}).value
    for day in range(1, 202):
        timeline.log_interaction(tom, "email", "in", datetime(2025, 1, 1, 9, 0).replace(day=1 + day % 28,
                                 month=1 + day // 28), subject=f"Offer {day}")  # fmt: skip

    found = search.interaction_ids(DB.obj, "offer")

    assert len(found) == 200
    assert len(search.interaction_ids(DB.obj, "offer", person_id=tom, limit=500)) == 201


def _damage(table: str) -> None:
    DB.obj.execute_sql(f"DELETE FROM {table}_data WHERE id > 10")  # the index's own pages, behind its back


@sqlite_only
def test_a_damaged_index_is_named_by_check_and_a_rebuild_repairs_both(db: object) -> None:
    tom = people.create_person({"name": "Tom Weber", "company": "Acme GmbH"}).value
    timeline.log_interaction(tom, "email", "in", datetime(2025, 5, 1, 9, 0), subject="Coffee next week")
    for number in range(300):
        people.create_person({"name": f"Person {number:03d}", "title": "Data Analyst"})
    _damage("person_fts")
    _damage("interaction_fts")

    found = check()

    assert [line.split(":")[0] for line in found] == [
        "search index person_fts is damaged", "search index interaction_fts is damaged",
    ]  # fmt: skip

    search.rebuild(DB.obj)

    assert check() == []
    assert [p.name for p in people.list_people("acme")] == ["Tom Weber"]
    assert people.count_people("analyst") == 300
    assert len(search.interaction_ids(DB.obj, "coffee")) == 1
