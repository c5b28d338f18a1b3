"""Schema version 14: a team server's people search in name order, and the names team members go by.

**Search (PostgreSQL only).** The People list shows a search's matches in name order, a window of 200 at a
time. The full-text index answers "which people match" but not "in which order": a one- or two-letter prefix
matches most people ("e": 90%), and sorting them all — or walking the name order and asking the index about
each person — cost up to a second a keystroke at 100,000 people. ``person_prefix`` holds, for every word of a
person's search text (the words ``person_fts`` holds), its first one, two and three letters with the person's
place in the name order: (``prefix``, ``sort_key``, ``id``), a btree in that order. A search for a word of up to
three letters reads the next window straight from it; a longer word or several words walk the prefix of their
longest word in name order and check each person against the whole query (``desktop.store.search``). It is kept
by the same triggers as ``person_fts`` (``rebound_index_people``), which now also run when ``sort_key`` changes.
The same prefixes (1, 2 and 3 letters) are what SQLite's FTS5 index keeps (``prefix='1 2 3'``).

``rebound_query`` becomes IMMUTABLE (unaccent's rules do not change under a running server): the server then
turns a search's words into its tsquery once, when it plans the statement, instead of once per person it
checks, and estimates the matches from its statistics. ``rebound_prefix`` is the walked prefix of a word.

**Names (both backends; used on a team server).** ``member``: the name a member (a database role) goes by in
the team, shown on the cards and in the drafts instead of the role. Everyone reads every name; the server lets
each member write only their own (row-level security). On SQLite the table stays empty.

The members who could write people before this step (``GRANT`` on ``person``) get the same rights on the two new
tables, so a team set up by the README's grants keeps working after the owner's desktop migrates.
"""

from __future__ import annotations

import peewee as pw

PREFIX_LETTERS = 3

MEMBER = "CREATE TABLE member (role TEXT PRIMARY KEY, display_name TEXT NOT NULL)"

POSTGRESQL = [
    MEMBER,
    "ALTER TABLE member ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY member_read ON member FOR SELECT USING (true)",
    "CREATE POLICY member_own ON member USING (role = current_user) WITH CHECK (role = current_user)",
    "CREATE TRIGGER member_notify AFTER INSERT OR UPDATE OR DELETE ON member "
    "FOR EACH STATEMENT EXECUTE FUNCTION rebound_notify()",
    # filled first, then indexed and checked in one pass each (22 s at 100,000 people, row by row 180 s)
    'CREATE TABLE person_prefix (prefix TEXT COLLATE "C" NOT NULL, sort_key TEXT COLLATE "C" NOT NULL, '
    "id INTEGER NOT NULL)",
    f"""INSERT INTO person_prefix (prefix, sort_key, id)
        SELECT DISTINCT left(w.lexeme, k), p.sort_key, p.id
          FROM person p JOIN person_fts f ON f.id = p.id, unnest(f.doc) w, generate_series(1, {PREFIX_LETTERS}) k
         WHERE length(w.lexeme) >= k""",
    "ALTER TABLE person_prefix ADD PRIMARY KEY (prefix, sort_key, id)",
    "CREATE INDEX person_prefix_id ON person_prefix (id)",  # a person's rows, when they change or go
    "ALTER TABLE person_prefix ADD FOREIGN KEY (id) REFERENCES person (id) ON DELETE CASCADE",
    "ALTER FUNCTION rebound_query(text) IMMUTABLE",
    f"""CREATE FUNCTION rebound_prefix(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT left(split_part(btrim(rebound_words($1)), ' ', 1), {PREFIX_LETTERS}) $$""",
    f"""CREATE OR REPLACE FUNCTION rebound_index_people(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO person_fts (id, doc)
        SELECT p.id, to_tsvector('simple', rebound_words(concat_ws(' ', p.name, c.name, p.title, p.email,
               (SELECT string_agg(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                 WHERE pt.person_id = p.id))))
          FROM person p LEFT JOIN company c ON c.id = p.company_id WHERE p.id = ANY (ids)
        ON CONFLICT (id) DO UPDATE SET doc = excluded.doc;
        DELETE FROM person_prefix WHERE id = ANY (ids);
        INSERT INTO person_prefix (prefix, sort_key, id)
        SELECT DISTINCT left(w.lexeme, k), p.sort_key, p.id
          FROM person p JOIN person_fts f ON f.id = p.id, unnest(f.doc) w, generate_series(1, {PREFIX_LETTERS}) k
         WHERE p.id = ANY (ids) AND length(w.lexeme) >= k;
        END $$""",
    "DROP TRIGGER person_fts_au ON person",
    """CREATE TRIGGER person_fts_au AFTER UPDATE OF name, sort_key, company_id, title, email ON person
        FOR EACH ROW EXECUTE FUNCTION rebound_person_fts()""",
    """DO $$ DECLARE member_role text; BEGIN
        FOR member_role IN
            SELECT DISTINCT r.rolname FROM pg_class c, aclexplode(c.relacl) a JOIN pg_roles r ON r.oid = a.grantee
             WHERE c.oid = 'person'::regclass AND a.privilege_type = 'INSERT' AND a.grantee <> c.relowner
        LOOP
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON member, person_prefix TO %I', member_role);
        END LOOP; END $$""",
]


def upgrade(db: pw.Database) -> None:
    db.execute_sql(MEMBER)


def upgrade_postgresql(db: pw.Database) -> None:
    for statement in POSTGRESQL:
        db.execute_sql(statement)
