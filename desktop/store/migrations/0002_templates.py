"""Schema version 2: message templates edited by the user, a covering index for touch facts, and
search triggers that leave the rows of a running bulk import to its final indexing pass."""

from __future__ import annotations

import peewee as pw

PERSON_ROW = """INSERT INTO person_fts (rowid, name, company, title, email, tags)
    SELECT p.id, p.name, (SELECT c.name FROM company c WHERE c.id = p.company_id), p.title, p.email,
           (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id)
      FROM person p WHERE p.id = {person}"""

STATEMENTS = [
    """CREATE TABLE message_template (language TEXT NOT NULL, action TEXT NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (language, action))""",
    "CREATE INDEX interaction_touch ON interaction (person_id, direction, kind, at)",
    "DROP TRIGGER person_fts_au",
    f"""CREATE TRIGGER person_fts_au AFTER UPDATE OF name, company_id, title, email ON person
        WHEN NOT EXISTS (SELECT 1 FROM search_pause WHERE new.id > person_above) BEGIN
        DELETE FROM person_fts WHERE rowid = old.id;
        {PERSON_ROW.format(person="new.id")}; END""",
    "DROP TRIGGER person_tag_fts_ad",
    f"""CREATE TRIGGER person_tag_fts_ad AFTER DELETE ON person_tag
        WHEN NOT EXISTS (SELECT 1 FROM search_pause WHERE old.person_id > person_above) BEGIN
        DELETE FROM person_fts WHERE rowid = old.person_id;
        {PERSON_ROW.format(person="old.person_id")}; END""",
    "DROP TRIGGER interaction_fts_ad",
    """CREATE TRIGGER interaction_fts_ad AFTER DELETE ON interaction
        WHEN NOT EXISTS (SELECT 1 FROM search_pause WHERE old.id > interaction_above) BEGIN
        INSERT INTO interaction_fts (interaction_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body); END""",
    "DROP TRIGGER interaction_fts_au",
    """CREATE TRIGGER interaction_fts_au AFTER UPDATE OF subject, body ON interaction
        WHEN NOT EXISTS (SELECT 1 FROM search_pause WHERE old.id > interaction_above) BEGIN
        INSERT INTO interaction_fts (interaction_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
        INSERT INTO interaction_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body); END""",
]


def upgrade(db: pw.Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    """The table and the index; PostgreSQL's search triggers need no change (a bulk import runs them)."""
    db.execute_sql(STATEMENTS[0])
    db.execute_sql(STATEMENTS[1])
