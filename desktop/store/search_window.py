"""One window of a people search in name order, without touching every match.

The index answers a prefix query in row id order at once (the first 200 of 90,000 matches of "e"
in 0.1 ms), but the People list shows matches in name order, and sorting 90,000 matches to keep
200 is what made a one-letter search cost 20–30 ms. A window is read after the key
(``sort_key``, ``id``) of the row before it (keyset paging), by one of three ways, picked from
a sample of the first matches in id order:

- few matches (fewer than ``_SAMPLE``, or about ``_MANY`` estimated): SQL sorts them all, which is cheap for so
  few (their sort keys read from the narrow index ``person_id_sort``);
- dense matches (at least ``_DENSE`` of the people, a word of ASCII letters and digits once
  accents are folded): walk the name-ordered covering index from the key and match each row
  in Python, as the index's tokenizer would; a row whose text holds a character this module
  does not fold as the tokenizer does is asked of the index itself;
- the rest: walk the name index in SQL, each row looked up among the matches, up to a bound
  (and sort every match in SQL when they bunch up beyond it); a dense walk whose one batch
  came back short goes on this way too.

All three return the same people in the same order as sorting every match by
(``sort_key``, ``id``); ``tests/store/test_search_window.py`` holds them to that.
"""

from __future__ import annotations

import re
import sys
import weakref

import peewee as pw

TOKENIZER = "unicode61 remove_diacritics 2"  # the people and interaction indexes (store.search.TOKENIZER)

Key = tuple[str, int]  # (sort_key, id): a person's place in the list's name order

_SAMPLE = 1024
# Share of the people above which walking the list in Python wins: it costs ~9 µs a row and reads about
# limit / share rows, while SQL's walk first collects every match (CPU time on the 100k bench: "e", 90%,
# 3.0 ms against 16.8; "m" 3.3 against 9.6; "a", 47%, 5.6 against 7.6; "d", 32%, 18 against 5).
# One batch of at most _WALKED rows: where the matches are sparser near the start than on the whole,
# SQL's walk goes on from there.
_DENSE = 0.4
_WALKED = 512
_MARGIN = 2  # the SQL walk's bound: where evenly spread matches would have filled the window twice over
_SLACK = 5_000
# Below this many matches (estimated), SQL sorts them all, reading each one's sort key from the narrow index
# person_id_sort (migration 13): cheaper than a walk that may come back short when they bunch up ("ju",
# "thomas": ~5,300 matches, walk 5 ms + sort 5 ms before; sort alone 3–4 ms CPU; 7,400 of "anna": 4 ms).
_MANY = 8_000

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
    share, people = _share(db, len(sample), sample[-1])
    if share * people < _MANY:
        return _sorted(db, expression, after, limit)
    if share >= _DENSE:
        table = _probe(type(db.connection()).__module__)
        patterns = _ascii_words(words, table)
        if patterns is not None:
            batch = min(_WALKED, int(limit * 1.25 / share))
            found, after = _walk(db, expression, patterns, table, after, limit, batch)
            if after is None:
                return found
            return found + _bounded(db, expression, after, limit - len(found), share)
    return _bounded(db, expression, after, limit, share)


def _bounded(db: pw.Database, expression: str, after: Key | None, limit: int, share: float) -> list[int]:
    """Walk the name index in SQL, each row checked against the matches, up to a bound; else sort them all.

    The bound is the key where matches spread as evenly as on the whole would have filled the window
    ``_MARGIN`` times over (found by skipping keys along the index, ~0.05 µs a row). When the
    matches bunch up beyond it ("thomas": all near the T's), the walk comes back short and SQL
    sorts every match instead, which is cheap for such mid-sized results.
    """
    reach = int(_MARGIN * limit / max(share, 1e-6)) + _SLACK
    bound = db.execute_sql(
        "SELECT sort_key, id FROM person INDEXED BY person_list"
        + (" WHERE (sort_key, id) > (?, ?)" if after else "")
        + " ORDER BY sort_key, id LIMIT 1 OFFSET ?",
        [*(after or ()), reach],
    ).fetchone()
    if bound is None:  # the bound lies past the end: walking to the end is the whole of it
        return _sorted(db, expression, after, limit, walk=True)
    sql = _SORTED.format(bound=(" AND" + _BOUND if after else "") + " AND (p.sort_key, p.id) <= (?, ?)")
    sql = sql.replace("WHERE p.id IN", "WHERE +p.id IN")  # "+": walk the name index, not the match list
    ids = [row[0] for row in db.execute_sql(sql, [expression, *(after or ()), *bound, limit]).fetchall()]
    return ids if len(ids) == limit else _sorted(db, expression, after, limit)


def _sorted(db: pw.Database, expression: str, after: Key | None, limit: int, walk: bool = False) -> list[int]:
    sql = _SORTED.format(bound=" AND" + _BOUND if after else "")
    if walk:
        sql = sql.replace("WHERE p.id IN", "WHERE +p.id IN")
    elif _has_id_sort(db):  # each match's sort key from the narrow index, not from its (wide) row
        sql = sql.replace("FROM person p WHERE", "FROM person p INDEXED BY person_id_sort WHERE")
    params: list[object] = [expression, *(after or ()), limit]
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


_ID_SORT: weakref.WeakKeyDictionary[pw.Database, bool] = weakref.WeakKeyDictionary()


def _has_id_sort(db: pw.Database) -> bool:
    """Whether the database has ``person_id_sort`` (migration 13): a read-only file of an older schema, opened
    as it is (damaged, or on a read-only medium), was never migrated. Asked once per open database."""
    known = _ID_SORT.get(db)
    if known is None:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'person_id_sort'"
        known = _ID_SORT[db] = db.execute_sql(sql).fetchone() is not None
    return known


def _share(db: pw.Database, found: int, last_id: int) -> tuple[float, int]:
    """The share of people matching, estimated from ``found`` matches among the ids up to ``last_id``; the people."""
    (people,) = db.execute_sql("SELECT n FROM tally WHERE name = 'person'").fetchone()  # kept by triggers
    (top,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM person").fetchone()
    if not people or not top:
        return 0.0, 0
    below = max(last_id * people / top, 1.0)  # ids spread evenly over 1..top
    return min(found / below, 1.0), int(people)


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
