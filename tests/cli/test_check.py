"""`rebound check`: integrity of the database and of its search index."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Rebound
from tests.cli.helpers import sql


def test_sound_database_is_ok(loaded: Rebound) -> None:
    result = loaded("check")
    assert result.code == 0, result.err
    assert result.out.startswith("ok")
    assert result.err == ""


def test_new_database_is_ok(rebound: Rebound) -> None:
    result = rebound("check")
    assert result.code == 0
    assert result.out.startswith("ok")


def test_ok_after_reimport_and_log(loaded: Rebound) -> None:
    document = loaded.exported()
    document["people"][0]["name"] = "Thomas Weber"
    document["people"][1]["title"] = "Director"
    loaded.load(document)
    loaded("log", "Ali Khan", "--kind", "call", "--direction", "out", "--text", "Quick chat")
    assert loaded("check").code == 0
    assert loaded.names("thomas") == ["Thomas Weber"]
    assert loaded.names("director") == ["Zoë Martin"]


CORRUPTIONS = {
    "a person missing from the index": "DELETE FROM person_fts WHERE rowid = (SELECT min(id) FROM person)",
    "the whole index emptied": "DELETE FROM person_fts",
    "a stale index row": "UPDATE person_fts SET name = 'Somebody Else' WHERE rowid = (SELECT min(id) FROM person)",
    "an indexed person who does not exist": "INSERT INTO person_fts (rowid, name) VALUES (9999, 'Ghost')",
}


@pytest.mark.parametrize("statement", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_search_index_out_of_step_exits_4(loaded: Rebound, statement: str) -> None:
    sql(loaded.db_path, statement)  # behind the triggers' back: they watch person, not person_fts
    result = loaded("check")
    assert result.code == 4
    assert "Traceback" not in result.err
    assert "search index" in result.err
    assert str(loaded.db_path) in result.err
    assert result.out == ""


def test_broken_reference_exits_4(loaded: Rebound) -> None:
    with_fk_off = "UPDATE person SET company_id = 4242 WHERE name = 'Ali Khan'"
    sql(loaded.db_path, with_fk_off)  # plain sqlite3 connections do not enforce foreign keys
    result = loaded("check")
    assert result.code == 4
    assert "person" in result.err
    assert "Traceback" not in result.err


def test_check_changes_nothing(loaded: Rebound) -> None:
    before = loaded.state()
    assert loaded("check").code == 0
    assert loaded.state() == before
