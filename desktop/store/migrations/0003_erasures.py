"""Schema version 3: erasure records — who was erased, kept without personal data.

A row holds keyed hashes (HMAC-SHA256 with the row's random salt) of the erased person's
normalized e-mail, LinkedIn URL and name + company, and the day of the erasure: enough to
recognise the person again in an older backup that is restored, not enough to name them.
"""

from __future__ import annotations

import peewee as pw

STATEMENTS = [
    """CREATE TABLE erasure (
        id INTEGER PRIMARY KEY, salt TEXT NOT NULL, email_hash TEXT, linkedin_hash TEXT, name_hash TEXT,
        erased_on DATE NOT NULL)""",
]


def upgrade(db: pw.Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    db.execute_sql(STATEMENTS[0].replace("id INTEGER PRIMARY KEY", "id SERIAL PRIMARY KEY"))
    db.execute_sql(
        "CREATE TRIGGER erasure_sync_id AFTER INSERT ON erasure FOR EACH STATEMENT EXECUTE FUNCTION rebound_sync_id()"
    )
