"""The note history: one timeline per person, and the one place that records interactions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop import vocab
from desktop.core.changes import Written, person_changed
from desktop.errors import InputError, NotFound
from desktop.store.models import DB, Interaction, Opening, Person, Process


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: str
    direction: str
    at: datetime
    channel: str | None
    subject: str | None
    body: str | None
    opening: str | None
    thread: str | None = None  # an e-mail: the key of its thread's first message (schema 10)


default_channel = vocab.default_channel  # the channel an interaction of a kind usually travels on

JOB_CHANGE_ARROW = "→"


def job_change_subject(from_company: str | None, to_company: str | None) -> str:
    """The subject line a job change is shown with: ``Acme GmbH → Globex AG`` (display only: the companies
    are kept in ``from_company`` and ``to_company``)."""
    return f"{from_company or '?'} {JOB_CHANGE_ARROW} {to_company or '?'}"


def job_change_companies(subject: str | None) -> tuple[str | None, str | None]:
    """The companies a subject written by ``job_change_subject`` names, for formats that carry only the
    subject (an archive); (None, None) for any other subject."""
    if not subject or JOB_CHANGE_ARROW not in subject:
        return None, None
    before, _, after = subject.rpartition(JOB_CHANGE_ARROW)
    return before.strip() or None, after.strip() or None


def validate_interaction(kind: str, direction: str, channel: str | None) -> None:
    if kind not in vocab.INTERACTION_KINDS:
        raise InputError(f"kind {kind!r} is not one of {', '.join(vocab.INTERACTION_KINDS)}")
    if direction not in vocab.DIRECTIONS:
        raise InputError(f"direction {direction!r} is not one of {', '.join(vocab.DIRECTIONS)}")
    if channel is not None and channel not in vocab.CHANNELS:
        raise InputError(f"channel {channel!r} is not one of {', '.join(vocab.CHANNELS)}")


def log_interaction(
    person_id: int,
    kind: str,
    direction: str,
    at: datetime,
    channel: str | None = None,
    subject: str | None = None,
    body: str | None = None,
    opening_id: int | None = None,
    process_id: int | None = None,
    from_company: str | None = None,
    to_company: str | None = None,
) -> Written[int]:
    """Record an interaction with a person; returns its id (and the person's timeline as changed). A job change
    names the companies it was between (``from_company``, ``to_company``); its subject, when none is given,
    says so."""
    validate_interaction(kind, direction, channel)
    if kind != vocab.InteractionKind.JOB_CHANGE and (from_company or to_company):
        raise InputError(f"only a job change names the companies it was between, not a {kind}")
    if subject is None and (from_company or to_company):
        subject = job_change_subject(from_company, to_company)
    if Person.get_or_none(Person.id == person_id) is None:
        raise NotFound(f"no person with id {person_id}")
    if opening_id is not None and Opening.get_or_none(Opening.id == opening_id) is None:
        raise NotFound(f"no opening with id {opening_id}")
    if process_id is not None and Process.get_or_none(Process.id == process_id) is None:
        raise NotFound(f"no process with id {process_id}")
    with DB.atomic():
        row = Interaction.create(
            person=person_id, kind=kind, direction=direction, at=at.replace(microsecond=0), channel=channel,
            subject=(subject or None), body=(body or None), opening=opening_id, process=process_id,
            from_company=from_company or None, to_company=to_company or None,
        )  # fmt: skip
    return Written(int(row.id), person_changed(person_id, int(row.id)))


def add_note(person_id: int, text: str, at: datetime) -> Written[int]:
    if not text.strip():
        raise InputError("a note needs some text")
    return log_interaction(person_id, "note", "none", at, body=text.strip())


_TIMELINE_SQL = """
SELECT i.id, i.kind, i.direction, i.at, i.channel, i.subject, i.body, o.title, c.name, i.thread
  FROM interaction i LEFT JOIN opening o ON o.id = i.opening_id LEFT JOIN company c ON c.id = o.company_id
 WHERE i.person_id = ? ORDER BY i.at DESC, i.id DESC
"""


def timeline(person_id: int, limit: int | None = None) -> list[TimelineEntry]:
    """The person's interactions, newest first (read as plain rows: a person may have a thousand)."""
    sql, params = (_TIMELINE_SQL, [person_id]) if limit is None else (f"{_TIMELINE_SQL} LIMIT ?", [person_id, limit])
    return [
        TimelineEntry(
            id=int(entry_id),
            kind=kind,
            direction=direction,
            at=datetime.fromisoformat(at) if isinstance(at, str) else at,
            channel=channel,
            subject=subject,
            body=body,
            opening=None if title is None else f"{title} at {company}",
            thread=thread,
        )  # fmt: skip
        for entry_id, kind, direction, at, channel, subject, body, title, company, thread in DB.execute_sql(
            sql, params
        ).fetchall()
    ]


def thread_groups(entries: list[TimelineEntry]) -> list[list[TimelineEntry]]:
    """The entries (newest first) with the messages of one e-mail thread together: each group is a thread (or one
    entry), newest first, and the groups are in the order of their newest entries."""
    groups: list[list[TimelineEntry]] = []
    by_thread: dict[str, list[TimelineEntry]] = {}
    for entry in entries:
        if entry.thread is None:
            groups.append([entry])
        elif entry.thread in by_thread:
            by_thread[entry.thread].append(entry)
        else:
            by_thread[entry.thread] = [entry]
            groups.append(by_thread[entry.thread])
    return groups
