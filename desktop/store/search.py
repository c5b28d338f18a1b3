"""Full-text search over people and interactions (SQLite FTS5; on a team server PostgreSQL's tsvector with
``unaccent``), behind one small API.

The index is kept in step by triggers (created by the migrations), so every write — through a core function, an
import or a raw statement — updates it in the same transaction. The tokenizer folds
accents ("zoe" finds "Zoë") and prefix indexes make search-as-you-type cheap. On PostgreSQL every word of the
query is a prefix (``word:*``) over a GIN index of one tsvector per person (``person_fts.doc``), the words split,
folded and lower-cased as SQLite's tokenizer does (``rebound_words``, migration 0001).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee as pw

from desktop.store import search_window
from desktop.store.errors import is_read_only
from desktop.store.search_window import TOKENIZER, Key

__all__ = ["TOKENIZER", "Key"]  # spelled here for the migrations and callers
from desktop.store.models import is_team

log = logging.getLogger(__name__)


# The index reads its text from the view person_search (migration 0008); in rowid order, FTS5 fills fastest.
_PERSON_INSERT = (
    "INSERT INTO person_fts (rowid, name, company, title, email, tags) "
    "SELECT id, name, company, title, email, tags FROM person_search WHERE {where} ORDER BY id"
)
# The same rows for people none of whom has a tag (a list of contacts, a LinkedIn export: the usual bulk insert), as
# the view reads them with its look-up of each one's tags left out (it finds none): 10% of the pass.
_UNTAGGED_INSERT = (
    "INSERT INTO person_fts (rowid, name, company, title, email, tags) "
    "SELECT p.id, p.name, c.name, p.title, p.email, NULL FROM person p LEFT JOIN company c ON c.id = p.company_id "
    "WHERE p.id > ? ORDER BY p.id"
)
# person.last_contact, kept by triggers on interaction (migration 0006) except inside a bulk insert
LAST_CONTACT = "(SELECT max(i.at) FROM interaction i WHERE i.person_id = person.id AND i.direction IN ('in', 'out'))"

# A word of a query: letters and digits, as the tokenizer reads them ("_" separates, as it does in the index).
_WORD = re.compile(r"[^\W_]+")


@contextmanager
def bulk_insert(db: pw.Database) -> Iterator[None]:
    """Index the people and interactions added inside this block in one pass at its end.

    The last contacts of the people whose interactions were added are recomputed there too.

    Must run inside the caller's transaction: a failure rolls back the rows and the pause alike.
    Inside another such block (a dry run around an import) it leaves the work to the outer one.
    """
    if is_team(db) or db.execute_sql("SELECT 1 FROM search_pause").fetchone() is not None:
        yield  # PostgreSQL's triggers index every row as it comes (no pause)
        return
    (person_above,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM person").fetchone()
    (interaction_above,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM interaction").fetchone()
    db.execute_sql("INSERT INTO search_pause VALUES (?, ?)", [person_above, interaction_above])
    yield
    # deleting the newest indexed rows lowers the marks (migration 0008): their ids may have been given again
    person_above, interaction_above = db.execute_sql(
        "SELECT person_above, interaction_above FROM search_pause"
    ).fetchone()
    db.execute_sql("DELETE FROM search_pause")
    tagged = db.execute_sql("SELECT 1 FROM person_tag WHERE person_id > ? LIMIT 1", [person_above]).fetchone()
    fill = _PERSON_INSERT.format(where="id > ?") if tagged is not None else _UNTAGGED_INSERT
    db.execute_sql(fill, [person_above])  # no trigger indexed any of them
    db.execute_sql(
        "INSERT INTO interaction_fts (rowid, subject, body) SELECT id, subject, body FROM interaction WHERE id > ?",
        [interaction_above],
    )
    db.execute_sql(
        f"UPDATE person SET last_contact = {LAST_CONTACT} WHERE id IN (SELECT person_id FROM interaction WHERE id > ?)",
        [interaction_above],
    )


def rebuild(db: pw.Database) -> None:
    """Rebuild both indexes from the tables."""
    if is_team(db):
        db.execute_sql("DELETE FROM person_fts")
        db.execute_sql("SELECT rebound_index_people(ARRAY(SELECT id FROM person))")
        db.execute_sql("DELETE FROM interaction_fts")
        db.execute_sql("UPDATE interaction SET subject = subject")
        return
    db.execute_sql("INSERT INTO person_fts (person_fts) VALUES ('delete-all')")
    db.execute_sql(_PERSON_INSERT.format(where="1"))
    db.execute_sql("INSERT INTO interaction_fts (interaction_fts) VALUES ('rebuild')")


def match_expression(text: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word must match as a prefix.

    Returns None when the text holds no word at all (show everything instead).
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


# Below this many matches, sorting them all by name is cheap; above it, walk the name index instead.
_MANY = 5_000
# How much further than evenly spread matches would need the name-order walk may read before giving up.
_MARGIN = 2
_BY_NAME = (
    "SELECT p.id FROM person p WHERE {id} IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?){bound} "
    "ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?"
)


def person_ids(
    db: pw.Database, text: str, limit: int | None = None, offset: int = 0, total: int | None = None
) -> list[int]:
    """Ids of people matching ``text``, in name order (``total``: the match count, when the caller has it).

    A short prefix can match most of the database ("e" finds 90% of people). Sorting all
    matches by name to keep one window of 200 costs 20–30 ms at 100,000 people, so for many
    matches the query walks the name index in order (``+p.id`` keeps SQLite off the rowid
    plan) and stops after the window. The walk is bounded at the name where evenly spread
    matches would have filled the window ``_MARGIN`` times over; when the matches bunch up
    beyond it, the plain plan runs instead (cheap for such mid-sized results).
    """
    expression = match_expression(text)
    if expression is None:
        return []
    if is_team(db):
        return _team_person_ids(db, text, limit, offset)
    if limit is None:
        sql = _BY_NAME.format(id="p.id", bound="").replace(" LIMIT ? OFFSET ?", "")
        return [row[0] for row in db.execute_sql(sql, [expression]).fetchall()]
    if total is None:
        total = person_count(db, text)
    if total >= _MANY:
        (people,) = db.execute_sql("SELECT n FROM tally WHERE name = 'person'").fetchone()  # kept by triggers
        reach = min(people - 1, _MARGIN * (offset + limit) * people // total + _MANY)
        row = db.execute_sql("SELECT sort_key FROM person ORDER BY sort_key LIMIT 1 OFFSET ?", [reach]).fetchone()
        if row is not None:
            sql = _BY_NAME.format(id="+p.id", bound=" AND p.sort_key <= ?")
            ids = [r[0] for r in db.execute_sql(sql, [expression, row[0], limit, offset]).fetchall()]
            if len(ids) == limit or reach == people - 1:
                return ids
    sql = _BY_NAME.format(id="p.id", bound="")
    return [row[0] for row in db.execute_sql(sql, [expression, limit, offset]).fetchall()]


def person_window(db: pw.Database, text: str, after: Key | None = None, limit: int = 200) -> list[int]:
    """Ids of the next ``limit`` people matching ``text`` in name order, after the person at ``after``.

    Reads about one window's worth of the index however many people match (keyset paging:
    ``after`` is the (sort_key, id) of the last person of the window before; None for the first).
    On a team server, PostgreSQL's own index and a row comparison do the same.
    """
    expression = match_expression(text)
    if expression is None:
        return []
    if is_team(db):
        return [row[0] for row in team_window(db, text, "p.id", after, limit)]
    return search_window.person_window(db, expression, _WORD.findall(text), after, limit)


# A team server's window of a search, in one statement (migration 14). ``person_prefix`` lists the people by each
# word's first 1–3 letters in name order: a word of up to three ASCII letters or digits is its own prefix, and its
# window is the next rows of that list. Otherwise the list of the longest word's prefix is walked in name order,
# each person checked against the whole query, for at most _REACH people; when that found fewer than a window and
# the list goes on (the matches are rare among the prefix's people: "martinez" among the "mar…"), the full-text
# index finds them all and the server sorts them instead (the planner reads the query's words as constants:
# ``plan_cache_mode=force_custom_plan``, ``rebound_query`` immutable).
_REACH = 2_000
_EXACT = (
    "SELECT {columns} FROM person_prefix x JOIN person p ON p.id = x.id LEFT JOIN company c ON c.id = p.company_id "
    "WHERE x.prefix = ?{after} ORDER BY x.sort_key, x.id LIMIT ?"
)
_WALKED = """
WITH walk AS MATERIALIZED (
    SELECT w.id, w.sort_key FROM (
        SELECT x.id, x.sort_key, row_number() OVER (ORDER BY x.sort_key, x.id) AS n
          FROM person_prefix x WHERE x.prefix = rebound_prefix(?){after} ORDER BY x.sort_key, x.id) w
     WHERE w.n <= ? AND (SELECT f.doc FROM person_fts f WHERE f.id = w.id) @@ rebound_query(?)
     ORDER BY w.sort_key, w.id LIMIT ?),
enough AS MATERIALIZED (
    SELECT (SELECT count(*) FROM walk) = ? OR (SELECT count(*) FROM (
        SELECT 1 FROM person_prefix x WHERE x.prefix = rebound_prefix(?){after} LIMIT ?) z) <= ? AS done),
chosen AS (
    SELECT id, sort_key FROM walk WHERE (SELECT done FROM enough)
    UNION ALL
    (SELECT f.id, p.sort_key FROM person_fts f JOIN person p ON p.id = f.id
      WHERE NOT (SELECT done FROM enough) AND f.doc @@ rebound_query(?){after_p}
      ORDER BY p.sort_key, p.id LIMIT ?))
SELECT {columns} FROM chosen JOIN person p ON p.id = chosen.id LEFT JOIN company c ON c.id = p.company_id
 ORDER BY p.sort_key, p.id
"""


def team_window(db: pw.Database, text: str, columns: str, after: Key | None, limit: int) -> list[tuple[Any, ...]]:
    """A team server: ``columns`` (of person ``p`` and company ``c``) of the next ``limit`` people matching
    ``text`` in name order after the key ``after``, in one statement."""
    words = _WORD.findall(text)
    keyed = () if after is None else tuple(after)
    after_x = "" if after is None else " AND (x.sort_key, x.id) > (?, ?)"
    if len(words) == 1 and len(words[0]) <= 3 and words[0].isascii():  # ASCII letters and digits fold to themselves
        sql = _EXACT.format(columns=columns, after=after_x)
        return list(db.execute_sql(sql, [words[0].lower(), *keyed, limit]).fetchall())
    walked = max(words, key=len)
    sql = _WALKED.format(columns=columns, after=after_x, after_p=after_x.replace("x.", "p."))
    params: list[object] = [walked, *keyed, _REACH, text, limit, limit, walked, *keyed, _REACH + 1, _REACH]
    params += [text, *keyed, limit]
    return list(db.execute_sql(sql, params).fetchall())


_TEAM_PEOPLE = (
    "SELECT p.id FROM person p JOIN person_fts f ON f.id = p.id WHERE f.doc @@ rebound_query(?) "
    "ORDER BY p.sort_key, p.id"
)


def _team_person_ids(db: pw.Database, text: str, limit: int | None, offset: int) -> list[int]:
    if limit is None:
        return [row[0] for row in db.execute_sql(_TEAM_PEOPLE, [text]).fetchall()]
    sql = f"{_TEAM_PEOPLE} LIMIT ? OFFSET ?"
    return [row[0] for row in db.execute_sql(sql, [text, limit, offset]).fetchall()]


def person_count(db: pw.Database, text: str, cap: int | None = None) -> int:
    """How many people match ``text``; with ``cap``, counting stops there (a one-letter query matches 90%)."""
    expression = match_expression(text)
    if expression is None:
        return 0
    team = is_team(db)
    params: list[object] = [text if team else expression]
    where = "doc @@ rebound_query(?)" if team else "person_fts MATCH ?"
    if cap is None:
        sql = f"SELECT count(*) FROM person_fts WHERE {where}"
    else:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE {where} LIMIT ?) AS matches"
        params.append(cap)
    row = db.execute_sql(sql, params).fetchone()
    return int(row[0])


def interaction_ids(db: pw.Database, text: str, person_id: int | None = None, limit: int = 200) -> list[int]:
    """Ids of interactions whose subject or body match ``text``, newest first."""
    expression = match_expression(text)
    if expression is None:
        return []
    if is_team(db):
        sql = "SELECT i.id FROM interaction i JOIN interaction_fts f ON f.id = i.id WHERE f.doc @@ rebound_query(?)"
        params: list[object] = [text]
    else:
        sql = "SELECT i.id FROM interaction i JOIN interaction_fts f ON f.rowid = i.id WHERE interaction_fts MATCH ?"
        params = [expression]
    if person_id is not None:
        sql += " AND i.person_id = ?"
        params.append(person_id)
    sql += " ORDER BY i.at DESC, i.id DESC LIMIT ?"
    params.append(limit)
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def problems(db: pw.Database) -> list[str]:
    """What is wrong with the search index (empty when it is sound)."""
    found: list[str] = []
    if is_team(db):
        return _team_problems(db)
    if db.execute_sql("SELECT count(*) FROM search_pause").fetchone()[0]:
        found.append("search index is paused by an unfinished import")
    for table in ("person_fts", "interaction_fts"):
        try:
            db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        except pw.DatabaseError as error:
            if is_read_only(error):  # FTS5's check is spelled as a write: a read-only file cannot run it
                log.info("search index check skipped: the database is read-only")
                return found
            found.append(f"search index {table} is damaged: {error}")
    if not found:
        try:  # the people index against the text it reads (missing, extra or stale rows)
            db.execute_sql("INSERT INTO person_fts (person_fts, rank) VALUES ('integrity-check', 1)")
        except pw.DatabaseError as error:
            if is_read_only(error):
                return found
            found.append("search index is out of step with the people (missing, extra or out-of-date rows)")
    return found


def _team_problems(db: pw.Database) -> list[str]:
    """PostgreSQL: the people index against the people (a missing, extra or out-of-date row)."""
    (stale,) = db.execute_sql(
        "SELECT count(*) FROM person p FULL JOIN person_fts f ON f.id = p.id "
        "LEFT JOIN company c ON c.id = p.company_id "
        "WHERE f.id IS NULL OR p.id IS NULL OR f.doc IS DISTINCT FROM to_tsvector('simple', rebound_words(concat_ws("
        "' ', p.name, c.name, p.title, p.email, (SELECT string_agg(t.name, ' ') FROM person_tag pt "
        "JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = p.id))))"
    ).fetchone()
    if stale or db.execute_sql(_PREFIXES_STALE).fetchone()[0]:
        return ["search index is out of step with the people (missing, extra or out-of-date rows)"]
    return []


# The name-ordered prefix list (migration 14) against the index it is made from: a missing, extra or moved row.
_PREFIXES = (
    'SELECT DISTINCT left(w.lexeme, k) COLLATE "C", p.sort_key, p.id FROM person p JOIN person_fts f ON f.id = p.id, '
    "unnest(f.doc) w, generate_series(1, 3) k WHERE length(w.lexeme) >= k"
)
_PREFIXES_STALE = (
    f"SELECT EXISTS (({_PREFIXES} EXCEPT SELECT prefix, sort_key, id FROM person_prefix) "
    f"UNION ALL (SELECT prefix, sort_key, id FROM person_prefix EXCEPT {_PREFIXES}))"
)
