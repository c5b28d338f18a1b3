"""The mail import: messages in, the people of Rebound's e-mail on their timelines, the steps of applications
recognised, job alerts turned into openings. Every mail source (mbox, Maildir, .eml, IMAP) comes through here.

- A message is kept only when a person of Rebound is in it (sender, To or Cc); any other message is read and
  forgotten — never stored, not even in a cache. Two exceptions keep *less* than a message: a message from a
  company of Rebound (by domain) that the detector recognises keeps a detection (sender, date, subject, the
  phrases; no body), and a job alert keeps the openings it lists at companies of Rebound.
- Direction: out when the sender is one of my addresses (``me.emails``), else in. An outgoing message is logged on
  every person it went to; an incoming one on its sender (or, when the sender is nobody of Rebound, on the people
  of Rebound it was copied to).
- Logged once: by (person, ``Message-ID``) — or the fallback key of a message without one — however often the same
  mail is imported.
- One transaction per batch of ``BATCH`` messages: a cancel (checked between batches) leaves whole batches
  written and nothing half-written.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from desktop.core.detect import detect
from desktop.core.detect.senders import FREE_MAIL, company_from_signature, domain_of, role_in
from desktop.core.normalize import email_key
from desktop.core.profile import my_emails
from desktop.interop.mail.alerts import AlertOpening, is_alert, is_alert_sender, openings_in, write_openings
from desktop.interop.mail.message import MailError, MailMessage, envelope, read_message
from desktop.store.models import DB
from desktop.texts import number, say
from desktop.vocab import DetectionKind, DetectionState

log = logging.getLogger(__name__)

BATCH = 200
MailProgress = Callable[[int, int], bool | None]
"""``progress(messages read, total or 0 when unknown)``; returning False cancels (as ``cancel`` does)."""


@dataclass(frozen=True)
class Detected:
    """One entry of the ``detected`` list (spec/cli.md)."""

    id: int
    message_id: str | None
    kind: str
    sender: str
    company: str | None
    role: str | None
    date: date
    confidence: float
    why: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "message_id": self.message_id, "kind": str(self.kind), "from": self.sender,
            "company": self.company, "role": self.role, "date": self.date.isoformat(),
            "confidence": self.confidence, "why": list(self.why),
        }  # fmt: skip


@dataclass
class MailImportSummary:
    read: int = 0  # messages read (errors included)
    created: int = 0  # messages newly logged on a timeline
    updated: int = 0  # (the spec's summary; a logged message is never changed)
    unchanged: int = 0  # messages already logged
    skipped: int = 0  # messages with nobody of Rebound in them: not stored
    errors: list[str] = field(default_factory=list)  # "inbox.mbox message 12: reason"
    detected: list[Detected] = field(default_factory=list)
    openings: int = 0  # openings added from job alerts
    people: set[int] = field(default_factory=set)  # whose timelines changed
    cancelled: bool = False

    # what the import wizard counts (as ``ImportSummary`` has them)
    new_people = 0

    @property
    def people_updated(self) -> int:
        """People with new mail on their timelines."""
        return len(self.people)

    @property
    def messages(self) -> int:
        return self.created

    @property
    def files(self) -> list[str]:
        return []

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
            "skipped": self.skipped, "errors": list(self.errors),
            "detected": [d.as_json() for d in sorted(self.detected, key=lambda d: (d.date, d.id))],
        }  # fmt: skip

    def sentence(self) -> str:
        """One plain sentence for the status bar and the command line (no full stop: callers put it in theirs)."""
        read = say("{count} message read") if self.read == 1 else say("{count} messages read")
        parts = [
            read.format(count=number(self.read)),
            say("{count} new on timelines").format(count=number(self.created)),
            say("{count} already there").format(count=number(self.unchanged)),
            say("{count} without anybody of Rebound (not stored)").format(count=number(self.skipped)),
        ]
        if self.detected:
            parts.append(say("{count} recognised as steps of an application").format(count=number(len(self.detected))))
        if self.openings:
            found = (
                say("{count} opening from job alerts")
                if self.openings == 1
                else say("{count} openings from job alerts")
            )
            parts.append(found.format(count=number(self.openings)))
        if self.errors:
            parts.append(say("{count} could not be read").format(count=number(len(self.errors))))
        text = ", ".join(parts)
        text = text[0].upper() + text[1:]
        return say("Cancelled: {sentence}").format(sentence=text) if self.cancelled else text


class _Known:
    """What the import matches against, read once: people by address, companies by domain, logged keys."""

    def __init__(self, mine: Iterable[str]) -> None:
        db = DB.obj
        self.mine = {k for k in (email_key(a) for a in mine) if k}
        self.people: dict[str, tuple[int, int | None]] = {}
        for pid, key, company_id in db.execute_sql(
            "SELECT id, email_key, company_id FROM person WHERE email_key IS NOT NULL ORDER BY id"
        ):
            self.people.setdefault(key, (pid, company_id))
        self.company_names: dict[int, str] = dict(db.execute_sql("SELECT id, name FROM company").fetchall())
        self.domains: dict[str, int] = {}
        for company_id, domain in db.execute_sql("SELECT id, domain FROM company WHERE domain IS NOT NULL"):
            self.domains.setdefault(str(domain).lower().removeprefix("www."), company_id)
        for key, (_, company_id) in self.people.items():
            domain = domain_of(key)
            if company_id is not None and domain not in FREE_MAIL:
                self.domains.setdefault(domain, company_id)
        self.logged: set[tuple[int, str]] = set(
            db.execute_sql("SELECT person_id, message_id FROM interaction WHERE message_id IS NOT NULL").fetchall()
        )
        self.detections: dict[str, int] = {}
        self.detected: dict[str, Detected] = {}
        for row in db.execute_sql(
            "SELECT id, message_key, message_id, kind, sender, company, role, at, confidence, why FROM detection"
        ):
            number, key, message_id, kind, sender, company, role, at, confidence, why = row
            self.detections[key] = number
            day = (at if isinstance(at, datetime) else datetime.fromisoformat(str(at))).date()
            self.detected[key] = Detected(
                number, message_id, kind, sender, company, role, day, confidence, tuple(json.loads(why))
            )
        self.titles: dict[int, list[str]] = {}
        for company_id, title in db.execute_sql("SELECT company_id, title FROM opening"):
            self.titles.setdefault(company_id, []).append(title)

    def screen(self, raw: bytes) -> str | None:
        """From the header alone: ``_SKIP`` (nobody and no company of Rebound in it: never parsed, never kept),
        the Message-ID of a message already logged on everybody of Rebound in it, or None (read it whole)."""
        found = envelope(raw)
        if found is None:
            return None
        addresses = ([found.sender] if found.sender else []) + list(found.recipients)
        people = [self.people[a][0] for a in addresses if a in self.people and a not in self.mine]
        if not people:
            if found.sender is None or found.sender in self.mine:
                return _SKIP
            if self.company_of(found.sender) is None and not is_alert_sender(found.sender):
                return _SKIP
            return None
        if found.message_id and all((pid, found.message_id) in self.logged for pid in people):
            return found.message_id
        return None

    def company_of(self, address: str) -> int | None:
        person = self.people.get(address)
        if person is not None and person[1] is not None:
            return person[1]
        domain = domain_of(address)
        while domain.count("."):
            if domain in self.domains:
                return self.domains[domain]
            domain = domain.partition(".")[2]
        return None


@dataclass
class _Planned:
    """What one message writes."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    detection: tuple[Any, ...] | None = None
    detected: tuple[str, Any] | None = None  # (message key, Detected without id)
    openings: list[AlertOpening] = field(default_factory=list)


def import_messages(
    db: Any,
    messages: Iterable[tuple[str, bytes] | MailError],
    *,
    today: date,
    headers_only: bool,
    progress: MailProgress | None = None,
    cancel: Callable[[], bool] | None = None,
    me: Iterable[str] = (),
    total: int = 0,
) -> MailImportSummary:
    """Import raw messages ``(position, bytes)`` (a ``MailError`` from a reader is counted and reported).

    ``db`` is the open database (``store.database``'s), or None for the one bound to the models; ``me`` adds
    addresses of mine for this import (``--me``; the caller stores them in the profile)."""
    database = db if db is not None else DB
    known = _Known([*my_emails(), *me])
    summary = MailImportSummary()
    batch: list[MailMessage] = []

    def flush() -> None:
        with database.atomic():
            for message in batch:
                _write(_plan(message, known, today, headers_only), known, summary, today)
        batch.clear()

    for item in messages:
        summary.read += 1
        if isinstance(item, MailError):
            summary.errors.append(str(item))
        else:
            position, raw = item
            screened = known.screen(raw)
            if screened == _SKIP:
                summary.skipped += 1
            elif screened is not None:
                summary.unchanged += 1
                _detected_again(screened, known, summary)
            else:
                message = read_message(raw, position, headers_only=headers_only)
                if isinstance(message, MailError):
                    summary.errors.append(str(message))
                else:
                    batch.append(message)
        if len(batch) >= BATCH or (summary.read % BATCH == 0):
            flush()
            stop = (progress is not None and progress(summary.read, total) is False) or (
                cancel is not None and cancel()
            )
            if stop:
                summary.cancelled = True
                break
    if batch and not summary.cancelled:
        flush()
    elif batch:
        batch.clear()
    if progress is not None and not summary.cancelled:
        progress(summary.read, total or summary.read)
    log.info(
        "mail import: %d read, %d logged, %d already logged, %d not stored, %d errors, %d detected, %d openings%s",
        summary.read, summary.created, summary.unchanged, summary.skipped, len(summary.errors),
        len(summary.detected), summary.openings, " (cancelled)" if summary.cancelled else "",
    )  # fmt: skip
    return summary


_SKIP = "\x00skip"


def _detected_again(key: str, known: _Known, summary: MailImportSummary) -> None:
    """A message logged before that was recognised then: listed again (its id unchanged)."""
    found = known.detected.get(key)
    if found is not None and all(d.id != found.id for d in summary.detected):
        summary.detected.append(found)


def _body(message: MailMessage, headers_only: bool) -> str | None:
    if headers_only:
        return None
    text = message.text
    if message.attachments:
        names = ", ".join(f"{name} ({_size(size)})" for name, size in message.attachments)
        text = f"{text}\n\n[Attachments: {names}]".strip()
    return text or None


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size // 1024, 1)} KB" if size else "0 KB"


def _plan(message: MailMessage, known: _Known, today: date, headers_only: bool) -> _Planned:
    planned = _Planned()
    at = message.date or datetime.combine(today, time())
    sender = message.sender.email if message.sender else None
    outgoing = sender is not None and sender in known.mine
    recipients = [p.email for p in message.to + message.cc if p.email not in known.mine]
    if outgoing:
        people = [known.people[a][0] for a in recipients if a in known.people]
    elif sender is not None and sender in known.people:
        people = [known.people[sender][0]]
    else:
        people = [known.people[a][0] for a in recipients if a in known.people]
    if not known.mine and sender is not None and sender not in known.people and people:
        outgoing = True  # my addresses unknown: a message from nobody of Rebound to people of Rebound is mine
    direction = "out" if outgoing else "in"
    body = _body(message, headers_only)
    for pid in dict.fromkeys(people):
        planned.rows.append(
            (pid, "email", direction, at.isoformat(" "), "email", message.subject or None, body, message.key,
             message.thread)
        )  # fmt: skip
    if outgoing or sender is None:
        return planned
    if is_alert(message):
        planned.openings = openings_in(message)
        return planned
    company_id = known.company_of(sender)
    if not people and company_id is None:
        return planned  # nobody and no company of Rebound: not even a detection is kept
    finding = detect(message.subject, message.text) if not headers_only else None
    if finding is None:
        return planned
    person_id = known.people[sender][0] if sender in known.people else None
    company = known.company_names.get(company_id) if company_id is not None else None
    if company is None:
        company = company_from_signature(message.text, message.sender.name if message.sender else "")
    role = role_in(message.subject, message.text, known.titles.get(company_id, []) if company_id else [])
    planned.detection = (
        message.key, message.message_id, finding.kind, sender, (message.sender.name if message.sender else "") or None,
        person_id, company, role, at.isoformat(" "), message.subject or None, finding.confidence,
        _json(list(finding.why)), DetectionState.PENDING,
    )  # fmt: skip
    planned.detected = (
        message.key,
        Detected(
            0, message.message_id, finding.kind, sender, company, role, at.date(), finding.confidence, finding.why
        ),
    )
    return planned


def _json(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def _write(planned: _Planned, known: _Known, summary: MailImportSummary, today: date) -> None:
    db = DB.obj
    new_rows = [row for row in planned.rows if (row[0], row[7]) not in known.logged]
    if not planned.rows and planned.detection is None and not planned.openings:
        summary.skipped += 1
    elif new_rows:
        summary.created += 1
    elif planned.rows:
        summary.unchanged += 1
    if new_rows:
        db.cursor().executemany(
            "INSERT INTO interaction (person_id, kind, direction, at, channel, subject, body, message_id, thread) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new_rows,
        )
        for row in new_rows:
            known.logged.add((row[0], row[7]))
            summary.people.add(row[0])
    if planned.detection is not None and planned.detected is not None:
        key, entry = planned.detected
        detection_id = known.detections.get(key)
        if detection_id is None:
            row = db.execute_sql(  # RETURNING: the new id on both backends (a server's cursor has no lastrowid)
                "INSERT INTO detection (message_key, message_id, kind, sender, sender_name, person_id, company, role, "
                "at, subject, confidence, why, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                list(planned.detection),
            ).fetchone()
            detection_id = int(row[0])
            known.detections[key] = detection_id
        found = Detected(detection_id, entry.message_id, DetectionKind(entry.kind), entry.sender, entry.company,
                         entry.role, entry.date, entry.confidence, entry.why)  # fmt: skip
        known.detected[key] = found
        if all(d.id != detection_id for d in summary.detected):
            summary.detected.append(found)
    if planned.openings:
        summary.openings += write_openings(planned.openings, known.company_names, today)
