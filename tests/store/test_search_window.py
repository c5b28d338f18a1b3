"""A search window read from the key before it: each way of reading it lists the same people as sorting every match.

``store.search_window`` picks one of three ways by how many people match (SQL sorting few matches, a walk along the
name index matching rows in Python, SQL's own walk up to a bound). Each is forced here in turn on the same people —
names with accents, ß, ø, Ł, ı, CJK, digits, underscores, apostrophes, tags and companies — and must list, window by
window, exactly the matches in (sort_key, id) order that the index finds.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core import people
from desktop.store import search, search_window
from desktop.store.models import DB
from tests.backends import sqlite_only

FIRST = [
    "Anna", "Zoë", "Søren", "Łukasz", "Jürgen", "Chloé", "José", "Yılmaz", "Straße", "王", "Ödön", "Ann_Marie", "Émile",
]  # fmt: skip
LAST = ["Müller", "O’Brien", "Núñez", "Ødegaard", "Smith-Jones", "Kowalski", "Weber2", "Åberg", "Dvořák", "李"]
COMPANIES = ["Acme GmbH", "Kraków Soft", "Ørsted", "Straße & Co", None]
TITLES = ["Senior Recruiter", "Data Analyst", "Geschäftsführer", None]
TAGS = ["føo", "München", "alpha_beta", "x2"]
QUERIES = [
    *"abcdefghijklmnopqrstuvwxyz", "mu", "mül", "ø", "so", "lu", "yi", "ob", "o b", "ann", "王", "ss", "2", "acme s",
    "alpha", "beta", "dv", "ab", "æ",
]  # fmt: skip


@pytest.fixture
def crowd(db: object) -> None:
    with DB.atomic():
        for n in range(260):
            first, last = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
            pid = people.create_person(
                {
                    "name": f"{first} {last}",
                    "company": COMPANIES[n % len(COMPANIES)],
                    "title": TITLES[(n * 3) % len(TITLES)],
                    "email": f"{first.lower()}.{n}@example.org" if n % 4 else None,
                    "tags": [TAGS[n % len(TAGS)]] if n % 5 == 0 else [],
                }
            ).value
            assert pid


def _truth(text: str) -> list[int]:
    return search.person_ids(DB.obj, text)  # every match, sorted by (sort_key, id) in SQL


def _windows(text: str, limit: int) -> Iterator[list[int]]:
    after = None
    while True:
        ids = search.person_window(DB.obj, text, after, limit)
        assert len(ids) <= limit, text  # the list reads one page at a time, never all the matches at once
        yield ids
        if len(ids) < limit:
            return
        after = DB.obj.execute_sql("SELECT sort_key, id FROM person WHERE id = ?", [ids[-1]]).fetchone()


WAYS = {  # (sample size, fewest matches to walk, dense share from, rows walked in Python at most, SQL walk's slack)
    "sorted": (10**9, 10**9, 2.0, 512, 2_000),
    "sampled, few enough to sort": (1, 10**9, 0.0, 512, 2_000),
    "walk": (1, 0, 0.0, 10**9, 2_000),
    "walk, then SQL's walk": (1, 0, 0.0, 7, 2_000),
    "SQL's walk": (1, 0, 2.0, 512, 2_000),
    "SQL's walk, short of its bound, then sorted": (1, 0, 2.0, 512, -50),
}


@pytest.mark.parametrize("way", WAYS)
def test_every_way_lists_the_matches_in_name_order(crowd: None, way: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sample, many, dense, walked, slack = WAYS[way]
    monkeypatch.setattr(search_window, "_SAMPLE", sample)
    monkeypatch.setattr(search_window, "_MANY", many)  # 260 people: a walk only when forced
    monkeypatch.setattr(search_window, "_DENSE", dense)
    monkeypatch.setattr(search_window, "_WALKED", walked)
    monkeypatch.setattr(search_window, "_SLACK", slack)
    monkeypatch.setattr(search_window, "_folds", {})  # the tokenizer asked afresh, not a table kept from a test before
    matched = 0
    for text in QUERIES:
        truth = _truth(text)
        listed = [pid for window in _windows(text, 25) for pid in window]
        assert listed == truth, text
        matched += bool(truth)
    assert matched >= 30  # most queries find someone: the comparison is not between empty lists


def test_a_row_with_a_character_the_tokenizer_alone_knows_is_asked_of_the_index(
    db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_window, "_SAMPLE", 1)
    monkeypatch.setattr(search_window, "_DENSE", 0.0)  # always the walk
    monkeypatch.setattr(search_window, "_MANY", 0)
    kept = people.create_person({"name": "Ada ☃snow"}).value  # a symbol past the probed ranges: the walk cannot fold it
    people.create_person({"name": "Ada Lovelace"})
    people.create_person({"name": "Bo 王snow"})  # a letter the tokenizer keeps: one word "王snow", not "snow"
    assert search.person_window(DB.obj, "snow", None, 10) == [kept]
    assert len(search.person_window(DB.obj, "ada", None, 10)) == 2


def test_a_capped_count_stops_at_the_cap(crowd: None) -> None:
    assert search.person_count(DB.obj, "a") > 100
    assert search.person_count(DB.obj, "a", cap=100) == 100
    assert search.person_count(DB.obj, "王", cap=1000) == search.person_count(DB.obj, "王") == 20


@sqlite_only
def test_a_sorted_window_reads_each_matchs_sort_key_from_the_narrow_index(
    crowd: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Matches sorted in SQL take their sort keys from ``person_id_sort`` (migration 13), not from the wide rows."""
    monkeypatch.setattr(search_window, "_SAMPLE", 10**9)  # always sorted in SQL
    truth = _truth("anna")[:25]
    execute = DB.obj.execute_sql
    seen: list[tuple[str, list[object]]] = []

    def recording(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        seen.append((sql, list(params or [])))  # type: ignore[call-overload]
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(DB.obj, "execute_sql", recording)
    assert search.person_window(DB.obj, "anna", None, 25) == truth != []
    sorts = [(sql, params) for sql, params in seen if "ORDER BY p.sort_key" in sql]
    assert sorts
    for sql, params in sorts:
        plan = " | ".join(row[3] for row in execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        assert "COVERING INDEX person_id_sort" in plan, plan


@sqlite_only
def test_a_file_without_the_narrow_index_still_lists_its_matches(crowd: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only file of a schema before migration 13 has no ``person_id_sort``: the window names no such index."""
    monkeypatch.setattr(search_window, "_SAMPLE", 10**9)
    DB.obj.execute_sql("DROP INDEX person_id_sort")
    assert search.person_window(DB.obj, "anna", None, 25) == _truth("anna")[:25] != []
