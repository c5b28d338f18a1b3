"""People: list, search, read, create and edit, one at a time (many at once, as imports do: ``core.bulk_writer``).

A person's match keys come from the one normaliser (``core.person_values.derived_keys``) and a valid e-mail is
``core.normalize.is_email``, here as in every import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import peewee as pw

from desktop import vocab
from desktop.core import people_list
from desktop.core.changes import Changes, Written, person_changed
from desktop.core.companies import company_for_name
from desktop.core.normalize import email_key, is_email, linkedin_key, sort_key
from desktop.core.people_list import Key, PersonRow, Window
from desktop.core.person_values import derived_keys
from desktop.errors import EditConflict, InputError, NotFound
from desktop.store import search
from desktop.store.models import DB, Company, Person, PersonTag, Tag, is_team

EDITABLE_FIELDS = (
    "name", "first_name", "last_name", "email", "phone", "linkedin_url", "company", "title", "role",
    "connected", "connected_on", "language", "do_not_contact", "archived", "tags", "skills", "location", "notes",
)  # fmt: skip

_LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class PersonDetail:
    id: int
    name: str
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    linkedin_url: str | None
    company: str | None
    title: str | None
    role: str | None
    connected: bool
    connected_on: date | None
    language: str | None
    do_not_contact: bool
    archived: bool
    tags: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    location: str | None = None
    notes: str | None = None
    # who saved last and when, the version read (to save against: ``update_person(expected_version=…)``) and who
    # holds the relationship (schema 11); not part of what the person "is" when two details are compared
    version: int = field(default=1, compare=False)
    changed_by: str | None = field(default=None, compare=False)
    changed_at: datetime | None = field(default=None, compare=False)
    owner: str | None = field(default=None, compare=False)


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def clean_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalize person fields; raises InputError naming the field."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise InputError(f"unknown person field {sorted(unknown)[0]!r}")
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name in ("tags", "skills"):
            words = [w.strip() for w in (value or []) if isinstance(w, str) and w.strip()]
            cleaned[name] = list(dict.fromkeys(words))
            continue
        if name in ("connected", "do_not_contact", "archived"):
            cleaned[name] = bool(value)
            continue
        value = _blank_to_none(value)
        if name == "name" and not value:
            raise InputError("a person needs a name")
        if name == "email" and value and not is_email(value):
            raise InputError(f"e-mail address {value!r} is not valid")
        if name == "linkedin_url" and value and not value.lower().startswith(("http://", "https://")):
            value = "https://" + value
        if name == "role" and value and value not in vocab.PERSON_ROLES:
            raise InputError(f"role {value!r} is not one of {', '.join(vocab.PERSON_ROLES)}")
        if name == "language" and value and not _LANGUAGE.match(value):
            raise InputError(f"language {value!r} is not a two-letter code")
        if name == "connected_on" and value is not None and not isinstance(value, date):
            raise InputError(f"connected_on {value!r} is not a date")
        cleaned[name] = value
    return cleaned


def _apply(person: Person, cleaned: dict[str, Any]) -> None:
    for name, value in cleaned.items():
        if name == "tags":
            continue
        if name == "company":
            person.company = company_for_name(value)
            continue
        setattr(person, name, value)
        for column, key in derived_keys({name: value}).items():
            setattr(person, column, key)


def set_tags(person_id: int, tags: list[str]) -> None:
    wanted = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
    current = {
        pt.tag.name: pt for pt in PersonTag.select(PersonTag, Tag).join(Tag).where(PersonTag.person == person_id)
    }
    for name, link in current.items():
        if name not in wanted:
            link.delete_instance()
    for name in wanted:
        if name not in current:
            tag, _ = Tag.get_or_create(name=name)
            PersonTag.create(person=person_id, tag=tag)


def create_person(fields: dict[str, Any]) -> Written[int]:
    """Create a person; returns the new id."""
    cleaned = clean_fields(fields)
    if not cleaned.get("name"):
        raise InputError("a person needs a name")
    with DB.atomic():
        person = Person(name=cleaned["name"], sort_key=sort_key(cleaned["name"]))
        _apply(person, cleaned)
        person.save(force_insert=True)
        if cleaned.get("tags"):
            set_tags(person.id, cleaned["tags"])
    return Written(int(person.id), person_changed(int(person.id)))


def update_person(person_id: int, changes: dict[str, Any], expected_version: int | None = None) -> Written[bool]:
    """Apply changes to a person; returns True when anything changed (and then the person as changed).

    ``expected_version``: the version the editor read (``PersonDetail.version``). When someone else saved the person
    since, nothing is written and ``EditConflict`` carries both versions (theirs as stored now, mine as changes)."""
    cleaned = clean_fields(changes)
    before = get_person(person_id)
    with DB.atomic():
        person = Person.get_by_id(person_id)
        if expected_version is not None and person.version != expected_version:
            raise _conflict(person_id, changes)
        _apply(person, {k: v for k, v in cleaned.items() if k != "tags"})
        dirty = person.dirty_fields
        if dirty:
            # saved against the version read: a save that slipped in between matches no row (checked, not assumed)
            values = {field.name: getattr(person, field.name) for field in dirty}
            saved = (
                Person.update(**values, version=person.version + 1)
                .where((Person.id == person_id) & (Person.version == person.version))
                .execute()
            )
            if saved == 0:
                raise _conflict(person_id, changes)
        if "tags" in cleaned:
            set_tags(person_id, cleaned["tags"])
    changed = get_person(person_id) != before
    return Written(changed, person_changed(person_id) if changed else Changes())


def _conflict(person_id: int, mine: dict[str, Any]) -> EditConflict:
    theirs = get_person(person_id)
    by = f" by {theirs.changed_by}" if theirs.changed_by else ""
    return EditConflict(f"person {person_id} was changed{by} after you opened it; nothing was overwritten — "
                        "compare both versions and save again", theirs=theirs, mine=mine)  # fmt: skip


def tags_of(person_id: int) -> list[str]:
    query = Tag.select(Tag.name).join(PersonTag).where(PersonTag.person == person_id).order_by(Tag.name)
    return [t.name for t in query]


def get_person(person_id: int) -> PersonDetail:
    person = Person.select(Person, Company).join(Company, pw.JOIN.LEFT_OUTER).where(Person.id == person_id).first()
    if person is None:
        raise NotFound(f"no person with id {person_id}")
    return PersonDetail(
        id=person.id,
        name=person.name,
        first_name=person.first_name,
        last_name=person.last_name,
        email=person.email,
        phone=person.phone,
        linkedin_url=person.linkedin_url,
        company=person.company.name if person.company_id else None,
        title=person.title,
        role=person.role,
        connected=bool(person.connected),
        connected_on=person.connected_on,
        language=person.language,
        do_not_contact=bool(person.do_not_contact),
        archived=bool(person.archived),
        tags=tags_of(person.id),
        skills=list(person.skills),
        location=person.location,
        notes=person.notes,
        version=person.version,
        changed_by=person.changed_by,
        changed_at=_as_datetime(person.changed_at),
        owner=person.owner,
    )


def _as_datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def is_search(text: str) -> bool:
    """Whether ``text`` holds a word to search for (otherwise the list shows everyone)."""
    return search.match_expression(text) is not None


def count_people(text: str = "", cap: int | None = None) -> int:
    """How many people there are, or how many match ``text`` (with ``cap``: counted up to ``cap`` at most)."""
    if search.match_expression(text) is None:
        counted = people_list.tally(DB.obj.execute_sql)
        return counted if counted is not None else int(Person.select().count())
    return search.person_count(DB.obj, text, cap)


def people_ids(text: str = "", offset: int = 0, limit: int | None = None, total: int | None = None) -> list[int]:
    """Ids in name order, of everyone or of the people matching ``text`` (prefix, accent-folded).

    ``total`` is the number of matches when the caller already counted them (saves a count).
    """
    if search.match_expression(text) is None:
        query = Person.select(Person.id).order_by(Person.sort_key, Person.id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [p.id for p in query]
    return search.person_ids(DB.obj, text, limit=limit, offset=offset, total=total)


# One statement for a window of the list: the person rows (with the last contact the triggers keep
# on them, migration 0006) and their companies.
_ROWS_SQL = """
SELECT p.id, p.name, c.name, p.title, p.role, p.email, p.connected, p.last_contact
  FROM person p LEFT JOIN company c ON c.id = p.company_id
 WHERE p.id IN ({marks})
"""


def read_window(
    text: str = "", *, limit: int, after: Key | None = None, before: Key | None = None, offset: int = 0
) -> Window:
    """One window of the People list: everyone, or the people matching ``text``, in name order.

    The window starts after the key ``after`` or ends before the key ``before`` (the keys of the
    windows beside it), else at the ``offset``-th person. A search reads forward only (``after``):
    it never counts its matches, and a one-letter search at 100,000 people reads about one window.
    """
    db = DB.obj
    if search.match_expression(text) is not None:
        if before is not None or offset:
            raise ValueError("a search reads its windows forward, from the key before them")
        if is_team(db):  # one statement: a round trip to the server per keystroke
            return people_list.window(search.team_window(db, text, people_list.LIST_COLUMNS, after, limit))
        return _keyed(person_rows(search.person_window(db, text, after, limit)))
    return people_list.list_window(db.execute_sql, limit=limit, after=after, before=before, offset=offset,
                                   total=count_people)  # fmt: skip


def _keyed(rows: list[PersonRow]) -> Window:
    if not rows:
        return Window([], None, None)
    keys = dict(
        DB.obj.execute_sql("SELECT id, sort_key FROM person WHERE id IN (?, ?)", [rows[0].id, rows[-1].id]).fetchall()
    )
    return Window(rows, (keys[rows[0].id], rows[0].id), (keys[rows[-1].id], rows[-1].id))


def person_rows(ids: list[int]) -> list[PersonRow]:
    """The list rows of these people, in the order given."""
    if not ids:
        return []
    by_id: dict[int, PersonRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = _ROWS_SQL.format(marks=", ".join("?" * len(chunk)))
        for values in DB.obj.execute_sql(sql, chunk):
            by_id[values[0]] = people_list.row(values)
    return [by_id[pid] for pid in ids if pid in by_id]


def list_people(text: str = "", offset: int = 0, limit: int | None = None, total: int | None = None) -> list[PersonRow]:
    """People of the list: everyone, or the people matching ``text``, in name order (all, or a window).

    ``total``: the number of matches when the caller counted them already (saves a count).
    """
    if search.match_expression(text) is None:
        if limit is not None:
            return read_window(limit=limit, offset=offset).rows
        values = DB.obj.execute_sql(people_list.LIST_SQL.format(where="", order="ASC"), [MAX_ID]).fetchall()
        return [people_list.row(v[:8]) for v in values]
    return person_rows(people_ids(text, offset, limit, total))


MAX_ID = 2**63 - 1  # SQLite's largest integer: a longer id names no one


def find_person(reference: str) -> int:
    """A person named by id, e-mail, LinkedIn URL or an unambiguous name."""
    ref = reference.strip()
    if ref.isdigit():  # Unicode digits (², ٣) too: never an id, never int()'s ValueError
        if not ref.isascii() or int(ref) > MAX_ID:
            raise NotFound(f"no person with id {ref}")
        if Person.get_or_none(Person.id == int(ref)) is None:
            raise NotFound(f"no person with id {ref}")
        return int(ref)
    if "@" in ref:
        matches = list(Person.select(Person.id).where(Person.email_key == email_key(ref)))
    elif "linkedin." in ref.lower():
        matches = list(Person.select(Person.id).where(Person.linkedin_key == linkedin_key(ref)))
    else:
        matches = list(Person.select(Person.id).where(Person.sort_key == sort_key(ref)))
        if not matches:
            total = count_people(ref)
            if total > 1:
                raise NotFound(f"{reference!r} matches {total} people; give an id, e-mail or LinkedIn URL")
            matches = [Person(id=i) for i in people_ids(ref, limit=1)]
    if not matches:
        raise NotFound(f"no person matches {reference!r}")
    if len(matches) > 1:
        raise NotFound(f"{reference!r} matches {len(matches)} people; give an id, e-mail or LinkedIn URL")
    return int(matches[0].id)
