"""One peewee model per table, all bound to the proxy ``DB`` (see ``database.open_database``).

The store knows nothing above it: no rules, no formats, no Qt.
"""

from __future__ import annotations

import json
from typing import Any

import peewee as pw

DB = pw.DatabaseProxy()


class JSONListField(pw.TextField):
    """A list of strings kept as a JSON array in a text column."""

    def db_value(self, value: Any) -> str:
        return json.dumps(list(value or []), ensure_ascii=False)

    def python_value(self, value: Any) -> list[str]:
        if not value:
            return []
        return list(json.loads(value))


class BaseModel(pw.Model):
    # peewee ships no types: its fields are Any to a type checker. These name what peewee adds itself
    # (the automatic primary key, and `<field>_id` for every foreign key) so that reading them type-checks.
    id: Any

    class Meta:
        database = DB
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """The integer schema version; one row."""

    version = pw.IntegerField()


class Profile(BaseModel):
    """The user ("me"); one row with id 1. Not a person."""

    name = pw.TextField(null=True)
    mode = pw.TextField(default="job_seeker")
    language = pw.TextField(null=True)
    target_roles = JSONListField(default=list)
    keywords = JSONListField(default=list)


class Setting(BaseModel):
    key = pw.TextField(primary_key=True)
    value = pw.TextField()  # JSON


class Company(BaseModel):
    name = pw.TextField()
    name_key = pw.TextField(unique=True)
    domain = pw.TextField(null=True)
    careers_url = pw.TextField(null=True)
    notes = pw.TextField(null=True)


# Columns the database keeps itself with triggers (migration 0006) and that no model field writes:
# person.last_contact, the newest interaction in or out, read by desktop.core.people's list queries.
TRIGGER_KEPT_COLUMNS: dict[str, frozenset[str]] = {"person": frozenset({"last_contact"})}


class Person(BaseModel):
    name = pw.TextField()
    sort_key = pw.TextField()  # indexed by person_list (migration 0006), with the list's columns
    first_name = pw.TextField(null=True)
    last_name = pw.TextField(null=True)
    email = pw.TextField(null=True)
    email_key = pw.TextField(null=True, index=True)
    phone = pw.TextField(null=True)
    linkedin_url = pw.TextField(null=True)
    linkedin_key = pw.TextField(null=True, index=True)
    company = pw.ForeignKeyField(Company, null=True, backref="people", on_delete="SET NULL", index=False)  # 0008
    company_id: Any
    title = pw.TextField(null=True)
    role = pw.TextField(null=True)
    connected = pw.BooleanField(default=False)
    connected_on = pw.DateField(null=True)
    language = pw.TextField(null=True)
    do_not_contact = pw.BooleanField(default=False)
    archived = pw.BooleanField(default=False)
    skills = JSONListField(default=list)
    location = pw.TextField(null=True)
    notes = pw.TextField(null=True)
    # schema 11 (teams): optimistic locking, who saved last and when, who holds the relationship. No defaults here:
    # a team server fills changed_by, changed_at and owner itself (the member's role, the time)
    version = pw.IntegerField(default=1)
    changed_by = pw.TextField(null=True)
    changed_at = pw.DateTimeField(null=True)
    owner = pw.TextField(null=True)
    # The table also holds last_contact (TRIGGER_KEPT_COLUMNS): no field here, so nothing ever saves it.


class Tag(BaseModel):
    name = pw.TextField(unique=True)


class PersonTag(BaseModel):
    person = pw.ForeignKeyField(Person, backref="person_tags", on_delete="CASCADE")
    tag = pw.ForeignKeyField(Tag, backref="person_tags", on_delete="CASCADE")
    person_id: Any
    tag_id: Any

    class Meta:
        indexes = ((("person", "tag"), True),)


class Connection(BaseModel):
    """An undirected edge between two people; stored with a < b."""

    a = pw.ForeignKeyField(Person, backref="edges_a", on_delete="CASCADE")
    b = pw.ForeignKeyField(Person, backref="edges_b", on_delete="CASCADE", index=True)
    a_id: Any
    b_id: Any
    kind = pw.TextField(default="knows")
    strength = pw.IntegerField(default=1)
    since = pw.DateField(null=True)

    class Meta:
        indexes = ((("a", "b"), True),)


class Opening(BaseModel):
    company = pw.ForeignKeyField(Company, backref="openings", on_delete="CASCADE")
    company_id: Any
    title = pw.TextField()
    url = pw.TextField(null=True, index=True)
    keywords = JSONListField(default=list)
    status = pw.TextField(default="open")
    discovered_on = pw.DateField(null=True)
    mine = pw.BooleanField(default=False)
    version = pw.IntegerField(default=1)  # schema 11, as for Person
    changed_by = pw.TextField(null=True)
    changed_at = pw.DateTimeField(null=True)


class Process(BaseModel):
    opening = pw.ForeignKeyField(Opening, backref="processes", on_delete="CASCADE")
    candidate = pw.ForeignKeyField(Person, null=True, backref="candidacies", on_delete="CASCADE")
    opening_id: Any
    candidate_id: Any
    stage_reached = pw.TextField(null=True)
    outcome = pw.TextField(default="pending")
    started_on = pw.DateField(null=True)
    ended_on = pw.DateField(null=True)
    reason = pw.TextField(null=True)


class ProcessContact(BaseModel):
    process = pw.ForeignKeyField(Process, backref="contacts", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="process_links", on_delete="CASCADE")
    process_id: Any
    person_id: Any
    role = pw.TextField()

    class Meta:
        indexes = ((("process", "person", "role"), True),)


class Interaction(BaseModel):
    person = pw.ForeignKeyField(Person, backref="interactions", on_delete="CASCADE")
    kind = pw.TextField()
    direction = pw.TextField()
    at = pw.DateTimeField()
    channel = pw.TextField(null=True)
    subject = pw.TextField(null=True)
    body = pw.TextField(null=True)
    opening = pw.ForeignKeyField(Opening, null=True, backref="interactions", on_delete="SET NULL")
    process = pw.ForeignKeyField(Process, null=True, backref="interactions", on_delete="SET NULL")
    # a job change: the companies it was between, by name as they were then (schema 9)
    from_company = pw.TextField(null=True)
    to_company = pw.TextField(null=True)
    # an e-mail: the key it is logged once by, and the key of its thread's first message (schema 10)
    message_id = pw.TextField(null=True, index=True)
    thread = pw.TextField(null=True)
    # schema 11: a private note is its author's alone (on a team server, row-level security; author = the role)
    private = pw.BooleanField(default=False)
    author = pw.TextField(null=True)
    person_id: Any
    opening_id: Any
    process_id: Any

    class Meta:
        indexes = ((("person", "at"), False),)


class SuggestionState(BaseModel):
    key = pw.TextField(primary_key=True)
    state = pw.TextField()
    until = pw.DateField(null=True)


class MessageTemplate(BaseModel):
    """A message template the user edited; the shipped ones live in resources/templates."""

    language = pw.TextField()
    action = pw.TextField()
    text = pw.TextField()

    class Meta:
        primary_key = pw.CompositeKey("language", "action")


class Erasure(BaseModel):
    """A person erased on request, as salted hashes only (see migration 0003 and core/erase.py)."""

    salt = pw.TextField()
    email_hash = pw.TextField(null=True)
    linkedin_hash = pw.TextField(null=True)
    name_hash = pw.TextField(null=True)
    erased_on = pw.DateField()


class Detection(BaseModel):
    """A message the mail import recognised as a step of an application, waiting for a decision (schema 10)."""

    message_key = pw.TextField(unique=True)
    message_id = pw.TextField(null=True)  # the Message-ID header exactly as written
    kind = pw.TextField()  # vocab.DetectionKind
    sender = pw.TextField()
    sender_name = pw.TextField(null=True)
    person = pw.ForeignKeyField(Person, null=True, backref="detections", on_delete="SET NULL")
    person_id: Any
    company = pw.TextField(null=True)
    role = pw.TextField(null=True)
    at = pw.DateTimeField()
    subject = pw.TextField(null=True)
    confidence = pw.FloatField()
    why = JSONListField(default=list)
    state = pw.TextField()  # vocab.DetectionState
    decided_on = pw.DateField(null=True)


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Profile,
    Setting,
    Company,
    Person,
    Tag,
    PersonTag,
    Connection,
    Opening,
    Process,
    ProcessContact,
    Interaction,
    SuggestionState,
    MessageTemplate,
    Erasure,
    Detection,
]


def is_team(db: pw.Database | None) -> bool:
    """Whether ``db`` is a team server (PostgreSQL, ``store/postgres.py``) rather than a SQLite file."""
    return bool(getattr(db, "is_team", False))
