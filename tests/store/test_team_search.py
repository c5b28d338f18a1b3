"""The People page's search on a team server (migration 14): one statement a window, in name order.

A word of up to three letters reads its window from the people listed under that prefix; a longer word (or several)
walks the prefix of its longest word and checks each person against the whole query; when the matches are rare
among that prefix's people the full-text index finds them and the server sorts them. Every way gives the windows of
the whole sorted match list, one after the other by key.
"""

from __future__ import annotations

import pytest

from desktop.core import people
from desktop.core.normalize import sort_key
from desktop.store import search
from desktop.store.maintenance import check
from desktop.store.models import DB

on_a_team_server = pytest.mark.parametrize("backend", ["postgresql"])


def _add(names: list[str]) -> None:
    db = DB.obj
    with DB.atomic():
        db.execute_sql(
            "INSERT INTO person (name, sort_key) VALUES " + ", ".join(["(?, ?)"] * len(names)),
            [value for name in names for value in (name, sort_key(name))],
        )


def _pages(text: str, size: int) -> list[list[str]]:
    """Every window of the search, each read from the key of the one before (as the People page scrolls)."""
    pages: list[list[str]] = []
    window = people.read_window(text, limit=size)
    while window.rows:
        pages.append([row.name for row in window.rows])
        window = people.read_window(text, limit=size, after=window.last)
    return pages


@on_a_team_server
def test_every_way_of_a_search_gives_the_windows_of_the_sorted_matches(
    db: object, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marzipan is rare among the "Mar…" people: with a walk of five people the window falls back to the index."""
    _add([f"Mara Nr{n:02d}" for n in range(12)] + ["Marzipan Baker", "Carl Marzipan", "Zed Marzipan"])
    _add(["Márta Kovács", "Tom Weber", "Tina Wolf"])
    monkeypatch.setattr(search, "_REACH", 5)

    # a word of up to three letters: its own prefix
    assert _pages("mar", 6) == [
        ["Carl Marzipan", "Mara Nr00", "Mara Nr01", "Mara Nr02", "Mara Nr03", "Mara Nr04"],
        ["Mara Nr05", "Mara Nr06", "Mara Nr07", "Mara Nr08", "Mara Nr09", "Mara Nr10"],
        ["Mara Nr11", "Márta Kovács", "Marzipan Baker", "Zed Marzipan"],
    ]
    # longer: the "mar" people walked and checked; rare among them, so the index answers
    assert _pages("marzip", 2) == [["Carl Marzipan", "Marzipan Baker"], ["Zed Marzipan"]]
    # dense among them: the walk fills the window
    assert _pages("mara", 5)[1] == ["Mara Nr05", "Mara Nr06", "Mara Nr07", "Mara Nr08", "Mara Nr09"]
    # accents folded, several words, the longest walked
    assert _pages("marta", 5) == [["Márta Kovács"]]
    assert _pages("Kovács m", 5) == [["Márta Kovács"]]
    assert _pages("t w", 5) == [["Tina Wolf", "Tom Weber"]]
    assert _pages("zed marz", 5) == [["Zed Marzipan"]]
    assert _pages("xyz", 5) == []


@on_a_team_server
def test_a_search_follows_renames_new_companies_and_deletes(db: object, backend: str) -> None:
    """The prefixes are kept by the index's triggers: a rename moves a person in the order and out of a prefix."""
    lena = people.create_person({"name": "Lena Fischer", "company": "Acme GmbH"}).value
    people.create_person({"name": "Karl Acker"})
    assert _pages("ac", 5) == [["Karl Acker", "Lena Fischer"]]
    people.update_person(lena, {"name": "Anna Lena Fischer"})
    assert _pages("ac", 5) == [["Anna Lena Fischer", "Karl Acker"]]
    people.update_person(lena, {"company": "Umbrella"})
    assert _pages("ac", 5) == [["Karl Acker"]]
    assert _pages("umb", 5) == [["Anna Lena Fischer"]]
    DB.obj.execute_sql("UPDATE person SET sort_key = 'zzz' WHERE id = ?", [lena])  # the order alone
    assert _pages("a", 5) == [["Karl Acker", "Anna Lena Fischer"]]
    DB.obj.execute_sql("DELETE FROM person WHERE id = ?", [lena])
    assert _pages("fisch", 5) == []
    assert check() == []


@on_a_team_server
def test_the_check_finds_a_prefix_list_out_of_step_with_the_people(db: object, backend: str) -> None:
    tom = people.create_person({"name": "Tom Weber"}).value
    assert check() == []
    DB.obj.execute_sql("UPDATE person_prefix SET sort_key = 'a' WHERE id = ?", [tom])  # listed in the wrong place
    assert check() == ["search index is out of step with the people (missing, extra or out-of-date rows)"]
    search.rebuild(DB.obj)
    assert check() == []
    assert _pages("we", 5) == [["Tom Weber"]]
