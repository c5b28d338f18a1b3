"""Duplicate people: find likely pairs, merge one into the other, and undo a merge exactly.

``candidates()`` compares people only within small blocks that duplicates share — the folded
last name with the first initial, the last name at one company or e-mail domain, the same
e-mail or LinkedIn profile, the same words in another order — never all pairs, so it stays fast
at 100,000 people. Each pair gets a score in [0, 1] from the similarity of the names (rapidfuzz)
and the evidence around them, with the reasons in words.

``merge(keep_id, drop_id)`` moves everything of the dropped person to the kept one in one
transaction: interactions (exact repeats dropped), edges (no self-edge, no double edge),
process contacts and candidacies, tags, suggestion states; it fills the kept person's empty
fields and keeps in the notes what would otherwise be lost (a second e-mail address). It
returns a ``MergeUndo`` holding every row it changed, and ``undo(MergeUndo)`` puts them back:
the database is then as it was before the merge, ids included.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from desktop.core.changes import Changes
from desktop.errors import InputError, NotFound
from desktop.store.models import DB, TRIGGER_KEPT_COLUMNS
from desktop.texts import say
from desktop.vocab import SuggestionKey

BLOCK_LIMIT = 60
"""A block with more people than this says too little (a common last name alone): it is not compared."""
MIN_SCORE = 0.8
MIN_NAME_SIMILARITY = 0.8
"""Below this, names say two people whatever else they share (only the same e-mail or profile overrides)."""
PUBLIC_DOMAINS = frozenset(
    (
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.de", "yahoo.co.uk", "yahoo.fr", "hotmail.com",
        "hotmail.de", "hotmail.co.uk", "hotmail.fr", "outlook.com", "outlook.de", "live.com", "live.de", "msn.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com", "web.de",
        "t-online.de", "freenet.de", "posteo.de", "mailbox.org", "proton.me", "protonmail.com", "mail.com",
        "yandex.ru", "yandex.com", "qq.com", "163.com", "mail.ru", "fastmail.com", "zoho.com",
    )
)  # fmt: skip
_NICKNAMES = {
    nickname: name
    for name, nicknames in {
        "catherine": "cathy cath kate katie", "katherine": "kathy kate katie", "elizabeth": "liz liza beth betty",
        "robert": "bob rob bobby", "william": "bill will billy", "richard": "rick dick rich", "thomas": "tom tommy",
        "michael": "mike mick", "james": "jim jimmy", "joseph": "joe joey", "margaret": "maggie meg peggy",
        "jennifer": "jen jenny", "christopher": "chris", "christine": "chris tina", "nicholas": "nick nico",
        "daniel": "dan danny", "matthew": "matt", "andrew": "andy drew", "anthony": "tony", "edward": "ed ted",
        "johannes": "hannes jo", "alexandra": "sasha alex", "susanne": "susi", "benjamin": "ben",
        "samuel": "sam", "jonathan": "jon", "stephen": "steve", "steven": "steve", "patricia": "pat patty",
        "rebecca": "becky", "deborah": "debbie", "barbara": "barb", "wolfgang": "wolf", "friedrich": "fritz",
    }.items()
    for nickname in nicknames.split()
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Candidate:
    """Two people who may be one: ``a`` < ``b``; ``score`` in [0, 1]; ``reasons`` in words, strongest first."""

    a: int
    b: int
    a_name: str
    b_name: str
    score: float
    reasons: tuple[str, ...]


@dataclass
class _Person:
    id: int
    name: str
    words: str  # the folded name's words, space-separated
    first: str
    last: str
    email: str | None
    domain: str | None
    url: str | None
    company_id: int | None
    company: str | None


def _load(where: str = "1 = 1", params: Iterable[object] = ()) -> dict[int, _Person]:
    people: dict[int, _Person] = {}
    rows = DB.obj.execute_sql(
        "SELECT p.id, p.name, p.sort_key, p.email_key, p.linkedin_key, p.company_id, c.name "
        f"FROM person p LEFT JOIN company c ON c.id = p.company_id WHERE {where}",
        list(params),
    ).fetchall()
    findall = _WORD.findall
    for pid, name, key, mail, url, company_id, company in rows:
        words = findall(key)
        first = words[0] if words else ""
        last = words[-1] if len(words) > 1 else ""
        domain = mail.rsplit("@", 1)[-1] if mail and "@" in mail else None
        people[pid] = _Person(pid, name, " ".join(words), first, last, mail, domain, url, company_id, company)
    return people


def _blocks(person: _Person) -> list[str]:
    """The keys under which this person is compared with others (kind, then what they share)."""
    keys = []
    last, initial = person.last, person.first[:1]
    if last:
        keys.append(f"name|{last}|{initial}")
        if person.company_id is not None:
            keys.append(f"company|{last[:4]}|{initial}|{person.company_id}")
        if person.domain and person.domain not in PUBLIC_DOMAINS:
            keys.append(f"domain|{last[:4]}|{person.domain}")
        if " " in person.words:
            keys.append("words|" + " ".join(sorted(person.words.split())))
    if person.email:
        keys.append(f"email|{person.email}")
    if person.url:
        keys.append(f"url|{person.url}")
    return keys


def name_similarity(a: str, b: str) -> float:
    """How alike two folded names are, in [0, 1]: the weaker of the first-name and last-name similarities
    (in either order), a nickname or a shortened first name ("Cathy", "Alex", "T.") counting as alike."""
    if a == b:
        return 1.0
    a_words, b_words = a.split(), b.split()
    if len(a_words) < 2 or len(b_words) < 2:
        return fuzz.token_sort_ratio(a, b) / 100
    (a_first, a_last), (b_first, b_last) = (a_words[0], a_words[-1]), (b_words[0], b_words[-1])
    ratio = fuzz.ratio
    straight = min(ratio(a_first, b_first), ratio(a_last, b_last))
    crossed = min(ratio(a_first, b_last), ratio(a_last, b_first))
    score = max(straight, crossed) / 100
    if a_last == b_last:
        if a_first.startswith(b_first) or b_first.startswith(a_first):  # "Alex" / "Alexander", "T" / "Tom"
            score = max(score, 0.9)
        elif _NICKNAMES.get(a_first, a_first) == _NICKNAMES.get(b_first, b_first):  # "Cathy" / "Catherine"
            score = max(score, 0.88)
    return score


def _judge(a: _Person, b: _Person, similarity: float) -> tuple[float, list[str]] | None:
    """The score and reasons of a pair, or None when they are certainly two people."""
    if a.url and b.url and a.url != b.url:
        return None  # two LinkedIn profiles are two people
    alike = say("names {percent}% alike").format(percent=round(similarity * 100))
    if a.url and a.url == b.url:
        return max(0.95, similarity), [say("same LinkedIn profile"), alike]
    if a.email and a.email == b.email:
        return max(0.95, similarity), [say("same e-mail {email}").format(email=a.email), alike]
    if similarity < MIN_NAME_SIMILARITY:
        return None
    if a.company_id is not None and a.company_id == b.company_id:
        evidence, why = 1.0, [say("both at {company}").format(company=a.company)]
    elif a.domain and a.domain == b.domain and a.domain not in PUBLIC_DOMAINS:
        evidence, why = 0.7, [say("same e-mail domain {domain}").format(domain=a.domain)]
    else:
        evidence, why = 0.5, []  # nothing known either way
        if a.company_id and b.company_id:
            evidence -= 0.6
            why.append(say("but at different companies ({one}, {other})").format(one=a.company, other=b.company))
        if a.email and b.email:
            evidence -= 0.6
            why.append(say("but with different e-mail addresses"))
    return round(0.8 * similarity + 0.2 * evidence, 3), [alike, *why]


class _Similarities(dict[tuple[str, str], float]):
    """Name similarities, each pair of distinct names computed once."""

    def of(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        key = (a, b) if a < b else (b, a)
        found = self.get(key)
        if found is None:
            found = self[key] = name_similarity(a, b)
        return found


def candidates(
    min_score: float = MIN_SCORE,
    limit: int | None = None,
    person_id: int | None = None,
    exclude: Iterable[tuple[int, int]] = (),
) -> list[Candidate]:
    """Likely duplicate pairs, best first (then by ids).

    ``person_id``: only the pairs with this person (reads only the people who share a block with them);
    ``exclude``: more pairs to leave out (those judged "not the same person", ``mark_distinct``, always are).
    """
    if person_id is None:
        people = _load()
    else:
        people = _load("p.id = ?", [person_id])
        if not people:
            raise NotFound(f"no person with id {person_id}")
        me = people[person_id]
        where = ["p.sort_key LIKE ?"]
        params: list[Any] = [f"%{me.last or me.first}%"]
        for column, value in (("p.email_key", me.email), ("p.linkedin_key", me.url), ("p.company_id", me.company_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if me.domain and me.domain not in PUBLIC_DOMAINS:
            where.append("p.email_key LIKE ?")
            params.append(f"%@{me.domain}")
        people.update(_load(" OR ".join(where), params))
    blocks: dict[str, list[int]] = {}
    for pid, person in people.items():
        for key in _blocks(person):
            members = blocks.get(key)
            if members is None:
                blocks[key] = [pid]
            else:
                members.append(pid)
    if person_id is not None:
        mine = set(_blocks(people[person_id]))
        blocks = {key: members for key, members in blocks.items() if key in mine}
    similar = _Similarities()
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2:
            continue
        strict = not key.startswith(("email|", "url|"))  # the same e-mail or profile is worth a look anyway
        if strict and len(members) > BLOCK_LIMIT:
            continue
        if person_id is not None:
            members = [person_id] + [m for m in members if m != person_id]
        by_name: dict[str, list[int]] = {}
        for pid in members:
            by_name.setdefault(people[pid].words, []).append(pid)
        names = list(by_name)
        for i, name in enumerate(names):
            group = sorted(by_name[name])
            if person_id is None:
                pairs.update(combinations(group, 2))
            for other in names[i + 1 :]:
                if strict and similar.of(name, other) < MIN_NAME_SIMILARITY:
                    continue  # compare the names once, not every pair of their people
                pairs.update((x, y) if x < y else (y, x) for x in group for y in by_name[other])
            if person_id is not None:
                break  # only the pairs of the person asked about (who comes first)
    if person_id is not None:
        pairs.update(
            (min(person_id, m), max(person_id, m))
            for key, members in blocks.items()
            for m in members
            if m != person_id and people[m].words == people[person_id].words
        )
    pairs.difference_update(tuple(sorted(pair)) for pair in exclude)
    pairs.difference_update(distinct_pairs())
    found: list[Candidate] = []
    for first, second in pairs:
        a, b = people[first], people[second]
        judged = _judge(a, b, similar.of(a.words, b.words))
        if judged is not None and judged[0] >= min_score:
            found.append(Candidate(first, second, a.name, b.name, min(judged[0], 1.0), tuple(judged[1])))
    found.sort(key=lambda c: (-c.score, c.a, c.b))
    return found[:limit] if limit is not None else found


# ---------------------------------------------------------------- merge and undo


Row = dict[str, Any]


def mark_distinct(a: int, b: int) -> Changes:
    """Remember that these two are not the same person: ``candidates`` never offers the pair again."""
    if a == b:
        raise InputError("a person is always the same person as themselves")
    low, high = sorted((a, b))
    with DB.atomic():
        for pid in (low, high):
            if DB.obj.execute_sql("SELECT 1 FROM person WHERE id = ?", [pid]).fetchone() is None:
                raise NotFound(f"no person with id {pid}")
        DB.obj.execute_sql("INSERT OR IGNORE INTO distinct_pair (a, b) VALUES (?, ?)", [low, high])
    return Changes()  # only the duplicates list shows the judgements


def unmark_distinct(a: int, b: int) -> Changes:
    """Forget such a judgement (its undo)."""
    low, high = sorted((a, b))
    with DB.atomic():
        DB.obj.execute_sql("DELETE FROM distinct_pair WHERE a = ? AND b = ?", [low, high])
    return Changes()


def distinct_pairs() -> set[tuple[int, int]]:
    """The pairs judged "not the same person", as (lower id, higher id)."""
    return {(a, b) for a, b in DB.obj.execute_sql("SELECT a, b FROM distinct_pair").fetchall()}


@dataclass(frozen=True)
class MergeUndo:
    """Every row a merge changed, as it was; ``undo`` writes them back. Plain data (JSON-able)."""

    keep_id: int
    drop_id: int
    keep_row: Row
    drop_row: Row
    moved_interactions: tuple[int, ...] = ()
    deleted_interactions: tuple[Row, ...] = ()
    connections: tuple[Row, ...] = ()
    process_contacts: tuple[Row, ...] = ()
    candidacies: tuple[int, ...] = ()
    person_tags: tuple[Row, ...] = ()
    added_person_tags: tuple[int, ...] = ()
    suggestion_states: tuple[Row, ...] = ()
    renamed_states: tuple[str, ...] = ()
    distinct_pairs: tuple[Row, ...] = ()  # the dropped person's "not the same person" judgements
    summary: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        """What the merge (and its undo) changed: the kept person, and the dropped id (gone, or back again):
        the lists are read again and the plan is built anew, as after an erasure."""
        return Changes(people=frozenset({self.keep_id}), erased=frozenset({self.drop_id}))


def _rows(table: str, where: str, params: list[Any]) -> list[Row]:
    """Whole rows, as written (without the columns triggers keep: they follow the rows they derive from)."""
    cursor = DB.obj.execute_sql(f"SELECT * FROM {table} WHERE {where} ORDER BY 1", params)
    names = [d[0] for d in cursor.description]
    kept = TRIGGER_KEPT_COLUMNS.get(table, frozenset())
    return [
        {name: value for name, value in zip(names, row, strict=True) if name not in kept} for row in cursor.fetchall()
    ]


def _insert(table: str, row: Row) -> None:
    DB.obj.execute_sql(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )


def _set(table: str, key: str, value: Any, row: Row) -> None:
    columns = [c for c in row if c != key]
    DB.obj.execute_sql(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE {key} = ?",
        [row[c] for c in columns] + [value],
    )


def _person_of_key(key: str) -> str:
    try:
        return SuggestionKey.parse(key).person
    except ValueError:
        return ""


def _blank(value: object) -> bool:
    return value is None or value == "" or value == "[]"


def _merged_person(keep: Row, drop: Row) -> Row:
    """The kept person's row after the merge: empty fields filled, flags combined, nothing of the other lost."""
    merged = dict(keep)
    for column in ("first_name", "last_name", "phone", "company_id", "title", "role", "connected_on", "language",
                   "location"):  # fmt: skip
        if _blank(merged[column]) and not _blank(drop[column]):
            merged[column] = drop[column]
    notes = [keep["notes"]] if keep["notes"] else []
    for column, key, label in (("email", "email_key", "Other e-mail address"),
                               ("linkedin_url", "linkedin_key", "Other LinkedIn profile")):  # fmt: skip
        if _blank(merged[column]) and not _blank(drop[column]):
            merged[column] = drop[column]
            merged[key] = drop[key]  # the key of the value taken over
        elif not _blank(drop[column]) and drop[key] != merged[key]:
            notes.append(f"{label}: {drop[column]}")
    if drop["phone"] and merged["phone"] != drop["phone"]:
        notes.append(f"Other phone number: {drop['phone']}")
    if drop["notes"] and drop["notes"] != keep["notes"]:
        notes.append(drop["notes"])
    merged["notes"] = "\n\n".join(notes) or None
    merged["connected"] = int(bool(keep["connected"]) or bool(drop["connected"]))
    merged["do_not_contact"] = int(bool(keep["do_not_contact"]) or bool(drop["do_not_contact"]))
    merged["archived"] = int(bool(keep["archived"]) and bool(drop["archived"]))
    skills = json.loads(keep["skills"] or "[]") + json.loads(drop["skills"] or "[]")
    merged["skills"] = json.dumps(list(dict.fromkeys(skills)), ensure_ascii=False)
    return merged


def merge(keep_id: int, drop_id: int) -> MergeUndo:
    """Merge ``drop_id`` into ``keep_id`` in one transaction; returns what ``undo`` needs."""
    if keep_id == drop_id:
        raise InputError("a person cannot be merged with themselves")
    with DB.atomic():
        found = {row["id"]: row for row in _rows("person", "id IN (?, ?)", [keep_id, drop_id])}
        for pid in (keep_id, drop_id):
            if pid not in found:
                raise NotFound(f"no person with id {pid}")
        keep, drop = found[keep_id], found[drop_id]
        both = [keep_id, drop_id]
        connections = _rows("connection", "a_id IN (?, ?) OR b_id IN (?, ?)", both + both)
        contacts = _rows("process_contact", "person_id IN (?, ?)", both)
        person_tags = _rows("person_tag", "person_id IN (?, ?)", both)
        distinct = _rows("distinct_pair", "a = ? OR b = ?", [drop_id, drop_id])  # they go with the person
        states = [
            row for row in _rows("suggestion_state", "key LIKE ?", [f"%/{drop_id}/%"])
            if _person_of_key(row["key"]) == str(drop_id)
        ]  # fmt: skip

        # interactions: move them; an exact repeat of one the kept person has goes
        kept = {
            (r[0], r[1], str(r[2]), r[3])
            for r in DB.obj.execute_sql(
                "SELECT kind, direction, at, body FROM interaction WHERE person_id = ?", [keep_id]
            ).fetchall()
        }
        moved, deleted = [], []
        for row in _rows("interaction", "person_id = ?", [drop_id]):
            if (row["kind"], row["direction"], str(row["at"]), row["body"]) in kept:
                deleted.append(row)
            else:
                moved.append(row["id"])
        for row in deleted:
            DB.obj.execute_sql("DELETE FROM interaction WHERE id = ?", [row["id"]])
        for start in range(0, len(moved), 400):
            chunk = moved[start : start + 400]
            DB.obj.execute_sql(
                f"UPDATE interaction SET person_id = ? WHERE id IN ({', '.join('?' * len(chunk))})", [keep_id, *chunk]
            )

        # edges: no self-edge, no second edge to the same person (the stronger one wins)
        kept_edges = {
            (e["b_id"] if e["a_id"] == keep_id else e["a_id"]): e
            for e in connections
            if keep_id in (e["a_id"], e["b_id"])
        }
        for edge in connections:
            if drop_id not in (edge["a_id"], edge["b_id"]):
                continue
            other = edge["b_id"] if edge["a_id"] == drop_id else edge["a_id"]
            DB.obj.execute_sql("DELETE FROM connection WHERE id = ?", [edge["id"]])
            if other == keep_id:
                continue
            mine = kept_edges.get(other)
            if mine is None:
                low, high = sorted((keep_id, other))
                _insert("connection", {**edge, "a_id": low, "b_id": high})
                kept_edges[other] = {**edge, "a_id": low, "b_id": high}
            else:
                strength = max(mine["strength"], edge["strength"])
                kind = edge["kind"] if mine["kind"] == "knows" else mine["kind"]
                since = min((d for d in (mine["since"], edge["since"]) if d), default=None)
                DB.obj.execute_sql(
                    "UPDATE connection SET strength = ?, kind = ?, since = ? WHERE id = ?",
                    [strength, kind, since, mine["id"]],
                )

        # process contacts and candidacies
        roles = {(c["process_id"], c["role"]) for c in contacts if c["person_id"] == keep_id}
        for contact in contacts:
            if contact["person_id"] != drop_id:
                continue
            if (contact["process_id"], contact["role"]) in roles:
                DB.obj.execute_sql("DELETE FROM process_contact WHERE id = ?", [contact["id"]])
            else:
                DB.obj.execute_sql("UPDATE process_contact SET person_id = ? WHERE id = ?", [keep_id, contact["id"]])
                roles.add((contact["process_id"], contact["role"]))
        candidacies = [
            r[0] for r in DB.obj.execute_sql("SELECT id FROM process WHERE candidate_id = ?", [drop_id]).fetchall()
        ]
        DB.obj.execute_sql("UPDATE process SET candidate_id = ? WHERE candidate_id = ?", [keep_id, drop_id])

        # tags: the kept person gets the other's too
        have = {t["tag_id"] for t in person_tags if t["person_id"] == keep_id}
        added = []
        for link in person_tags:
            if link["person_id"] == drop_id and link["tag_id"] not in have:
                cursor = DB.obj.execute_sql(
                    "INSERT INTO person_tag (person_id, tag_id) VALUES (?, ?)", [keep_id, link["tag_id"]]
                )
                added.append(int(cursor.lastrowid))
                have.add(link["tag_id"])
        DB.obj.execute_sql("DELETE FROM person_tag WHERE person_id = ?", [drop_id])

        # suggestion states: action/drop/opening becomes action/keep/opening unless the kept person has that key
        renamed = []
        for state in states:
            old = SuggestionKey.parse(state["key"])
            target = old.with_ids(str(keep_id), old.opening).format()
            DB.obj.execute_sql("DELETE FROM suggestion_state WHERE key = ?", [state["key"]])
            exists = DB.obj.execute_sql("SELECT 1 FROM suggestion_state WHERE key = ?", [target]).fetchone()
            if not exists:
                _insert("suggestion_state", {**state, "key": target})
                renamed.append(target)

        _set("person", "id", keep_id, _merged_person(keep, drop))
        DB.obj.execute_sql("DELETE FROM person WHERE id = ?", [drop_id])
    return MergeUndo(
        keep_id=keep_id, drop_id=drop_id, keep_row=keep, drop_row=drop, moved_interactions=tuple(moved),
        deleted_interactions=tuple(deleted), connections=tuple(connections), process_contacts=tuple(contacts),
        candidacies=tuple(candidacies), person_tags=tuple(person_tags), added_person_tags=tuple(added),
        suggestion_states=tuple(states), renamed_states=tuple(renamed), distinct_pairs=tuple(distinct),
        summary={"interactions": len(moved), "repeats_dropped": len(deleted), "tags_added": len(added)},
    )  # fmt: skip


def undo(change: MergeUndo) -> Changes:
    """Put back everything ``merge`` changed, in one transaction (ids included); what it changed."""
    with DB.atomic():
        if DB.obj.execute_sql("SELECT 1 FROM person WHERE id = ?", [change.keep_id]).fetchone() is None:
            raise InputError(f"cannot undo the merge: person {change.keep_id} no longer exists")
        if DB.obj.execute_sql("SELECT 1 FROM person WHERE id = ?", [change.drop_id]).fetchone() is not None:
            raise InputError(f"cannot undo the merge: person id {change.drop_id} is in use again")
        involved = {e[side] for e in change.connections for side in ("a_id", "b_id")}
        involved |= {c["person_id"] for c in change.process_contacts}
        involved -= {change.drop_id}
        if involved:
            marks = ", ".join("?" * len(involved))
            there = {r[0] for r in DB.obj.execute_sql(f"SELECT id FROM person WHERE id IN ({marks})", list(involved))}
            if there != involved:
                raise InputError("cannot undo the merge: someone it involved has been erased since")
        _set("person", "id", change.keep_id, change.keep_row)
        _insert("person", change.drop_row)

        for start in range(0, len(change.moved_interactions), 400):
            chunk = list(change.moved_interactions[start : start + 400])
            DB.obj.execute_sql(
                f"UPDATE interaction SET person_id = ? WHERE id IN ({', '.join('?' * len(chunk))})",
                [change.drop_id, *chunk],
            )
        for row in change.deleted_interactions:
            _insert("interaction", row)

        drop = change.drop_id
        for table, rows in (("connection", change.connections), ("process_contact", change.process_contacts)):
            for row in rows:  # the rows the merge changed or deleted: as they were
                DB.obj.execute_sql(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
            for row in rows:
                _insert(table, row)
        for process_id in change.candidacies:
            DB.obj.execute_sql("UPDATE process SET candidate_id = ? WHERE id = ?", [drop, process_id])

        for link_id in change.added_person_tags:
            DB.obj.execute_sql("DELETE FROM person_tag WHERE id = ?", [link_id])
        for row in change.person_tags:
            if row["person_id"] == drop:
                _insert("person_tag", row)

        for key in change.renamed_states:
            DB.obj.execute_sql("DELETE FROM suggestion_state WHERE key = ?", [key])
        for row in change.suggestion_states:
            _insert("suggestion_state", row)
        for row in change.distinct_pairs:  # a judgement about someone erased since is moot
            DB.obj.execute_sql(
                "INSERT INTO distinct_pair (a, b) "
                "SELECT ?, ? WHERE (SELECT count(*) FROM person WHERE id IN (?, ?)) = 2",
                [row["a"], row["b"], row["a"], row["b"]],
            )
    return change.changes
