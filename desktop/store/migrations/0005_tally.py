"""Schema version 5: the number of people, kept by triggers.

``count(*)`` reads a whole index: a few milliseconds at 100,000 people, and more on an encrypted
file where every page read is decrypted. The People page asks for the number at every start.
"""

from __future__ import annotations

import peewee as pw

STATEMENTS = [
    "CREATE TABLE tally (name TEXT PRIMARY KEY, n INTEGER NOT NULL)",
    "INSERT INTO tally (name, n) SELECT 'person', count(*) FROM person",
    """CREATE TRIGGER tally_person_ai AFTER INSERT ON person BEGIN
        UPDATE tally SET n = n + 1 WHERE name = 'person'; END""",
    """CREATE TRIGGER tally_person_ad AFTER DELETE ON person BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'person'; END""",
]


def upgrade(db: pw.Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    """The same count, kept by statement-level triggers (one update per statement, not per row)."""
    db.execute_sql(STATEMENTS[0])
    db.execute_sql(STATEMENTS[1])
    db.execute_sql(
        "CREATE FUNCTION rebound_tally_person() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN UPDATE tally SET n = n + (SELECT count(*) FROM added) WHERE name = 'person'; "
        "ELSE UPDATE tally SET n = n - (SELECT count(*) FROM removed) WHERE name = 'person'; END IF; "
        "RETURN NULL; END $$"
    )
    db.execute_sql(
        "CREATE TRIGGER tally_person_ai AFTER INSERT ON person REFERENCING NEW TABLE AS added "
        "FOR EACH STATEMENT EXECUTE FUNCTION rebound_tally_person()"
    )
    db.execute_sql(
        "CREATE TRIGGER tally_person_ad AFTER DELETE ON person REFERENCING OLD TABLE AS removed "
        "FOR EACH STATEMENT EXECUTE FUNCTION rebound_tally_person()"
    )
