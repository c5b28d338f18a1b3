"""Schema version 9: a job change keeps the companies it was between as fields of its own.

Until schema 8 an import recorded a job change only as the subject text "Acme GmbH → Globex AG",
and the rules read the new company back out of that text. ``from_company`` and ``to_company``
(names, as they were at the change: a company renamed or deleted later does not rewrite history)
now hold them; this step fills them from the subject of every stored job change that has one.
"""

from __future__ import annotations

import peewee as pw

ARROW = "→"  # the separator schema 8's importers wrote; frozen here, whatever later code writes


def upgrade(db: pw.Database) -> None:
    db.execute_sql("ALTER TABLE interaction ADD COLUMN from_company TEXT")
    db.execute_sql("ALTER TABLE interaction ADD COLUMN to_company TEXT")
    rows = db.execute_sql(
        "SELECT id, subject FROM interaction WHERE kind = 'job_change' AND instr(subject, ?) > 0", [ARROW]
    ).fetchall()
    for interaction_id, subject in rows:
        before, _, after = subject.rpartition(ARROW)  # as schema 8's reader did: the new company follows the last arrow
        db.execute_sql(
            "UPDATE interaction SET from_company = ?, to_company = ? WHERE id = ?",
            [before.strip() or None, after.strip() or None, interaction_id],
        )


def upgrade_postgresql(db: pw.Database) -> None:
    db.execute_sql("ALTER TABLE interaction ADD COLUMN from_company TEXT")
    db.execute_sql("ALTER TABLE interaction ADD COLUMN to_company TEXT")
    db.execute_sql(
        "UPDATE interaction SET from_company = nullif(btrim(substring(subject FROM '^(.*)' || %s)), ''), "
        "to_company = nullif(btrim(substring(subject FROM '.*' || %s || '(.*)$')), '') "
        "WHERE kind = 'job_change' AND strpos(subject, %s) > 0",
        [ARROW, ARROW, ARROW],
    )
