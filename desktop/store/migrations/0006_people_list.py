"""Schema version 6: the People list reads one index.

A window of the People list (name, company, title, role, e-mail, connected, last contact for
200 people in name order) used to visit ~200 scattered person rows and ~200 leaves of the
interaction index for the last contacts: ~450 page reads, each one decrypted on an encrypted
file. Now:

* ``person.last_contact`` is the newest interaction with a direction (in or out), kept by
  triggers on ``interaction``. The application never writes it (it is not a model field). A
  bulk import pauses the insert trigger (``search_pause``) and recomputes the people it touched
  in one statement at its end (``desktop.store.search.bulk_insert``).
* ``person_list`` covers the list's columns in name order and replaces ``person_sort_key``
  (same leading column, so name lookups and the prefix walk of short searches use it as before).
  The first window reads a few leaf pages of it and the companies.
"""

from __future__ import annotations

import peewee as pw

TOUCH = "direction IN ('in', 'out')"
LAST_CONTACT = f"(SELECT max(i.at) FROM interaction i WHERE i.person_id = person.id AND i.{TOUCH})"

STATEMENTS = [
    "ALTER TABLE person ADD COLUMN last_contact DATETIME",
    f"UPDATE person SET last_contact = {LAST_CONTACT}",
    "DROP INDEX person_sort_key",
    "CREATE INDEX person_list ON person (sort_key, id, name, company_id, title, role, email, connected, last_contact)",
    f"""CREATE TRIGGER person_last_contact_ai AFTER INSERT ON interaction
        WHEN new.{TOUCH} AND NOT EXISTS (SELECT 1 FROM search_pause WHERE new.id > interaction_above) BEGIN
        UPDATE person SET last_contact = new.at
         WHERE id = new.person_id AND (last_contact IS NULL OR last_contact < new.at); END""",
    f"""CREATE TRIGGER person_last_contact_ad AFTER DELETE ON interaction WHEN old.{TOUCH} BEGIN
        UPDATE person SET last_contact = {LAST_CONTACT}
         WHERE id = old.person_id AND coalesce(last_contact, '') <= old.at; END""",
    f"""CREATE TRIGGER person_last_contact_au AFTER UPDATE OF person_id, direction, at ON interaction
        WHEN old.{TOUCH} OR new.{TOUCH} BEGIN
        UPDATE person SET last_contact = {LAST_CONTACT} WHERE id IN (old.person_id, new.person_id); END""",
]


def upgrade(db: pw.Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    """The same column and index; one trigger function keeps last_contact (a bulk import runs it per row)."""
    db.execute_sql("ALTER TABLE person ADD COLUMN last_contact TIMESTAMP")
    db.execute_sql(STATEMENTS[1])
    db.execute_sql(STATEMENTS[2])
    db.execute_sql(STATEMENTS[3])
    db.execute_sql(
        f"""CREATE FUNCTION rebound_last_contact() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.{TOUCH} THEN
            UPDATE person SET last_contact = {LAST_CONTACT} WHERE id = OLD.person_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.{TOUCH} THEN
            UPDATE person SET last_contact = NEW.at
             WHERE id = NEW.person_id AND (last_contact IS NULL OR last_contact < NEW.at);
        END IF;
        RETURN NULL; END $$"""
    )
    db.execute_sql(
        "CREATE TRIGGER person_last_contact AFTER INSERT OR DELETE OR UPDATE OF person_id, direction, at "
        "ON interaction FOR EACH ROW EXECUTE FUNCTION rebound_last_contact()"
    )
