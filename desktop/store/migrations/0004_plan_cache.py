"""Schema version 4: a kept copy of the first Today cards, and the triggers that mark it stale.

Every table the rules or the cards read gets one trigger per kind of write. A trigger acts
only while the cache is armed (``WHEN``), so a bulk import pays for one update, not one per
row: the first write bumps the generation (the kept copy no longer matches it) and disarms.
"""

from __future__ import annotations

import peewee as pw

WATCHED = (
    "person", "company", "interaction", "process", "process_contact", "opening", "connection",
    "suggestion_state", "setting", "profile", "message_template",
)  # fmt: skip


def upgrade(db: pw.Database) -> None:
    db.execute_sql(
        "CREATE TABLE plan_cache (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL DEFAULT 0, "
        "armed INTEGER NOT NULL DEFAULT 0, day DATE, payload TEXT, payload_generation INTEGER)"
    )
    db.execute_sql("INSERT INTO plan_cache (id) VALUES (1)")
    for table in WATCHED:
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER plan_cache_{table}_{event.lower()} AFTER {event} ON {table} "
                "WHEN (SELECT armed FROM plan_cache WHERE id = 1) = 1 BEGIN "
                "UPDATE plan_cache SET armed = 0, generation = generation + 1 WHERE id = 1; END"
            )


def upgrade_postgresql(db: pw.Database) -> None:
    """The same cache; one statement-level trigger per watched table (a bulk write bumps the generation once)."""
    db.execute_sql(
        "CREATE TABLE plan_cache (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL DEFAULT 0, "
        "armed INTEGER NOT NULL DEFAULT 0, day DATE, payload TEXT, payload_generation INTEGER)"
    )
    db.execute_sql("INSERT INTO plan_cache (id) VALUES (1)")
    db.execute_sql(
        "CREATE FUNCTION rebound_plan_stale() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE plan_cache SET armed = 0, generation = generation + 1 WHERE id = 1 AND armed = 1; "
        "RETURN NULL; END $$"
    )
    for table in WATCHED:
        db.execute_sql(
            f"CREATE TRIGGER plan_cache_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION rebound_plan_stale()"
        )
