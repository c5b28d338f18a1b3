"""Schema version 11: what a team sharing one database needs to know about each record.

* ``person.version`` and ``opening.version``: optimistic locking. A save names the version it read
  (``desktop.core.people.update_person(expected_version=…)``); when someone else saved in between, no row matches
  and the save is reported as a conflict instead of overwriting theirs. Interactions are only ever added: they never
  conflict.
* ``changed_by`` / ``changed_at`` on people and openings: who saved last, and when; ``person.owner``: the team member
  who holds the relationship.
* ``interaction.private`` / ``interaction.author``: a private note is its author's alone.

On SQLite (one person, one file) the columns are there and stay quiet: no trigger is added, so nothing a personal
database does costs more. On PostgreSQL the server keeps them: the version goes up and ``changed_by`` /
``changed_at`` are set on every update of a person or opening (``current_user``, the member's own role);
``owner`` and ``author`` default to the member who adds the row; row-level security lets only the author read a
private interaction; and every write to a table the screens show sends a notification (``NOTIFY rebound_changes``)
that the other desktops listen for.
"""

from __future__ import annotations

import peewee as pw

COLUMNS = [
    "ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE person ADD COLUMN changed_by TEXT",
    "ALTER TABLE person ADD COLUMN changed_at DATETIME",
    "ALTER TABLE person ADD COLUMN owner TEXT",
    "ALTER TABLE opening ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE opening ADD COLUMN changed_by TEXT",
    "ALTER TABLE opening ADD COLUMN changed_at DATETIME",
    "ALTER TABLE interaction ADD COLUMN private INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE interaction ADD COLUMN author TEXT",
]

# the tables whose writes another desktop must hear about (those the screens show)
NOTIFIED = ("person", "company", "interaction", "opening", "process", "process_contact", "connection", "person_tag",
            "tag", "suggestion_state", "setting", "profile")  # fmt: skip

POSTGRESQL = [
    *(column.replace("DATETIME", "TIMESTAMP") for column in COLUMNS),
    "ALTER TABLE person ALTER COLUMN owner SET DEFAULT current_user",
    "ALTER TABLE person ALTER COLUMN changed_by SET DEFAULT current_user",
    "ALTER TABLE person ALTER COLUMN changed_at SET DEFAULT localtimestamp",
    "ALTER TABLE opening ALTER COLUMN changed_by SET DEFAULT current_user",
    "ALTER TABLE opening ALTER COLUMN changed_at SET DEFAULT localtimestamp",
    "ALTER TABLE interaction ALTER COLUMN author SET DEFAULT current_user",
    """CREATE FUNCTION rebound_versioned() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.version = OLD.version THEN NEW.version := OLD.version + 1; END IF;
        NEW.changed_by := current_user;
        NEW.changed_at := localtimestamp;
        RETURN NEW; END $$""",
    # the last contact kept on a person (migration 6) is no edit of theirs: it leaves the version alone
    """CREATE TRIGGER person_versioned BEFORE UPDATE OF name, first_name, last_name, email, phone, linkedin_url,
        company_id, title, role, connected, connected_on, language, do_not_contact, archived, skills, location, notes,
        owner ON person FOR EACH ROW EXECUTE FUNCTION rebound_versioned()""",
    """CREATE TRIGGER opening_versioned BEFORE UPDATE OF company_id, title, url, keywords, status, discovered_on, mine
        ON opening FOR EACH ROW EXECUTE FUNCTION rebound_versioned()""",
    """CREATE FUNCTION rebound_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        PERFORM pg_notify('rebound_changes', TG_TABLE_NAME); RETURN NULL; END $$""",
    *(
        f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION rebound_notify()"
        for table in NOTIFIED
    ),
    # private interactions: their author's alone, enforced by the server for every role but the schema's owner
    "ALTER TABLE interaction ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY interaction_private ON interaction USING (private = 0 OR author = current_user)",
]


def upgrade(db: pw.Database) -> None:
    for statement in COLUMNS:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    for statement in POSTGRESQL:
        db.execute_sql(statement)
