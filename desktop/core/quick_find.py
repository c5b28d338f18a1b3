"""What the command palette finds for a few typed letters: people, companies, openings, notes and messages.

Each group is a handful of hits (``limit``), cheap at any size: people through their full-text index
(prefix-indexed: a word being typed matches), notes and messages through the interactions' full-text
index newest first (FTS5 walks a word's list backwards and stops after ``limit``; the last word typed is a
prefix from four letters on, see ``PREFIX_FROM``), companies and openings by the words of their names.
Every word typed must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.store import search
from desktop.store.models import DB, is_team

LIMIT = 5
# The last word typed matches messages as a prefix from this many letters on ("than" finds "thanks"); shorter,
# a whole word. The interactions' index has no prefix index: a prefix merges the lists of every word it begins,
# which for "t" or "th" is most of a million messages (40–100 ms), for four letters a few words (≤ 10 ms).
PREFIX_FROM = 4
CANDIDATES = 200  # the people matched before sorting by name: a prefix as short as "a" matches most of them
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Hit:
    kind: str  # "person", "company", "opening", "interaction"
    id: int
    title: str  # the name, the opening's title, the note's subject or first words
    detail: str  # what tells two hits apart: company and title, the person a message was with
    person_id: int | None = None  # the person of an interaction (and of a person)


def people(text: str, limit: int = LIMIT) -> list[Hit]:
    """People whose name, company, title, e-mail or tags match; of the first matches, the first by name."""
    expression = search.match_expression(text)
    if expression is None:
        return []
    if is_team(DB.obj):  # a team server: its own index (store/search.py), in name order
        ids = search.person_ids(DB.obj, text, limit=limit)
        params: list[object] = list(ids)
        where = f"p.id IN ({', '.join('?' * len(ids))})"
        if not ids:
            return []
    else:
        where = "p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?)"
        params = [expression, CANDIDATES]
    rows = DB.obj.execute_sql(
        "SELECT p.id, p.name, p.title, c.name FROM person p LEFT JOIN company c ON c.id = p.company_id "
        f"WHERE {where} ORDER BY p.sort_key, p.id LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [
        Hit("person", person_id, name, " · ".join(part for part in (title, company) if part), person_id)
        for person_id, name, title, company in rows
    ]


@dataclass(frozen=True)
class Names:
    """The companies and openings, read once when the palette opens and searched in memory while typing:
    a few thousand names, matched in a millisecond or two (``LIKE`` over them costs 10–15 ms a keystroke)."""

    companies: list[tuple[int, str, str]]  # id, name, its words lowered
    openings: list[tuple[int, str, str, str]]  # id, title, company, their words lowered


def names() -> Names:
    companies = DB.obj.execute_sql("SELECT id, name FROM company ORDER BY name_key").fetchall()
    openings = DB.obj.execute_sql(
        "SELECT o.id, o.title, c.name FROM opening o JOIN company c ON c.id = o.company_id "
        "ORDER BY o.status = 'closed', o.discovered_on DESC, o.id DESC"
    ).fetchall()
    return Names(
        [(i, name, " " + " ".join(_WORD.findall(name.casefold()))) for i, name in companies],
        [(i, title, company, " " + " ".join(_WORD.findall(f"{title} {company}".casefold())))
         for i, title, company in openings],
    )  # fmt: skip


def _matching(entries: list[tuple[int, str, str]] | list[tuple[int, str, str, str]], text: str, limit: int) -> list:
    """The first ``limit`` entries whose words (their last field) begin with every word of ``text``."""
    words = [f" {word.casefold()}" for word in _WORD.findall(text)]
    if not words:
        return []
    first, rest = words[0], words[1:]
    found = [entry for entry in entries if first in entry[-1]]  # one pass in C for the first word
    if rest:
        found = [entry for entry in found if all(word in entry[-1] for word in rest)]
    return found[:limit]


def companies(text: str, limit: int = LIMIT, known: Names | None = None) -> list[Hit]:
    return [Hit("company", i, name, "") for i, name, _words in _matching((known or names()).companies, text, limit)]


def openings(text: str, limit: int = LIMIT, known: Names | None = None) -> list[Hit]:
    found = _matching((known or names()).openings, text, limit)
    return [Hit("opening", i, title, company) for i, title, company, _words in found]


def message_query(words: list[str], prefix: int = PREFIX_FROM) -> str:
    """The FTS5 query of the words typed: each a whole word, the last (being typed) a prefix from ``prefix``
    letters on (0: never)."""
    terms = [f'"{word}"' for word in words]
    if prefix and len(words[-1]) >= prefix:
        terms[-1] += "*"
    return " ".join(terms)


def interactions(text: str, limit: int = LIMIT, prefix: int = PREFIX_FROM) -> list[Hit]:
    """Notes and messages holding every word typed, the last one as a prefix once it has ``prefix`` letters
    (``PREFIX_FROM``), the newest first (by when they were recorded). A whole word's list is read from its
    newest end and stops after ``limit``; a prefix merges the lists of the words it begins (see ``PREFIX_FROM``).
    On a team server every word is a prefix (PostgreSQL's ``rebound_query``)."""
    words = _WORD.findall(text)
    if not words:
        return []
    if is_team(DB.obj):  # a team server: its own index (PostgreSQL's tsvector, store/search.py)
        found = "SELECT id FROM interaction_fts WHERE doc @@ rebound_query(?) ORDER BY id DESC LIMIT ?"
        term = " ".join(words)
    else:
        found = "SELECT rowid AS id FROM interaction_fts WHERE interaction_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
        term = message_query(words, prefix)
    rows = DB.obj.execute_sql(
        "SELECT i.id, i.person_id, i.kind, i.subject, substr(i.body, 1, 200), p.name "
        f"FROM ({found}) f JOIN interaction i ON i.id = f.id JOIN person p ON p.id = i.person_id ORDER BY i.id DESC",
        [term, limit],
    ).fetchall()
    hits = []
    for interaction_id, person_id, kind, subject, body, name in rows:
        title = subject or " ".join((body or "").split())[:80] or kind
        hits.append(Hit("interaction", interaction_id, title, name, person_id))
    return hits


def find(text: str, limit: int = LIMIT, known: Names | None = None, prefix: int = PREFIX_FROM) -> dict[str, list[Hit]]:
    """The hits for ``text``, by group (empty groups left out), in the palette's order (``known``: ``names()``
    read when the palette opened; ``prefix``: see ``interactions``)."""
    if not _WORD.search(text):
        return {}
    known = known or names()
    groups = {
        "person": people(text, limit),
        "company": companies(text, limit, known),
        "opening": openings(text, limit, known),
        "interaction": interactions(text, limit, prefix),
    }
    return {kind: hits for kind, hits in groups.items() if hits}
