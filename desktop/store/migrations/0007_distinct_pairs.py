"""Schema version 7: pairs of people judged "not the same person", remembered across sessions.

"Possible duplicates" no longer offers a pair the user has turned down. A pair goes with either
person (erased, or merged into someone else); ``a < b``.
"""

from __future__ import annotations

import peewee as pw

STATEMENTS = [
    """CREATE TABLE distinct_pair (
        a INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        b INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        PRIMARY KEY (a, b), CHECK (a < b)) WITHOUT ROWID""",
    "CREATE INDEX distinct_pair_b ON distinct_pair (b)",
]


def upgrade(db: pw.Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    db.execute_sql(STATEMENTS[0].replace(" WITHOUT ROWID", ""))
    db.execute_sql(STATEMENTS[1])
