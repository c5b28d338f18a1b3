"""Every stored database of an earlier schema upgrades to exactly the schema a fresh database gets."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from desktop.store import migrations
from desktop.store.database import close_database, open_sqlite, schema_version
from desktop.store.maintenance import check
from desktop.store.models import ALL_MODELS, DB, TRIGGER_KEPT_COLUMNS, Person

STORED = sorted((Path(__file__).parents[1] / "data" / "migrations").glob("rebound-v*.db"))


def _schema(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {f"{kind} {name}": " ".join((sql or "").split()) for kind, name, sql in rows}
    finally:
        connection.close()


def test_every_earlier_schema_version_has_a_stored_database() -> None:
    versions = {int(p.stem.removeprefix("rebound-v")) for p in STORED}
    steps = {number for number, _ in migrations.steps()}  # numbers may skip (a step numbered on another branch)
    assert versions == steps - {migrations.latest_version()}


@pytest.mark.parametrize("stored", STORED, ids=lambda p: p.stem)
def test_stored_database_upgrades_to_the_fresh_schema(stored: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    open_sqlite(fresh)
    close_database()

    old = tmp_path / stored.name
    shutil.copyfile(stored, old)
    database = open_sqlite(old)
    try:
        assert schema_version(database) == migrations.latest_version()
        assert check() == []
        # the data of the old version survives the upgrade
        assert Person.select().where(Person.name == "Tom Weber").count() == 1
    finally:
        close_database()
    assert _schema(old) == _schema(fresh)


def test_models_match_the_migrated_schema(db: object) -> None:
    """The peewee models and the migrations describe the same columns (but those only triggers write)."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in DB.obj.get_columns(table)} - TRIGGER_KEPT_COLUMNS.get(table, frozenset())
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_each_migration_runs_in_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails half-way leaves the database at the version before it."""
    from desktop.store import database as database_module

    def broken(db: pw.Database) -> None:  # a step works on the database it is given
        db.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    real_steps = migrations.steps()
    newest = real_steps[-1][0]  # numbers may skip: the newest step's number
    monkeypatch.setattr(migrations, "steps", lambda: [*real_steps, (newest + 1, broken)])
    monkeypatch.setattr(migrations, "latest_version", lambda: newest + 1)
    path = tmp_path / "x.db"
    with pytest.raises(RuntimeError):
        database_module.open_sqlite(path)
    connection = sqlite3.connect(path)
    try:
        (version,) = connection.execute("SELECT version FROM schema_version").fetchone()
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert version == newest
    assert "half_done" not in tables


def test_a_backup_is_taken_before_migrating_an_older_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.db"
    open_sqlite(path)
    close_database()
    real_steps = migrations.steps()
    extra = real_steps[-1][0] + 1  # numbers may skip: one past the newest

    def add_column(db: pw.Database) -> None:  # a step works on the database it is given
        db.execute_sql("ALTER TABLE person ADD COLUMN pronouns TEXT")

    monkeypatch.setattr(migrations, "steps", lambda: [*real_steps, (extra, add_column)])
    monkeypatch.setattr(migrations, "latest_version", lambda: extra)
    open_sqlite(path)
    close_database()
    backup = tmp_path / f"x.db.pre-migration-v{extra - 1}.bak"
    assert backup.exists()
    assert oct(backup.stat().st_mode & 0o777) == oct(0o600)
    assert "pronouns" not in {c[1] for c in sqlite3.connect(backup).execute("PRAGMA table_info(person)")}


def test_schema_9_gives_the_stored_job_changes_their_companies(tmp_path: Path) -> None:
    """Schema 8 wrote a job change as its subject "A → B" only: the upgrade reads the companies from it."""
    old = tmp_path / "rebound-v8.db"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "migrations" / "rebound-v8.db", old)
    connection = sqlite3.connect(old)
    try:
        (person_id,) = connection.execute("SELECT id FROM person WHERE name = 'Tom Weber'").fetchone()
        for subject in ("Acme GmbH → Globex AG", "Nordwind AG → Globex → Hooli", "Moved on", None):
            connection.execute(
                "INSERT INTO interaction (person_id, kind, direction, at, subject) "
                "VALUES (?, 'job_change', 'none', '2026-02-01 09:00:00', ?)",
                [person_id, subject],
            )
        connection.execute(
            "INSERT INTO interaction (person_id, kind, direction, at, subject) "
            "VALUES (?, 'email', 'out', '2026-02-02 09:00:00', 'Re: Acme → Globex')",
            [person_id],
        )
        connection.commit()
    finally:
        connection.close()

    open_sqlite(old)
    try:
        rows = DB.obj.execute_sql(
            "SELECT kind, subject, from_company, to_company FROM interaction "
            "WHERE kind = 'job_change' OR subject LIKE 'Re:%' ORDER BY id"
        ).fetchall()
    finally:
        close_database()
    assert rows == [
        ("job_change", "Acme GmbH → Globex AG", "Acme GmbH", "Globex AG"),
        ("job_change", "Nordwind AG → Globex → Hooli", "Nordwind AG → Globex", "Hooli"),
        ("job_change", "Moved on", None, None),
        ("job_change", None, None, None),
        ("email", "Re: Acme → Globex", None, None),
    ]
