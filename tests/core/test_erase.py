"""Erasing a person completely: rows, links, search index and file bytes — and they stay erased after a restore."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core import backups, erase, network, people, timeline, unlock
from desktop.core.reconnect import actions
from desktop.store import maintenance
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import (
    DB,
    Company,
    Connection,
    Erasure,
    Interaction,
    Opening,
    Person,
    Process,
    ProcessContact,
    SuggestionState,
    Tag,
)
from tests.memory_keyring import install_memory_keyring

TODAY = date(2026, 3, 2)
# words that belong to the erased person alone
THEIR_WORDS = ("Zebulon", "Quartermaine", "zeb@secretcorp.example", "linkedin.com/in/zebq", "Xylophone", "zebfan")


@pytest.fixture
def url(db_path: Path) -> Iterator[str]:
    yield f"sqlite:///{db_path}"
    close_database()


def world() -> tuple[int, int]:
    """The person to erase (Zebulon), and Ada, who shares a company, a tag and an edge with them."""
    zeb = people.create_person({
        "name": "Zebulon Quartermaine", "email": "zeb@secretcorp.example", "linkedin_url": "linkedin.com/in/zebq",
        "company": "Acme GmbH", "tags": ["zebfan", "berlin"], "notes": "Plays the Xylophone",
    }).value  # fmt: skip
    ada = people.create_person({"name": "Ada Lovelace", "company": "Acme GmbH", "tags": ["berlin"]}).value
    timeline.add_note(zeb, "Xylophone concert on Friday", datetime(2026, 1, 5, 9, 0))
    timeline.log_interaction(zeb, "email", "out", datetime(2026, 1, 6, 9, 0), channel="email",
                             subject="Xylophone", body="Hello Zebulon")  # fmt: skip
    timeline.add_note(ada, "Knows Zeb from school", datetime(2026, 1, 7, 9, 0))
    network.connect(zeb, ada, "worked_with", 3)
    acme = Company.get(Company.name == "Acme GmbH")
    opening = Opening.create(company=acme, title="Data Analyst")
    recruiting = Process.create(opening=opening, outcome="rejected")
    ProcessContact.create(process=recruiting, person=zeb, role="recruiter")
    ProcessContact.create(process=recruiting, person=ada, role="hiring_manager")
    Process.create(opening=opening, candidate=zeb, outcome="rejected", stage_reached="final")
    actions.snooze(f"check_in/{zeb}/", date(2026, 5, 1), TODAY)
    actions.snooze(f"check_in/{ada}/", date(2026, 5, 1), TODAY)
    return zeb, ada


def _fts(table: str, word: str) -> int:
    """Matches of ``word`` in the people's or the interactions' search index (either backend's)."""
    from desktop.store import search

    if table == "person_fts":
        return search.person_count(DB.obj, word)
    return len(search.interaction_ids(DB.obj, word))


def test_erase_removes_the_person_and_everything_about_them_alone(db: object) -> None:
    zeb, ada = world()

    erased = erase.erase_person(zeb, TODAY)

    assert (erased.interactions, erased.connections, erased.process_links, erased.processes) == (2, 1, 1, 1)
    assert Person.get_or_none(Person.id == zeb) is None
    assert Interaction.select().where(Interaction.person == zeb).count() == 0
    assert Connection.select().count() == 0
    assert ProcessContact.select().where(ProcessContact.person == zeb).count() == 0
    assert Process.select().where(Process.candidate == zeb).count() == 0
    assert [s.key for s in SuggestionState.select()] == [f"check_in/{ada}/"]
    assert sorted(t.name for t in Tag.select()) == ["berlin"]  # their own tag went, the shared one stays
    for word in ("zebulon", "quartermaine", "secretcorp", "zebfan"):
        assert _fts("person_fts", word) == 0, word
    assert _fts("interaction_fts", "xylophone") == 0
    assert people.list_people("zeb") == []
    # Ada and what is hers are untouched
    assert people.get_person(ada).tags == ["berlin"]
    assert [e.body for e in timeline.timeline(ada)] == ["Knows Zeb from school"]
    assert ProcessContact.select().where(ProcessContact.person == ada).count() == 1
    assert maintenance.check() == []


def test_nothing_of_them_is_left_in_the_file_or_its_wal(db_path: Path, db: object) -> None:
    zeb, _ = world()
    DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db_path.read_bytes()
    assert all(word.encode() in before for word in THEIR_WORDS)  # a plain file: the words were readable

    erase.erase_person(zeb, TODAY)

    for path in (db_path, Path(f"{db_path}-wal")):
        raw = path.read_bytes() if path.exists() else b""
        left = [word for word in THEIR_WORDS if word.encode().lower() in raw.lower()]
        assert left == [], f"{path.name} still holds {left}"
    assert b"Ada Lovelace" in db_path.read_bytes()


def test_statistics_that_sample_index_keys_are_refreshed(db_path: Path, db: object) -> None:
    zeb, _ = world()
    DB.obj.execute_sql("ANALYZE")  # sqlite_stat4 keeps sample rows of indexes (names, e-mails)
    erase.erase_person(zeb, TODAY)
    assert b"Quartermaine" not in db_path.read_bytes()


def test_the_erasure_record_holds_no_personal_data(db: object) -> None:
    zeb, _ = world()
    erase.erase_person(zeb, TODAY)
    (record,) = erase.records()
    assert record.erased_on == TODAY
    stored = " ".join(str(v) for v in Erasure.select().dicts().get().values()).lower()
    for word in ("zebulon", "quartermaine", "secretcorp", "zebq", "acme"):
        assert word not in stored
    assert all(len(h or "") == 64 for h in (record.email_hash, record.linkedin_hash, record.name_hash))


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_restored_older_backup_does_not_bring_them_back(
    url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch, encrypted: bool
) -> None:
    install_memory_keyring(monkeypatch)
    unlock.open_unlocked(url, encrypt=encrypted)
    zeb, ada = world()
    old_backup = maintenance.backup()
    erase.erase_person(zeb, TODAY)
    close_database()

    restored = backups.restore_backup(url, old_backup)

    assert restored.erased_again == 1
    unlock.open_unlocked(url)
    assert [p.name for p in people.list_people()] == ["Ada Lovelace"]
    assert people.list_people("zebul") == []
    assert _fts("interaction_fts", "xylophone") == 0
    assert len(erase.records()) == 1  # the record itself survives the restore
    assert maintenance.check() == []
    if not encrypted:
        assert b"Quartermaine" not in db_path.read_bytes()


def test_a_backup_from_before_the_erasure_table_existed_is_cleaned_too(url: str, db_path: Path, tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "rebound-v2.db"  # schema version 2, holding the spec example (Tom Weber …)
    shutil.copyfile(Path(__file__).parents[1] / "data" / "migrations" / "rebound-v2.db", old)
    backups.restore_backup(url, old)
    open_sqlite(db_path)
    tom = people.find_person("Tom Weber")
    erase.erase_person(tom, TODAY)
    close_database()

    restored = backups.restore_backup(url, old)

    assert restored.erased_again == 1
    open_sqlite(db_path)
    assert people.list_people("tom weber") == []


def _restored_like(records: list[erase.ErasureRecord], *fields: dict[str, object]) -> list[str]:
    for values in fields:
        people.create_person(values)
    erase.reapply(records, compact=False)
    return [p.name for p in people.list_people()]


def test_matching_by_name_and_company_yields_to_a_differing_email(db: object) -> None:
    zeb = people.create_person({"name": "Sam Lee", "company": "Globex", "email": "sam@globex.example"}).value
    erase.erase_person(zeb, TODAY, compact=False)
    records = erase.records()

    survivors = _restored_like(
        records,
        {"name": "Sam Lee", "company": "Globex", "email": "other.sam@globex.example"},  # another Sam: kept
        {"name": "Sam Lee", "company": "Initech"},  # another company: kept
        {"name": "sam  LEE", "company": "GLOBEX"},  # same name + company, no e-mail: erased
        {"name": "Samuel Lee", "email": "SAM@globex.example"},  # the same e-mail: erased
    )

    assert sorted(survivors) == ["Sam Lee", "Sam Lee"]
    assert {people.get_person(i).email for i in people.people_ids()} == {"other.sam@globex.example", None}


def test_erasing_someone_who_does_not_exist(db: object) -> None:
    from desktop.errors import NotFound

    with pytest.raises(NotFound):
        erase.erase_person(4242, TODAY)
    assert erase.records() == []


def test_the_kept_copy_of_the_today_cards_forgets_them(db_path: Path, db: object) -> None:
    assert "plan_cache" in DB.obj.get_tables()  # the schema keeps a copy of the Today cards (migration 0004)
    zeb, _ = world()
    DB.obj.execute_sql("UPDATE plan_cache SET payload = ?", ['[{"name": "Zebulon Quartermaine"}]'])
    erase.erase_person(zeb, TODAY)
    assert DB.obj.execute_sql("SELECT payload FROM plan_cache").fetchone() == (None,)
    assert b"Quartermaine" not in db_path.read_bytes()
