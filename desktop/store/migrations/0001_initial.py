"""Schema version 1: every table of the archive format plus the search index."""

from __future__ import annotations

import peewee as pw

TABLES = """
CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
CREATE TABLE profile (
    id INTEGER PRIMARY KEY, name TEXT, mode TEXT NOT NULL DEFAULT 'job_seeker', language TEXT,
    target_roles TEXT NOT NULL DEFAULT '[]', keywords TEXT NOT NULL DEFAULT '[]');
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE company (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, domain TEXT,
    careers_url TEXT, notes TEXT);
CREATE TABLE person (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, sort_key TEXT NOT NULL, first_name TEXT, last_name TEXT,
    email TEXT, email_key TEXT, phone TEXT, linkedin_url TEXT, linkedin_key TEXT,
    company_id INTEGER REFERENCES company (id) ON DELETE SET NULL, title TEXT, role TEXT,
    connected INTEGER NOT NULL DEFAULT 0, connected_on DATE, language TEXT,
    do_not_contact INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0,
    skills TEXT NOT NULL DEFAULT '[]', location TEXT, notes TEXT);
CREATE INDEX person_sort_key ON person (sort_key);
CREATE INDEX person_email_key ON person (email_key);
CREATE INDEX person_linkedin_key ON person (linkedin_key);
CREATE INDEX person_company_id ON person (company_id);
CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE person_tag (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE);
CREATE UNIQUE INDEX person_tag_person_id_tag_id ON person_tag (person_id, tag_id);
CREATE INDEX person_tag_tag_id ON person_tag (tag_id);
CREATE TABLE connection (
    id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE, kind TEXT NOT NULL DEFAULT 'knows',
    strength INTEGER NOT NULL DEFAULT 1, since DATE, CHECK (a_id < b_id));
CREATE UNIQUE INDEX connection_a_id_b_id ON connection (a_id, b_id);
CREATE INDEX connection_b_id ON connection (b_id);
CREATE TABLE opening (
    id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    title TEXT NOT NULL, url TEXT, keywords TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'open',
    discovered_on DATE, mine INTEGER NOT NULL DEFAULT 0);
CREATE INDEX opening_company_id ON opening (company_id);
CREATE INDEX opening_url ON opening (url);
CREATE TABLE process (
    id INTEGER PRIMARY KEY, opening_id INTEGER NOT NULL REFERENCES opening (id) ON DELETE CASCADE,
    candidate_id INTEGER REFERENCES person (id) ON DELETE CASCADE, stage_reached TEXT,
    outcome TEXT NOT NULL DEFAULT 'pending', started_on DATE, ended_on DATE, reason TEXT);
CREATE INDEX process_opening_id ON process (opening_id);
CREATE INDEX process_candidate_id ON process (candidate_id);
CREATE TABLE process_contact (
    id INTEGER PRIMARY KEY, process_id INTEGER NOT NULL REFERENCES process (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE, role TEXT NOT NULL);
CREATE UNIQUE INDEX process_contact_process_id_person_id_role ON process_contact (process_id, person_id, role);
CREATE INDEX process_contact_person_id ON process_contact (person_id);
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind TEXT NOT NULL, direction TEXT NOT NULL, at DATETIME NOT NULL, channel TEXT, subject TEXT, body TEXT,
    opening_id INTEGER REFERENCES opening (id) ON DELETE SET NULL,
    process_id INTEGER REFERENCES process (id) ON DELETE SET NULL);
CREATE INDEX interaction_person_id_at ON interaction (person_id, at);
CREATE INDEX interaction_opening_id ON interaction (opening_id);
CREATE INDEX interaction_process_id ON interaction (process_id);
CREATE TABLE suggestion_state (key TEXT PRIMARY KEY, state TEXT NOT NULL, until DATE);
"""

# The search index as version 1 made it (frozen here: later versions change it in their own steps).
SEARCH = """
CREATE TABLE search_pause (person_above INTEGER NOT NULL, interaction_above INTEGER NOT NULL);
CREATE VIRTUAL TABLE person_fts USING fts5(
        name, company, title, email, tags, tokenize="unicode61 remove_diacritics 2", prefix='1 2 3');
CREATE VIRTUAL TABLE interaction_fts USING fts5(
        subject, body, content='interaction', content_rowid='id', tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER person_fts_ai AFTER INSERT ON person
        WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN
        INSERT INTO person_fts (rowid, name, company, title, email, tags)
    SELECT p.id, p.name, (SELECT c.name FROM company c WHERE c.id = p.company_id), p.title, p.email,
           (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id)
      FROM person p WHERE p.id = new.id
; END;
CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN
        DELETE FROM person_fts WHERE rowid = old.id; END;
CREATE TRIGGER person_fts_au AFTER UPDATE OF name, company_id, title, email ON person BEGIN
        DELETE FROM person_fts WHERE rowid = old.id;
        INSERT INTO person_fts (rowid, name, company, title, email, tags)
    SELECT p.id, p.name, (SELECT c.name FROM company c WHERE c.id = p.company_id), p.title, p.email,
           (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id)
      FROM person p WHERE p.id = new.id
; END;
CREATE TRIGGER person_tag_fts_ai AFTER INSERT ON person_tag
        WHEN NOT EXISTS (SELECT 1 FROM search_pause WHERE new.person_id > person_above) BEGIN
        DELETE FROM person_fts WHERE rowid = new.person_id;
        INSERT INTO person_fts (rowid, name, company, title, email, tags)
    SELECT p.id, p.name, (SELECT c.name FROM company c WHERE c.id = p.company_id), p.title, p.email,
           (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id)
      FROM person p WHERE p.id = new.person_id
; END;
CREATE TRIGGER person_tag_fts_ad AFTER DELETE ON person_tag BEGIN
        DELETE FROM person_fts WHERE rowid = old.person_id;
        INSERT INTO person_fts (rowid, name, company, title, email, tags)
    SELECT p.id, p.name, (SELECT c.name FROM company c WHERE c.id = p.company_id), p.title, p.email,
           (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id)
      FROM person p WHERE p.id = old.person_id
; END;
CREATE TRIGGER company_fts_au AFTER UPDATE OF name ON company BEGIN
        DELETE FROM person_fts WHERE rowid IN (SELECT id FROM person WHERE company_id = new.id);
        INSERT INTO person_fts (rowid, name, company, title, email, tags)
    SELECT p.id, p.name, (SELECT c.name FROM company c WHERE c.id = p.company_id), p.title, p.email,
           (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id)
      FROM person p WHERE p.company_id = new.id
; END;
CREATE TRIGGER tag_fts_au AFTER UPDATE OF name ON tag BEGIN
        DELETE FROM person_fts WHERE rowid IN (SELECT person_id FROM person_tag WHERE tag_id = new.id);
        INSERT INTO person_fts (rowid, name, company, title, email, tags)
    SELECT p.id, p.name, (SELECT c.name FROM company c WHERE c.id = p.company_id), p.title, p.email,
           (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id)
      FROM person p WHERE p.id IN (SELECT person_id FROM person_tag WHERE tag_id = new.id)
;
        END;
CREATE TRIGGER interaction_fts_ai AFTER INSERT ON interaction
        WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN
        INSERT INTO interaction_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body); END;
CREATE TRIGGER interaction_fts_ad AFTER DELETE ON interaction BEGIN
        INSERT INTO interaction_fts (interaction_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body); END;
CREATE TRIGGER interaction_fts_au AFTER UPDATE OF subject, body ON interaction BEGIN
        INSERT INTO interaction_fts (interaction_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
        INSERT INTO interaction_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body); END;
"""


def _statements(script: str) -> list[str]:
    """Split on the semicolons that end statements (not those inside trigger bodies)."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and (not text.upper().startswith("CREATE TRIGGER") or text.upper().endswith("END;")):
            statements.append(text.rstrip(";"))
            current = []
    return statements


def upgrade(db: pw.Database) -> None:
    for statement in _statements(TABLES) + _statements(SEARCH):
        db.execute_sql(statement)


# PostgreSQL (a team database): the same tables. Booleans stay integers 0/1 and dates are read back as text (see
# desktop.store.postgres), so every query reads the same values on both backends. sort_key sorts byte-wise, as on
# SQLite, whatever the server's collation. The search index is PostgreSQL's own (unaccent + tsvector, prefix
# queries; desktop.store.search): one tsvector per person and per interaction, kept by triggers. It is made here in
# its final form — the later steps that rework SQLite's FTS5 index have nothing to change on PostgreSQL.
POSTGRESQL_TABLES = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)",
    """CREATE TABLE profile (
    id SERIAL PRIMARY KEY, name TEXT, mode TEXT NOT NULL DEFAULT 'job_seeker', language TEXT,
    target_roles TEXT NOT NULL DEFAULT '[]', keywords TEXT NOT NULL DEFAULT '[]')""",
    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE company (
    id SERIAL PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, domain TEXT,
    careers_url TEXT, notes TEXT)""",
    """CREATE TABLE person (
    id SERIAL PRIMARY KEY, name TEXT NOT NULL, sort_key TEXT COLLATE "C" NOT NULL, first_name TEXT, last_name TEXT,
    email TEXT, email_key TEXT, phone TEXT, linkedin_url TEXT, linkedin_key TEXT,
    company_id INTEGER REFERENCES company (id) ON DELETE SET NULL, title TEXT, role TEXT,
    connected INTEGER NOT NULL DEFAULT 0, connected_on DATE, language TEXT,
    do_not_contact INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0,
    skills TEXT NOT NULL DEFAULT '[]', location TEXT, notes TEXT)""",
    "CREATE INDEX person_sort_key ON person (sort_key)",
    "CREATE INDEX person_email_key ON person (email_key)",
    "CREATE INDEX person_linkedin_key ON person (linkedin_key)",
    "CREATE INDEX person_company_id ON person (company_id)",
    "CREATE TABLE tag (id SERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    """CREATE TABLE person_tag (
    id SERIAL PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE)""",
    "CREATE UNIQUE INDEX person_tag_person_id_tag_id ON person_tag (person_id, tag_id)",
    "CREATE INDEX person_tag_tag_id ON person_tag (tag_id)",
    """CREATE TABLE connection (
    id SERIAL PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE, kind TEXT NOT NULL DEFAULT 'knows',
    strength INTEGER NOT NULL DEFAULT 1, since DATE, CHECK (a_id < b_id))""",
    "CREATE UNIQUE INDEX connection_a_id_b_id ON connection (a_id, b_id)",
    "CREATE INDEX connection_b_id ON connection (b_id)",
    """CREATE TABLE opening (
    id SERIAL PRIMARY KEY, company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    title TEXT NOT NULL, url TEXT, keywords TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'open',
    discovered_on DATE, mine INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX opening_company_id ON opening (company_id)",
    "CREATE INDEX opening_url ON opening (url)",
    """CREATE TABLE process (
    id SERIAL PRIMARY KEY, opening_id INTEGER NOT NULL REFERENCES opening (id) ON DELETE CASCADE,
    candidate_id INTEGER REFERENCES person (id) ON DELETE CASCADE, stage_reached TEXT,
    outcome TEXT NOT NULL DEFAULT 'pending', started_on DATE, ended_on DATE, reason TEXT)""",
    "CREATE INDEX process_opening_id ON process (opening_id)",
    "CREATE INDEX process_candidate_id ON process (candidate_id)",
    """CREATE TABLE process_contact (
    id SERIAL PRIMARY KEY, process_id INTEGER NOT NULL REFERENCES process (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE, role TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX process_contact_process_id_person_id_role ON process_contact (process_id, person_id, role)",
    "CREATE INDEX process_contact_person_id ON process_contact (person_id)",
    """CREATE TABLE interaction (
    id SERIAL PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind TEXT NOT NULL, direction TEXT NOT NULL, at TIMESTAMP NOT NULL, channel TEXT, subject TEXT, body TEXT,
    opening_id INTEGER REFERENCES opening (id) ON DELETE SET NULL,
    process_id INTEGER REFERENCES process (id) ON DELETE SET NULL)""",
    "CREATE INDEX interaction_person_id_at ON interaction (person_id, at)",
    "CREATE INDEX interaction_opening_id ON interaction (opening_id)",
    "CREATE INDEX interaction_process_id ON interaction (process_id)",
    "CREATE TABLE suggestion_state (key TEXT PRIMARY KEY, state TEXT NOT NULL, until DATE)",
    # The importers give new rows their ids themselves (the next after the newest, as SQLite would): the id
    # sequence then moves past them, so a row inserted without an id never takes one already given.
    """CREATE FUNCTION rebound_sync_id() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE sequence text := pg_get_serial_sequence(TG_TABLE_NAME, 'id'); top bigint; given bigint;
        BEGIN
            EXECUTE format('SELECT max(id) FROM %I', TG_TABLE_NAME) INTO top;
            EXECUTE format('SELECT last_value FROM %s', sequence) INTO given;
            IF top > given THEN PERFORM setval(sequence, top); END IF;
            RETURN NULL;
        END $$""",
    *(
        f"CREATE TRIGGER {table}_sync_id AFTER INSERT ON {table} FOR EACH STATEMENT EXECUTE FUNCTION rebound_sync_id()"
        for table in (
            "profile",
            "company",
            "person",
            "tag",
            "person_tag",
            "connection",
            "opening",
            "process",
            "process_contact",
            "interaction",
        )
    ),  # fmt: skip
]

# Words as SQLite's unicode61 tokenizer with remove_diacritics reads them: accents folded, lower case, anything
# but letters and digits a separator.
POSTGRESQL_SEARCH = [
    "CREATE TABLE search_pause (person_above INTEGER NOT NULL, interaction_above INTEGER NOT NULL)",
    """CREATE FUNCTION rebound_words(text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT lower(regexp_replace(unaccent(coalesce($1, '')), '[^[:alnum:]]+', ' ', 'g')) $$""",
    """CREATE FUNCTION rebound_query(text) RETURNS tsquery LANGUAGE sql STABLE AS $$
        SELECT to_tsquery('simple', regexp_replace(btrim(rebound_words($1)), '\\s+', ':* & ', 'g') || ':*') $$""",
    """CREATE TABLE person_fts (
        id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE, doc tsvector NOT NULL)""",
    "CREATE INDEX person_fts_doc ON person_fts USING gin (doc)",
    """CREATE TABLE interaction_fts (
        id INTEGER PRIMARY KEY REFERENCES interaction (id) ON DELETE CASCADE, doc tsvector NOT NULL)""",
    "CREATE INDEX interaction_fts_doc ON interaction_fts USING gin (doc)",
    # plpgsql, not sql: its statement's plan is kept for the session (an sql function is planned at every call)
    """CREATE FUNCTION rebound_index_people(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO person_fts (id, doc)
        SELECT p.id, to_tsvector('simple', rebound_words(concat_ws(' ', p.name, c.name, p.title, p.email,
               (SELECT string_agg(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                 WHERE pt.person_id = p.id))))
          FROM person p LEFT JOIN company c ON c.id = p.company_id WHERE p.id = ANY (ids)
        ON CONFLICT (id) DO UPDATE SET doc = excluded.doc;
        END $$""",
    # rows added (a bulk import: one statement of many rows) are indexed once per statement
    """CREATE FUNCTION rebound_people_added_fts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF TG_TABLE_NAME = 'person' THEN PERFORM rebound_index_people(ARRAY(SELECT id FROM added));
        ELSE PERFORM rebound_index_people(ARRAY(SELECT DISTINCT person_id FROM added)); END IF;
        RETURN NULL; END $$""",
    """CREATE FUNCTION rebound_person_fts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF TG_TABLE_NAME = 'person' THEN PERFORM rebound_index_people(ARRAY[NEW.id]);
        ELSIF TG_TABLE_NAME = 'person_tag' THEN PERFORM rebound_index_people(ARRAY[OLD.person_id]);
        ELSIF TG_TABLE_NAME = 'company' THEN
            PERFORM rebound_index_people(ARRAY(SELECT id FROM person WHERE company_id = NEW.id));
        ELSIF TG_TABLE_NAME = 'tag' THEN
            PERFORM rebound_index_people(ARRAY(SELECT person_id FROM person_tag WHERE tag_id = NEW.id));
        END IF;
        RETURN NULL; END $$""",
    """CREATE TRIGGER person_fts_ai AFTER INSERT ON person REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION rebound_people_added_fts()""",
    """CREATE TRIGGER person_fts_au AFTER UPDATE OF name, company_id, title, email ON person
        FOR EACH ROW EXECUTE FUNCTION rebound_person_fts()""",
    """CREATE TRIGGER person_tag_fts_ai AFTER INSERT ON person_tag REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION rebound_people_added_fts()""",
    """CREATE TRIGGER person_tag_fts_ad AFTER DELETE ON person_tag
        FOR EACH ROW EXECUTE FUNCTION rebound_person_fts()""",
    """CREATE TRIGGER company_fts_au AFTER UPDATE OF name ON company
        FOR EACH ROW EXECUTE FUNCTION rebound_person_fts()""",
    """CREATE TRIGGER tag_fts_au AFTER UPDATE OF name ON tag FOR EACH ROW EXECUTE FUNCTION rebound_person_fts()""",
    """CREATE FUNCTION rebound_interaction_fts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO interaction_fts (id, doc)
        VALUES (NEW.id, to_tsvector('simple', rebound_words(concat_ws(' ', NEW.subject, NEW.body))))
        ON CONFLICT (id) DO UPDATE SET doc = excluded.doc;
        RETURN NULL; END $$""",
    """CREATE TRIGGER interaction_fts_ai AFTER INSERT OR UPDATE OF subject, body ON interaction
        FOR EACH ROW EXECUTE FUNCTION rebound_interaction_fts()""",
]


def upgrade_postgresql(db: pw.Database) -> None:
    for statement in POSTGRESQL_TABLES + POSTGRESQL_SEARCH:
        db.execute_sql(statement)
