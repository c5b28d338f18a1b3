"""Schema version 2: message templates edited by the user, and a covering index for touch facts."""

from __future__ import annotations

import peewee as pw


def upgrade(db: pw.Database) -> None:
    db.execute_sql(
        "CREATE TABLE message_template (language TEXT NOT NULL, action TEXT NOT NULL, text TEXT NOT NULL, "
        "PRIMARY KEY (language, action))"
    )
    db.execute_sql("CREATE INDEX interaction_touch ON interaction (person_id, direction, kind, at)")
