"""Interviews and meetings from a calendar file (``.ics`` exported from Google, Outlook or Apple Calendar).

An event whose organizer or attendees include people of Rebound (by e-mail address) is logged on each of their
timelines: an *interview* when its summary or description says so (interview, Vorstellungsgespräch, Interview,
Kennenlerngespräch, screening, onsite), else a *meeting*; channel in person when it has a location that is no
video link, else other. Logged once by (person, kind, start, summary) however often the file is imported; events
with nobody of Rebound are not stored. Recurring events are logged at their first start only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from icalendar import Calendar

from desktop.core.bulk_writer import Interactions
from desktop.core.normalize import email_key
from desktop.errors import InputError
from desktop.interop.people_import import ImportSummary
from desktop.store.models import DB

MAX_BYTES = 50 * 1024 * 1024
_INTERVIEW = re.compile(
    r"\b(?:interview|vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|screening|phone\s+screen|onsite|"
    r"on-site|assessment|hiring\s+manager|technical\s+round)",
    re.IGNORECASE,
)
_VIDEO = re.compile(r"zoom\.us|meet\.google|teams\.microsoft|webex|whereby|https?://", re.IGNORECASE)


@dataclass(frozen=True)
class CalendarEvent:
    position: str  # "VEVENT 3"
    summary: str
    description: str
    start: datetime
    location: str
    addresses: tuple[str, ...]  # organizer and attendees, lower case

    @property
    def kind(self) -> str:
        return "interview" if _INTERVIEW.search(f"{self.summary}\n{self.description}") else "meeting"

    @property
    def channel(self) -> str:
        return "in_person" if self.location and not _VIDEO.search(self.location) else "other"


def _address(value: object) -> str | None:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return email_key(text) if "@" in text else None


def _start(value: object) -> datetime | None:
    moment = getattr(value, "dt", None)
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        return moment.replace(microsecond=0)
    if isinstance(moment, date):
        return datetime.combine(moment, time())
    return None


def read_calendar(path: Path) -> tuple[list[CalendarEvent], list[str]]:
    """The events of an .ics file and the problems of the ones that cannot be read; InputError when the file is
    no calendar at all (nothing is written then)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB: not a calendar export")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as error:
        raise InputError(f"{path}: not an iCalendar file ({error})") from None
    events: list[CalendarEvent] = []
    problems: list[str] = []
    for number, component in enumerate(calendar.walk("VEVENT"), 1):
        position = f"{path.name} event {number}"
        start = _start(component.get("dtstart"))
        if start is None:
            problems.append(f"{position}: no start (DTSTART); not imported")
            continue
        attendees = component.get("attendee") or []
        if not isinstance(attendees, list):
            attendees = [attendees]
        found = [_address(a) for a in [component.get("organizer"), *attendees] if a is not None]
        events.append(
            CalendarEvent(
                position, str(component.get("summary") or "").strip(), str(component.get("description") or "").strip(),
                start, str(component.get("location") or "").strip(), tuple(a for a in found if a),
            )
        )  # fmt: skip
    return events, problems


def write(read: tuple[list[CalendarEvent], list[str]], source: str) -> ImportSummary:
    """Log the events with people of Rebound on their timelines (one transaction)."""
    events, problems = read
    summary = ImportSummary(errors=list(problems), skipped=len(problems))
    people = dict(
        DB.obj.execute_sql("SELECT email_key, id FROM person WHERE email_key IS NOT NULL ORDER BY id DESC").fetchall()
    )
    with DB.atomic():
        interactions = Interactions()
        matched = [(event, sorted({people[a] for a in event.addresses if a in people})) for event in events]
        interactions.load({pid for _, ids in matched for pid in ids}, ("interview", "meeting"))
        for event, ids in matched:
            if not ids:
                summary.skipped += 1
                continue
            new = False
            for pid in ids:
                body = event.description[:20_000] or None
                new |= interactions.add(pid, event.kind, "out", event.start, event.channel, event.summary or None, body)
            if new:
                summary.created += 1
            else:
                summary.unchanged += 1
        interactions.flush()
    return summary
