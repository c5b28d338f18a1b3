"""The one bulk writer of people: every import writes its people, their companies and its interactions here.

People are matched as spec/archive-format.md says: by normalized LinkedIn URL, else by e-mail
(case-insensitive), else by name + company — the last only when neither a LinkedIn URL nor an
e-mail says it is someone else. Two ways to write a matched person:

- ``replace`` (the JSON archive): every field the record carries overwrites the stored one; tags
  are replaced.
- ``merge`` (LinkedIn, vCard, CSV — contact lists): the file's company, title and connection
  (``TRACKED``) overwrite the stored ones when the file has them; every other field only fills
  what is empty, so an edit made in the app is never undone by an import; tags are added. A
  person whose company changed gets a ``job_change`` interaction ("Acme GmbH → Globex AG", at the
  import time the caller passes in).

The values of a record come from the one normaliser (``core.person_values``). The speed of a
large import lives here, not in the importers: the people matched in memory (every key read
once), new people queued and inserted in one ``executemany`` with ids given in order, each
record's dict kept as its row, companies and tags cached by name, the stored interactions read
in a few queries. Everything writes with plain SQL on the open connection inside ``writing()``
(one import is one transaction, with the search index filled in one pass and the person indexes
built once at its end when that is faster: ``store.bulk``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from typing import Any, NamedTuple, Protocol, TypeVar

from desktop.core import erase
from desktop.core.normalize import company_key, sort_key
from desktop.core.people import set_tags
from desktop.core.person_values import DEFAULTS, PERSON_COLUMNS, TRACKED, db_value, is_blank, named_by_address
from desktop.core.timeline import job_change_subject
from desktop.store import bulk, search
from desktop.store.models import DB
from desktop.vocab import Direction

_CHUNK = 400
_MANY = 2_000  # above this many people, read whole tables instead of chunks of ids
COUNT_EVERY = 100  # records merged between two reports of ``merge_all`` (progress, cancel)

# The people of the database before the import that it changed (fields or tags), one set per ``writing()`` or
# ``dry_run()`` open: what an import's summary says as "people updated".
_UPDATED: list[set[int]] = []


def _updated(pid: int) -> None:
    if _UPDATED:
        _UPDATED[-1].add(pid)


def _done_updating() -> None:
    """Close the innermost set; an import inside a dry run (an archive's preview) counts in the outer one too."""
    inner = _UPDATED.pop()
    if _UPDATED:
        _UPDATED[-1] |= inner


def insert_row(table: str, values: dict[str, Any]) -> int:
    """A plain INSERT (peewee's query builder costs more than SQLite for thousands of rows); returns the id."""
    columns = list(values)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    return int(DB.obj.cursor().execute(sql, [db_value(v) for v in values.values()]).lastrowid)


# ---------------------------------------------------------------- companies


class Companies:
    """Companies by normalized name, created on first use (plain SQL, one cache for the whole import)."""

    def __init__(self) -> None:
        self.by_key: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self._by_text: dict[str, int | None] = {}
        self.pending: list[tuple[int, str, str]] = []
        last = 0
        for cid, name, key in DB.obj.execute_sql("SELECT id, name, name_key FROM company").fetchall():
            self.by_key[key] = cid
            self.names[cid] = name
            last = max(last, cid)
        self.next_id = last + 1
        self.created = 0

    def id_for(self, name: str | None) -> int | None:
        """The id of the company with this name, created when new; None for an empty name or one without letters."""
        if not name:
            return None
        try:
            return self._by_text[name]
        except KeyError:
            found = self._by_text[name] = self._id_for(name)
            return found

    def _id_for(self, name: str) -> int | None:
        if not name.strip():
            return None
        key = company_key(name)
        if not key:
            return None
        found = self.by_key.get(key)
        if found is None:
            found = self.next_id
            self.next_id += 1
            self.pending.append((found, name.strip(), key))
            self.by_key[key] = found
            self.names[found] = name.strip()
            self.created += 1
        return found

    def flush(self) -> None:
        """Insert the companies made so far (before the people who work there)."""
        if self.pending:
            DB.obj.cursor().executemany("INSERT INTO company (id, name, name_key) VALUES (?, ?, ?)", self.pending)
            self.pending = []

    def name_of(self, company_id: int | None) -> str | None:
        return self.names.get(company_id) if company_id is not None else None


class Upserted(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass, one per record
    id: int
    created: bool
    changed: bool


NameEntry = tuple[int, str | None, str | None]  # person id, LinkedIn key, e-mail key


class People:
    """Match and write people; keeps its indexes up to date as it creates people."""

    def __init__(self, companies: Companies | None = None, now: datetime | None = None) -> None:
        self.companies = companies
        self.now = now
        self.by_url: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, int | None], NameEntry] = {}
        self.by_sort_key: dict[str, list[int]] = {}  # up to date in by_unique_name, its only reader
        self._named: list[tuple[str, int]] = []  # (sort key, id) of the people remembered since, for by_sort_key
        self.current: dict[int, dict[str, Any]] = {}
        self.tags: dict[int, set[str]] = {}
        self.tag_ids: dict[str, int] = dict(DB.obj.execute_sql("SELECT name, id FROM tag").fetchall())
        self.touched: set[int] = set()  # people named by a record so far (one created here counts as named: is_new)
        self.existing: set[int] = set()  # people of the database before this import that the file named
        self.job_changes: list[
            tuple[int, str | None, str | None, str | None]
        ] = []  # person, from company, to company, body
        self.pending: list[tuple[int, dict[str, Any]]] = []  # new people (id, row), inserted in bulk by ``flush``
        self.pending_tags: list[tuple[int, list[str]]] = []
        rows = DB.obj.execute_sql("SELECT id, linkedin_key, email_key, sort_key, company_id FROM person ORDER BY id")
        last = 0
        for pid, url, mail, key, company in rows.fetchall():
            self._remember(pid, url, mail, key, company)
            last = pid
        self.next_id = last + 1
        self.first_new_id = self.next_id

    def _remember(self, pid: int, url: str | None, mail: str | None, key: str, company: int | None) -> None:
        if url:
            self.by_url.setdefault(url, pid)
        if mail:
            self.by_email.setdefault(mail, pid)
        self.by_name.setdefault((key, company), (pid, url, mail))
        self._named.append((key, pid))

    def match(self, values: dict[str, Any]) -> int | None:
        """LinkedIn URL, else e-mail, else name + company unless a URL or e-mail says it is someone else."""
        url, mail = values.get("linkedin_key"), values.get("email_key")
        found = (self.by_url.get(url) if url else None) or (self.by_email.get(mail) if mail else None)
        if found is not None:
            return found
        same_name = self.by_name.get((values["sort_key"], values.get("company_id")))
        if same_name is None:
            return None
        pid, known_url, known_mail = same_name
        if (url and known_url and url != known_url) or (mail and known_mail and mail != known_mail):
            return None
        return pid

    def by_unique_name(self, name: str) -> int | None:
        """The one person of this name (any company), or None when there is none or more than one."""
        if self._named:
            by_sort_key = self.by_sort_key
            for key, pid in self._named:
                by_sort_key.setdefault(key, []).append(pid)
            self._named = []
        found = self.by_sort_key.get(sort_key(name), [])
        return found[0] if len(found) == 1 else None

    def prefetch(self, values_list: Iterable[dict[str, Any]]) -> None:
        """Read the stored rows of everyone these records match, in a few large queries."""
        if not (self.by_url or self.by_email or self.by_name):
            return  # no one known yet (an empty database): nothing can match
        ids = sorted({pid for values in values_list if (pid := self.match(values)) is not None} - set(self.current))
        if not ids:
            return
        columns = ", ".join(("id",) + PERSON_COLUMNS)
        wanted = set(ids)
        if len(ids) > _MANY:
            rows = DB.obj.execute_sql(f"SELECT {columns} FROM person").fetchall()
            tag_rows = DB.obj.execute_sql(
                "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id"
            ).fetchall()
        else:
            rows, tag_rows = [], []
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                rows += DB.obj.execute_sql(f"SELECT {columns} FROM person WHERE id IN ({marks})", chunk).fetchall()
                tag_rows += DB.obj.execute_sql(
                    "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
                    f"WHERE pt.person_id IN ({marks})",
                    chunk,
                ).fetchall()
        for row in rows:
            if row[0] in wanted:
                self.current[row[0]] = dict(zip(PERSON_COLUMNS, row[1:], strict=True))
                self.tags[row[0]] = set()
        for pid, name in tag_rows:
            if pid in wanted:
                self.tags[pid].add(name)

    def _stored(self, pid: int) -> dict[str, Any]:
        if pid not in self.current:
            columns = ", ".join(PERSON_COLUMNS)
            row = DB.obj.execute_sql(f"SELECT {columns} FROM person WHERE id = ?", [pid]).fetchone()
            self.current[pid] = dict(zip(PERSON_COLUMNS, row, strict=True))
            self.tags[pid] = {
                name
                for (name,) in DB.obj.execute_sql(
                    "SELECT t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = ?", [pid]
                ).fetchall()
            }
        stored = self.current[pid]
        if pid >= self.first_new_id:  # created here, kept as given: the columns' defaults too, as stored
            for column, default in DEFAULTS.items():
                stored.setdefault(column, default)
        return stored

    # -- writing

    def create(self, values: dict[str, Any], tags: list[str] | None = None, clean: bool = True) -> int:
        """A new person, queued for ``flush`` (ids are given here: the next after the largest in the database).

        ``clean``: the values hold no None (as ``person_values`` makes them); the dict is then kept as the row
        (the caller made it for this record). Columns left out get their defaults from the table (and in
        ``_stored`` when the person is matched again).
        """
        pid = self.next_id
        self.next_id += 1
        row = values if clean else {k: v for k, v in values.items() if v is not None}
        self.pending.append((pid, row))  # the id beside the row: one key more would make most rows' dicts grow
        self.current[pid] = row
        if tags:
            self.pending_tags.append((pid, tags))
        url, mail, key, company = row.get("linkedin_key"), row.get("email_key"), row["sort_key"], row.get("company_id")
        if url:  # as _remember
            self.by_url.setdefault(url, pid)
        if mail:
            self.by_email.setdefault(mail, pid)
        self.by_name.setdefault((key, company), (pid, url, mail))
        self._named.append((key, pid))
        return pid

    def is_new(self, pid: int) -> bool:
        """Whether this import created the person (ids are given in order, after every stored one)."""
        return pid >= self.first_new_id

    def flush(self) -> None:
        """Insert the people queued by ``create`` (before anything that refers to them is written)."""
        if self.companies is not None:
            self.companies.flush()
        if not self.pending:
            return
        # only the columns some row has: a column left out is NULL or its default all the same, and binding None
        # costs sqlite3 an adaptation lookup per cell
        present = set().union(*(row for _, row in self.pending))
        columns = tuple(column for column in PERSON_COLUMNS if column in present)
        base = {column: DEFAULTS.get(column) for column in columns}  # what a row without the column gets
        DB.obj.cursor().executemany(
            f"INSERT INTO person (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})",
            ((pid, *(base | row).values()) for pid, row in self.pending),  # each freed once bound
        )
        self.pending = []
        tags, self.pending_tags = self.pending_tags, []
        for pid, names in tags:
            self.add_tags(pid, names)

    def _ready(self, pid: int) -> None:
        """A person about to be updated or tagged is in the database (not only queued)."""
        if pid >= self.first_new_id and self.pending:
            self.flush()

    def _update(self, pid: int, diff: dict[str, Any]) -> None:
        self._ready(pid)
        if pid < self.first_new_id:
            _updated(pid)
        if self.companies is not None and "company_id" in diff:
            self.companies.flush()
        assignments = ", ".join(f"{column} = ?" for column in diff)
        DB.obj.execute_sql(f"UPDATE person SET {assignments} WHERE id = ?", [*diff.values(), pid])
        stored = self.current[pid]
        stored.update(diff)
        stored.setdefault("linkedin_key", None)
        stored.setdefault("email_key", None)
        stored.setdefault("company_id", None)
        for index, key in ((self.by_url, diff.get("linkedin_key")), (self.by_email, diff.get("email_key"))):
            if key:
                index.setdefault(key, pid)
        if "company_id" in diff or "sort_key" in diff:
            self.by_name.setdefault(
                (stored["sort_key"], stored["company_id"]), (pid, stored["linkedin_key"], stored["email_key"])
            )

    def add_tags(self, pid: int, tags: Iterable[str]) -> bool:
        """Give the person these tags besides the ones they have; True when any was new."""
        tags = list(tags)
        if not tags:
            return False
        have = self.tags.setdefault(pid, set())
        added = False
        if any(t and t.strip() and t.strip() not in have for t in tags):
            self._ready(pid)
        for name in dict.fromkeys(t.strip() for t in tags if t and t.strip()):
            if name in have:
                continue
            tag_id = self.tag_ids.get(name)
            if tag_id is None:
                tag_id = self.tag_ids[name] = insert_row("tag", {"name": name})
            insert_row("person_tag", {"person_id": pid, "tag_id": tag_id})
            have.add(name)
            added = True
        if added and pid < self.first_new_id:
            _updated(pid)
        return added

    def replace(self, values: dict[str, Any], tags: list[str] | None = None) -> Upserted:
        """Archive semantics: create, or overwrite every field given (``tags`` None leaves tags alone)."""
        values = {k: db_value(v) for k, v in values.items()}
        pid = self.match(values)
        if pid is None:
            return Upserted(self.create(values, tags, clean=False), True, False)
        stored = self._stored(pid)
        if not self.is_new(pid):
            self.existing.add(pid)
        diff = {k: v for k, v in values.items() if stored.get(k) != v}
        if diff:
            self._update(pid, diff)
        changed = bool(diff)
        if tags is not None:
            wanted = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
            if set(wanted) != self.tags.get(pid, set()):
                self._ready(pid)
                set_tags(pid, wanted)
                self.tags[pid] = set(wanted)
                changed = True
        self.touched.add(pid)
        return Upserted(pid, False, changed)

    def merge(self, values: dict[str, Any], tags: Iterable[str] = ()) -> Upserted:
        """Contact-list semantics (see the module doc): fill, track company/title/connection, add tags.

        ``values`` as ``person_values`` makes them: database forms, no empty values.
        """
        pid = self.match(values)
        if pid is None:
            return Upserted(self.create(values, list(tags)), True, False)
        return self.merge_into(pid, values, tags)

    def merge_all(
        self,
        records: Sequence[dict[str, Any]],
        counted: Callable[[int, int, int], None],
        tags: Sequence[list[str]] | None = None,
    ) -> None:
        """``merge`` each record in turn (its stored match read first, in a few queries); ``counted(created,
        updated, unchanged)`` after every few records (an import's progress, cancel and summary). ``tags``: each
        record's, when they have any.

        The records are kept as the rows of the people created (``create``): the caller made them for this."""
        self.prefetch(records)
        match, create, merge_into = self.match, self.create, self.merge_into
        for start in range(0, len(records), COUNT_EVERY):
            created = updated = unchanged = 0
            run = records[start : start + COUNT_EVERY]
            run_tags = tags[start : start + COUNT_EVERY] if tags is not None else repeat(None)
            for values, its_tags in zip(run, run_tags, strict=False):  # each record's tags, or None for all
                pid = match(values)
                if pid is None:
                    create(values, its_tags)
                    created += 1
                elif merge_into(pid, values, its_tags or ()).changed:
                    updated += 1
                else:
                    unchanged += 1
            counted(created, updated, unchanged)

    def merge_into(self, pid: int, values: dict[str, Any], tags: Iterable[str] = ()) -> Upserted:
        """``merge`` of a record that ``match`` found to be the person ``pid``."""
        stored = self._stored(pid)
        new = self.is_new(pid)
        if not new:
            self.existing.add(pid)
        first_time = not new and pid not in self.touched  # later rows of the same file only fill: one say each
        diff: dict[str, Any] = {}
        if named_by_address(stored.get("name"), stored.get("email")) and not named_by_address(
            values.get("name"), values.get("email") or stored.get("email")
        ):  # known by their address only: the first record with a name names them
            diff["name"], diff["sort_key"] = values["name"], values["sort_key"]
        for column, value in values.items():
            if column in ("name", "sort_key") or stored.get(column) == value:
                continue
            if column == "connected":
                if value and not stored.get(column):
                    diff[column] = 1
            elif column in TRACKED and first_time:
                diff[column] = value
            elif is_blank(stored.get(column)):
                diff[column] = value
        if "email" in diff and "email_key" not in diff:
            diff["email_key"] = values.get("email_key")
        if "linkedin_url" in diff and "linkedin_key" not in diff:
            diff["linkedin_key"] = values.get("linkedin_key")
        old_company = stored.get("company_id")
        if "company_id" in diff and old_company is not None and not new:
            self._job_change(pid, old_company, diff["company_id"], diff.get("title") or stored.get("title"))
        if diff:
            self._update(pid, diff)
        changed = self.add_tags(pid, tags) or bool(diff)
        self.touched.add(pid)
        return Upserted(pid, False, changed)

    def _job_change(self, pid: int, old: int, new: int, title: str | None) -> None:
        if self.companies is None or self.now is None:
            return
        old_name, new_name = self.companies.name_of(old), self.companies.name_of(new)
        body = f"Now {title} at {new_name}" if title else None
        self.job_changes.append((pid, old_name, new_name, body))

    def write_job_changes(self, interactions: Interactions) -> int:
        """Record the job changes found as interactions at the import time; returns how many."""
        if self.now is None:
            return 0
        for pid, old_name, new_name, body in self.job_changes:
            interactions.add(
                pid, "job_change", "none", self.now, None, job_change_subject(old_name, new_name), body,
                from_company=old_name, to_company=new_name,
            )  # fmt: skip
        count, self.job_changes = len(self.job_changes), []
        return count

    def flush_job_changes(self) -> int:
        """Write the job changes found (for importers that write no other interactions)."""
        if not self.job_changes:
            return 0
        interactions = Interactions()
        interactions.load({pid for pid, *_ in self.job_changes}, ("job_change",))
        self.write_job_changes(interactions)
        return interactions.flush()


# ---------------------------------------------------------------- interactions


def _at_text(value: Any) -> str:
    """An ``at`` column value in the one text form the importers write: 'YYYY-MM-DD HH:MM:SS'."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(" ")
    text = str(value)
    if len(text) == 19 and text[10] == " ":
        return text
    return datetime.fromisoformat(text).replace(microsecond=0).isoformat(" ")


InteractionKey = tuple[int, str, str, str, str | None]


class Interactions:
    """Interactions matched by person + kind + direction + at + body (never written twice), inserted in bulk."""

    def __init__(self) -> None:
        self.existing: set[InteractionKey] = set()
        self.rows: list[tuple[Any, ...]] = []
        self._loaded: set[int] = set()

    def load(self, people: Iterable[int], kinds: tuple[str, ...] | None = None) -> None:
        """Read the stored interactions of these people (the only ones a new row could repeat)."""
        ids = sorted(set(people) - self._loaded)
        if not ids:
            return
        self._loaded.update(ids)
        where_kind = f" AND kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
        select = "SELECT person_id, kind, direction, at, body FROM interaction"
        if len(ids) > _MANY:
            wanted = set(ids)
            rows = DB.obj.execute_sql(f"{select} WHERE 1 = 1{where_kind}", list(kinds or ())).fetchall()
            self.existing.update(
                (pid, kind, direction, _at_text(at), body or None)
                for pid, kind, direction, at, body in rows
                if pid in wanted
            )
            return
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = DB.obj.execute_sql(
                f"{select} WHERE person_id IN ({', '.join('?' * len(chunk))}){where_kind}", [*chunk, *(kinds or ())]
            ).fetchall()
            self.existing.update((p, k, d, _at_text(at), body or None) for p, k, d, at, body in rows)

    def add(
        self,
        person_id: int,
        kind: str,
        direction: str,
        at: datetime,
        channel: str | None,
        subject: str | None,
        body: str | None,
        opening_id: int | None = None,
        process_id: int | None = None,
        from_company: str | None = None,
        to_company: str | None = None,
    ) -> bool:
        """Queue the interaction unless it is already there; True when it is new (the companies: of a job change)."""
        at_text = _at_text(at)
        key = (person_id, kind, direction, at_text, body or None)
        if key in self.existing:
            return False
        self.existing.add(key)
        self.rows.append(
            (person_id, kind, direction, at_text, channel, subject or None, body or None, opening_id, process_id,
             from_company, to_company)
        )  # fmt: skip
        return True

    def flush(self) -> int:
        """Insert what was queued; returns how many rows."""
        DB.obj.cursor().executemany(
            "INSERT INTO interaction (person_id, kind, direction, at, channel, subject, body, opening_id, process_id, "
            "from_company, to_company) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        count, self.rows = len(self.rows), []
        return count


# ---------------------------------------------------------------- transaction, dry run


class Counted(Protocol):
    """What an import's summary counts (``interop.people_import.ImportSummary``)."""

    created: int
    skipped: int
    errors: list[str]
    new_people: int
    people_updated: int
    messages: int


S = TypeVar("S", bound=Counted)


@dataclass
class KeptErased:
    """What an import brought that an erasure record names: left out before its commit."""

    people: int = 0
    records: int = 0  # the people and what was about them alone (interactions, connections, process links)
    # What the user counts, from what was written (erased people left out): people created and updated,
    # messages (interactions in or out) added.
    new_people: int = 0
    people_updated: int = 0
    messages: int = 0

    def apply(self, summary: S) -> S:
        """Count them in ``summary`` as skipped (not created), with one line that says how many, never who;
        and the people and messages written."""
        summary.new_people, summary.people_updated, summary.messages = (
            self.new_people,
            self.people_updated,
            self.messages,
        )
        if self.people:
            summary.created = max(summary.created - self.records, 0)
            summary.skipped += self.records
            who = "1 person" if self.people == 1 else f"{self.people:,} people"
            summary.errors.append(
                f"{self.records:,} records left out: they were about {who} erased earlier (Settings → Privacy can "
                f"lift an erasure)"
            )
        return summary


@contextmanager
def writing(people: int = 0, interactions: int = 0) -> Iterator[KeptErased]:
    """One import = one transaction, with the search index filled in one pass at its end; the copy of the
    write-ahead log into the database file comes after (``bulk.checkpoint_later``).

    ``people``: how many people the import may add at most (its records); when they outnumber
    the people already there, the person indexes are built once at the end (``store.bulk``). ``interactions``:
    the same for the interactions it may add (their indexes are built before the search pass that reads them).
    Before the commit, the people it added whom an erasure record names are erased again (an erasure holds
    against every import); ``KeptErased.apply`` puts their number into the summary.
    """
    kept = KeptErased()
    with (
        bulk.checkpoint_later(DB.obj),
        DB.atomic(),
        bulk.deferred_indexes(DB.obj, "person", people),
    ):
        above, message_above = erase.newest_person_id(), _newest_interaction_id()
        _UPDATED.append(set())
        try:
            with search.bulk_insert(DB.obj), bulk.deferred_indexes(DB.obj, "interaction", interactions):
                yield kept
            kept.people, kept.records = erase.erase_new_matches(above)
            _count_written(kept, above, message_above, _UPDATED[-1])
        finally:
            _done_updating()


def _newest_interaction_id() -> int:
    return int(DB.obj.execute_sql("SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0])


def _count_written(kept: KeptErased, above: int, message_above: int, updated: set[int]) -> None:
    """The people created (ids above ``above``) and updated, the messages added (ids above ``message_above``)."""
    sql = DB.obj.execute_sql
    kept.new_people = int(sql("SELECT count(*) FROM person WHERE id > ?", [above]).fetchone()[0])
    kept.people_updated = len(updated)
    kept.messages = int(
        sql(
            "SELECT count(*) FROM interaction WHERE id > ? AND direction IN (?, ?)",
            [message_above, Direction.IN.value, Direction.OUT.value],
        ).fetchone()[0]
    )


class _RollBack(Exception):
    pass


def dry_run(write: Callable[[], S]) -> S:
    """Run an import inside a transaction that is rolled back: what it would do, nothing written."""
    result: list[S] = []
    kept = KeptErased()
    try:
        with DB.atomic():
            above, message_above = erase.newest_person_id(), _newest_interaction_id()
            _UPDATED.append(set())
            try:
                with search.bulk_insert(DB.obj):
                    result.append(write())
                kept.people, kept.records = erase.erase_new_matches(above)
                _count_written(kept, above, message_above, _UPDATED[-1])
            finally:
                _done_updating()
            raise _RollBack
    except _RollBack:
        pass
    return kept.apply(result[0])
