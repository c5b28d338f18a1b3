"""One window of a people search in name order, without touching every match.

The index answers a prefix query in row id order at once (the first 200 of 90,000 matches of "e"
in 0.1 ms), but the People list shows matches in name order, and sorting 90,000 matches to keep
200 is what made a one-letter search cost 20–30 ms. A window is read after the key
(``sort_key``, ``id``) of the row before it (keyset paging), by one of three ways, picked from
a sample of the first matches in id order:

- few matches (fewer than ``_SAMPLE``): SQL sorts them all, which is cheap for so few;
- dense matches (at least ``_DENSE`` of the people, a word of ASCII letters and digits once
  accents are folded): walk the name-ordered covering index from the key and match each row
  in Python, as the index's tokenizer would; a row whose text holds a character this module
  does not fold as the tokenizer does is asked of the index itself;
- the rest: every match's place in name order from a map of the whole order (read once,
  kept while nothing is written), the first ``limit`` of them by a heap.

All three return the same people in the same order as sorting every match by
(``sort_key``, ``id``); ``tests/store/test_search_window.py`` holds them to that.
"""

from __future__ import annotations

import heapq
import re
import sys
from array import array
from dataclasses import dataclass

import peewee as pw

TOKENIZER = "unicode61 remove_diacritics 2"  # the people and interaction indexes (store.search.TOKENIZER)

Key = tuple[str, int]  # (sort_key, id): a person's place in the list's name order

_SAMPLE = 1024
# Share of the people above which walking the list wins: the walk costs ~9 µs a row and reads about
# limit / share rows, the map 0.37 µs per match (CPU time on the 100k bench). One batch of at most
# _WALKED rows: where the matches are sparser near the start than on the whole ('t', 'r'), the map
# takes over instead of walking on.
_DENSE = 0.3
_WALKED = 512

_MATCHES = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"
_SORTED = (
    "SELECT p.id FROM person p WHERE p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?){bound} "
    "ORDER BY p.sort_key, p.id LIMIT ?"
)
_WALK = (
    "SELECT p.id, p.sort_key, p.name, c.name, p.title, p.email FROM person p INDEXED BY person_list "
    "LEFT JOIN company c ON c.id = p.company_id{bound} ORDER BY p.sort_key, p.id LIMIT ?"
)
_TAGS = (
    "SELECT pt.person_id, group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
    "WHERE pt.person_id IN ({marks}) GROUP BY pt.person_id"
)
_BOUND = " (p.sort_key, p.id) > (?, ?)"


# The characters folded in Python: Latin letters with accents, and punctuation and spaces. Which token each
# becomes is asked of the index's own tokenizer once per process (``_probe``): SQLite's Unicode tables are its
# own (a letter with two marks, a symbol added in a later Unicode version), and nothing here guesses them.
_PROBED = (*range(0x80, 0x250), *range(0x1E00, 0x1F00), *range(0x2000, 0x2070))
_OTHER_LETTER = "ÿ"  # stands for a letter the tokenizer keeps but no ASCII word starts with (ø, ß, ł, ı)
_TOKEN_START = r"(?<![^\W_])"  # not after a letter or digit: where the tokenizer starts a word
_folds: dict[str, dict[str, str]] = {}


def _probe(driver: str) -> dict[str, str]:
    """What the tokenizer (unicode61, remove_diacritics 2) makes of each probed character, as a str.translate table.

    "a", the character, "b" in a throw-away in-memory index: one token "axb" (the character folds to
    ``x``), or the two tokens "a" and "b" (it separates words).
    """
    table = _folds.get(driver)
    if table is not None:
        return table
    module = sys.modules[driver]
    connection = module.connect(":memory:")
    try:
        connection.execute(f"CREATE VIRTUAL TABLE probe USING fts5(t, tokenize='{TOKENIZER}')")
        connection.execute("CREATE VIRTUAL TABLE probe_words USING fts5vocab(probe, 'instance')")
        connection.executemany("INSERT INTO probe (rowid, t) VALUES (?, ?)", [(c, f"a{chr(c)}b") for c in _PROBED])
        tokens: dict[int, list[tuple[int, str]]] = {}
        for term, code, _column, offset in connection.execute("SELECT term, doc, col, offset FROM probe_words"):
            tokens.setdefault(code, []).append((offset, term))
    finally:
        connection.close()
    table = {}
    for code in _PROBED:
        words = [term for _offset, term in sorted(tokens.get(code, []))]
        if words == ["a", "b"]:
            table[chr(code)] = " "
        elif len(words) == 1 and len(words[0]) == 3 and words[0][0] == "a" and words[0][2] == "b":
            folded = words[0][1]
            table[chr(code)] = folded if folded.isascii() and folded.isalnum() else _OTHER_LETTER
    _folds[driver] = table
    return table


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str, table: dict[str, str]) -> str | None:
    """``text`` as the tokenizer folds it (ASCII, or ``_OTHER_LETTER``); None when a character was not probed."""
    if not text.isascii():  # a few characters of a row at most: str.translate with a dict costs 10× more
        text = _NON_ASCII.sub(lambda found: table.get(found[0], "\x00"), text)
        if "\x00" in text:
            return None
    return text.lower()


def _ascii_words(words: list[str], table: dict[str, str]) -> list[re.Pattern[str]] | None:
    patterns: list[re.Pattern[str]] = []
    for word in words:
        folded = fold(word, table)
        if folded is None or not (
            folded.isascii() and folded.isalnum()
        ):  # a word the tokenizer would split, or one it folds otherwise
            return None
        patterns.append(re.compile(_TOKEN_START + re.escape(folded)))
    return patterns


def person_window(db: pw.Database, expression: str, words: list[str], after: Key | None, limit: int) -> list[int]:
    """Ids of the next ``limit`` people matching ``expression`` (an FTS5 query), in name order after ``after``."""
    sample = [row[0] for row in db.execute_sql(_MATCHES + " LIMIT ?", [expression, _SAMPLE]).fetchall()]
    if len(sample) < _SAMPLE:
        return _sorted(db, expression, after, limit)
    share = _share(db, len(sample), sample[-1])
    if share >= _DENSE:
        table = _probe(type(db.connection()).__module__)
        patterns = _ascii_words(words, table)
        if patterns is not None:
            batch = min(_WALKED, int(limit * 1.25 / share))
            found, after = _walk(db, expression, patterns, table, after, limit, batch)
            if after is None:
                return found
            limit -= len(found)
            return found + _by_order(db, expression, after, limit)
    return _by_order(db, expression, after, limit)


def _by_order(db: pw.Database, expression: str, after: Key | None, limit: int) -> list[int]:
    ids = _ranked(db, expression, after, limit)
    return ids if ids is not None else _sorted(db, expression, after, limit)


def _sorted(db: pw.Database, expression: str, after: Key | None, limit: int) -> list[int]:
    sql = _SORTED.format(bound=" AND" + _BOUND if after else "")
    params: list[object] = [expression, *(after or ()), limit]
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def _share(db: pw.Database, found: int, last_id: int) -> float:
    """The share of people matching, estimated from ``found`` matches among the ids up to ``last_id``."""
    (people,) = db.execute_sql("SELECT n FROM tally WHERE name = 'person'").fetchone()  # kept by triggers
    (top,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM person").fetchone()
    if not people or not top:
        return 0.0
    below = max(last_id * people / top, 1.0)  # ids spread evenly over 1..top
    return found / below


def _walk(
    db: pw.Database,
    expression: str,
    patterns: list[re.Pattern[str]],
    table: dict[str, str],
    after: Key | None,
    limit: int,
    batch: int,
) -> tuple[list[int], Key | None]:
    """Up to ``limit`` matches after ``after`` from one batch of rows, and the key where it stopped.

    The key is None when the walk is done (the window is full or the list ended); otherwise the
    matches were sparser near ``after`` than on the whole and the caller goes on another way.
    """
    found: list[int] = []
    key = after
    for _turn in range(1):
        sql = _WALK.format(bound=" WHERE" + _BOUND if key else "")
        rows = db.execute_sql(sql, [*(key or ()), batch]).fetchall()
        if not rows:
            break
        marks = ", ".join("?" * len(rows))
        tags = dict(db.execute_sql(_TAGS.format(marks=marks), [row[0] for row in rows]).fetchall())
        matching: set[int] = set()
        unsure: list[int] = []
        for pid, _sort_key, *columns in rows:
            text = fold("\n".join(value for value in (*columns, tags.get(pid)) if value), table)
            if text is None:
                unsure.append(pid)
            elif all(pattern.search(text) for pattern in patterns):
                matching.add(pid)
        if unsure:  # the index itself decides (a seek per row)
            sql = _MATCHES + f" AND rowid IN ({', '.join('?' * len(unsure))})"
            matching.update(row[0] for row in db.execute_sql(sql, [expression, *unsure]).fetchall())
        found.extend(row[0] for row in rows if row[0] in matching)
        if len(rows) < batch or len(found) >= limit:
            break
        key = (rows[-1][1], rows[-1][0])
    else:
        return found, key
    return found[:limit], None


@dataclass
class _Order:
    """The whole name order: ``rank[id]`` is a person's place, ``ids[place]`` the person there."""

    stamp: tuple[int, int, int]
    rank: array[int]
    ids: array[int]


_orders: dict[int, _Order] = {}


def _stamp(db: pw.Database) -> tuple[int, int, int]:
    """Changes with any write: by this connection (its change count) or another (SQLite's data_version)."""
    connection = db.connection()
    (version,) = db.execute_sql("PRAGMA data_version").fetchone()
    return id(connection), int(version), int(connection.total_changes)


def _order(db: pw.Database) -> _Order:
    stamp = _stamp(db)
    order = _orders.get(id(db))
    if order is None or order.stamp != stamp:
        ids = array(
            "q",
            (row[0] for row in db.execute_sql("SELECT id FROM person INDEXED BY person_list ORDER BY sort_key, id")),
        )
        rank = array("q", [-1]) * (max(ids, default=0) + 1)
        for place, pid in enumerate(ids):
            rank[pid] = place
        order = _orders[id(db)] = _Order(stamp, rank, ids)
    return order


def _ranked(db: pw.Database, expression: str, after: Key | None, limit: int) -> list[int] | None:
    order = _order(db)
    rank = order.rank
    top = len(rank)
    start = -1
    if after is not None:
        if not 0 <= after[1] < top or rank[after[1]] < 0:
            return None  # the row before was deleted meanwhile: let SQL seek its key
        start = rank[after[1]]
    try:
        places = [rank[pid] for (pid,) in db.execute_sql(_MATCHES, [expression]).fetchall()]
    except IndexError:
        return None  # someone beyond the map: the order changed under us
    if -1 in places:
        return None
    first = heapq.nsmallest(limit, [place for place in places if place > start] if start >= 0 else places)
    return [order.ids[place] for place in first]
