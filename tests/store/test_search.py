"""Full-text search: prefixes, folded accents, and an index kept in step with every write."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from desktop.core import people, timeline
from desktop.store import search
from desktop.store.database import close_database, open_sqlite, schema_version
from desktop.store.maintenance import check
from desktop.store.models import DB, Company, Person


def _names(text: str) -> list[str]:
    """The matches in name order; the People page's first window of the search lists the same."""
    listed = [row.name for row in people.list_people(text)]
    if people.is_search(text):
        assert [row.name for row in people.read_window(text, limit=200).rows] == listed
    return listed


def test_accents_are_folded_both_ways(db: object) -> None:
    people.create_person({"name": "Zoë Martin"})
    people.create_person({"name": "Jürgen Krüger"})
    people.create_person({"name": "Zoe Adams"})
    assert _names("zoe") == ["Zoe Adams", "Zoë Martin"]
    assert _names("Zoë") == ["Zoe Adams", "Zoë Martin"]
    assert _names("jurg") == ["Jürgen Krüger"]
    assert _names("krüger") == ["Jürgen Krüger"]


def test_one_to_three_letter_prefixes_and_several_words(db: object) -> None:
    people.create_person({"name": "Tom Weber", "company": "Acme GmbH", "title": "Senior Recruiter"})
    people.create_person({"name": "Tina Wolf", "company": "Globex AG", "title": "Data Analyst"})
    assert _names("t") == ["Tina Wolf", "Tom Weber"]
    assert _names("to") == ["Tom Weber"]
    assert _names("acm") == ["Tom Weber"]
    assert _names("data an") == ["Tina Wolf"]
    assert _names("t glob") == ["Tina Wolf"]
    assert people.count_people("t") == 2
    assert _names("xyz") == []


def test_email_and_tags_are_searchable(db: object) -> None:
    pid = people.create_person({"name": "Ana Silva", "email": "ana@initech.example", "tags": ["berlin-meetup"]}).value
    assert _names("initech") == ["Ana Silva"]
    assert _names("meetup") == ["Ana Silva"]
    people.update_person(pid, {"tags": ["conference"]})
    assert _names("meetup") == []
    assert _names("confer") == ["Ana Silva"]


def test_punctuation_and_quotes_in_the_query_are_harmless(db: object) -> None:
    people.create_person({"name": "O'Brien Kelly"})
    assert _names('o"brien') == ["O'Brien Kelly"]
    assert _names("AND OR NOT (") == []
    assert _names("  ") == ["O'Brien Kelly"]  # no words: everyone


def test_words_joined_by_underscores_or_dots_are_searched_as_words(db: object) -> None:
    """An underscore separates words, as in the index: "ana_silva" is two words, each matched as a prefix."""
    people.create_person({"name": "Ana Silva", "email": "ana.silva@initech.example"})
    people.create_person({"name": "Anabel Silvano"})
    assert _names("ana_silva") == ["Ana Silva", "Anabel Silvano"]
    assert _names("ana.silva@initech") == ["Ana Silva"]
    assert _names("sil_an") == ["Ana Silva", "Anabel Silvano"]


def test_index_follows_edits_renames_and_deletes(db: object) -> None:
    pid = people.create_person({"name": "Lena Fischer", "company": "Acme GmbH"}).value
    people.update_person(pid, {"name": "Lena Schmidt"})
    assert _names("fischer") == []
    assert _names("schmidt") == ["Lena Schmidt"]
    Company.update(name="Umbrella Corp").where(Company.name == "Acme GmbH").execute()
    assert _names("umbrella") == ["Lena Schmidt"]
    Person.delete().where(Person.id == pid).execute()
    assert _names("lena") == []
    assert check() == []


def test_interactions_are_searchable_newest_first(db: object) -> None:
    pid = people.create_person({"name": "Tom Weber"}).value
    first = timeline.add_note(pid, "Talked about the Café analytics team", datetime(2026, 1, 5, 9, 0)).value
    second = timeline.log_interaction(
        pid, "email", "in", datetime(2026, 2, 1, 9, 0), subject="Analytics role", body="New opening"
    ).value
    assert search.interaction_ids(DB.obj, "analyt") == [second, first]
    assert search.interaction_ids(DB.obj, "cafe") == [first]
    assert search.interaction_ids(DB.obj, "opening", person_id=pid) == [second]


def test_a_malformed_linkedin_url_is_kept_and_matched_without_crashing(db: object) -> None:
    from desktop.core.normalize import linkedin_key
    from desktop.interop.archive import import_document

    assert linkedin_key("http://[x") == "[x"
    document = {
        "format": "rebound-archive",
        "version": 1,
        "people": [{"id": "p1", "name": "Odd Url", "linkedin_url": "http://[x"}],
    }
    assert import_document(document).created == 1
    assert import_document(document).created == 0  # matched by the same key on re-import


def test_a_read_only_database_of_an_older_schema_is_searched(tmp_path: Path) -> None:
    """A damaged file or one on a read-only medium opens as it is, never migrated: without the newest indexes."""
    stored = sorted(
        (Path(__file__).parents[1] / "data" / "migrations").glob("rebound-v*.db"),
        key=lambda path: int(path.stem.removeprefix("rebound-v")),
    )[-1]  # the schema just before the newest migration
    old = tmp_path / stored.name
    shutil.copyfile(stored, old)
    database = open_sqlite(old, read_only=True)
    try:
        assert schema_version(database) == int(stored.stem.removeprefix("rebound-v"))
        assert [row.name for row in people.read_window("weber", limit=200).rows] == ["Tom Weber"]
        assert [row.name for row in people.read_window("tom web", limit=200).rows] == ["Tom Weber"]
    finally:
        close_database()
