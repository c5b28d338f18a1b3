"""What every import of people shares besides the writer: the summary, progress and cancel, skipped rows by
reason, the preview an import wizard shows, and contact lists (vCard, CSV) merged into the people.

The people, their companies and interactions are written by the one bulk writer, ``core.bulk_writer``,
with values from the one normaliser, ``core.person_values``; the names below that come from there are
kept importable from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.core.bulk_writer import Companies, Interactions, People, Upserted, dry_run, insert_row, writing
from desktop.core.person_values import PERSON_COLUMNS, TRACKED, db_value, person_values
from desktop.errors import Cancelled
from desktop.texts import number, say

__all__ = [
    "PERSON_COLUMNS", "TRACKED", "Companies", "Contact", "ImportSummary", "Interactions", "People", "Preview",
    "Progress", "Tracker", "Upserted", "counted", "db_value", "dry_run", "insert_row", "line_ranges",
    "person_values", "skipped_where", "write_contacts", "writing",
]  # fmt: skip

Progress = Callable[[int, int], bool | None]
"""``progress(done, total)``; returning False cancels (the transaction rolls back)."""

PROGRESS_EVERY = 500
SUMMARY_KEYS = ("created", "updated", "unchanged", "skipped", "errors")


@dataclass
class ImportSummary:
    """What an import did. ``as_dict`` is the spec's summary (spec/cli.md); ``files`` and ``ignored`` say what
    was read and what was not (unknown files of an export), ``reasons`` counts the skipped rows by reason."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)
    # What the user counts, from what was written (not in the spec's summary): people created and updated,
    # messages (interactions to or from someone) added.
    new_people: int = 0
    people_updated: int = 0
    messages: int = 0

    def as_dict(self) -> dict[str, Any]:
        whole = asdict(self)
        return {key: whole[key] for key in SUMMARY_KEYS}

    def sentence(self) -> str:
        """The outcome in what the user counts, as every view of an import says it: ``13 new people, 2 people
        updated, 9 messages, 2 rows skipped`` (updated and skipped only when there were any; no full stop, so
        that a caller can put it into its own sentence)."""
        new = say("{count} new person") if self.new_people == 1 else say("{count} new people")
        parts = [new.format(count=number(self.new_people))]
        if self.people_updated:
            updated = say("{count} person updated") if self.people_updated == 1 else say("{count} people updated")
            parts.append(updated.format(count=number(self.people_updated)))
        messages = say("{count} message") if self.messages == 1 else say("{count} messages")
        parts.append(messages.format(count=number(self.messages)))
        if self.skipped:
            skipped = say("{count} row skipped") if self.skipped == 1 else say("{count} rows skipped")
            parts.append(skipped.format(count=number(self.skipped)))
        return ", ".join(parts)

    def add(self, other: ImportSummary) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped += other.skipped
        self.new_people += other.new_people
        self.people_updated += other.people_updated
        self.messages += other.messages
        self.errors += other.errors
        self.files += other.files
        self.ignored += other.ignored
        for reason, count in other.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + count


class Tracker:
    """Counts records, reports progress (a False answer cancels) and gathers skipped rows by reason.

    ``skip(reason, source, line)`` of many rows with one reason becomes one line of the summary's
    errors that names every one of them, runs of three or more lines as ranges:
    ``Connections.csv: hidden or closed profile (lines 12, 40–43, 97)``.
    """

    def __init__(self, total: int = 0, progress: Progress | None = None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.summary = ImportSummary()
        self._skipped: dict[tuple[str, str], list[int | None]] = {}
        self._notes: list[str] = []

    def step(self, count: int = 1) -> None:
        """Report progress every few hundred records and at the end; a False answer raises ``Cancelled``."""
        before = self.done
        self.done += count
        if self.progress is not None and (
            self.done // PROGRESS_EVERY != before // PROGRESS_EVERY or self.done == self.total
        ):
            if self.progress(self.done, self.total) is False:
                raise Cancelled("import cancelled; nothing was written")

    def count(self, created: bool, changed: bool, step: bool = True) -> None:
        if step:
            if self.progress is None:
                self.done += 1  # as step(): nothing to report to
            else:
                self.step()
        if created:
            self.summary.created += 1
        elif changed:
            self.summary.updated += 1
        else:
            self.summary.unchanged += 1

    def counted(self, created: int, updated: int, unchanged: int) -> None:
        """``count`` of several records at once (a run of them written by the bulk writer)."""
        self.step(created + updated + unchanged)
        self.summary.created += created
        self.summary.updated += updated
        self.summary.unchanged += unchanged

    def skip(self, reason: str, source: str = "", line: int | None = None, step: bool = True) -> None:
        if step:
            self.step()
        self.summary.skipped += 1
        self.summary.reasons[reason] = self.summary.reasons.get(reason, 0) + 1
        self._skipped.setdefault((source, reason), []).append(line)

    def note(self, message: str) -> None:
        """Something imported with a loss worth telling (a value left out); not a skipped row."""
        self._notes.append(message)

    def finish(self) -> ImportSummary:
        for (source, reason), rows in self._skipped.items():
            text = f"{source}: {reason}" if source else reason
            where = skipped_where(rows)
            self.summary.errors.append(f"{text} ({where})" if where else text)
        self.summary.errors += self._notes
        self._skipped, self._notes = {}, []
        return self.summary


def line_ranges(lines: Iterable[int]) -> str:
    """``12, 40–43, 97``: every line, in order, once; a run of three or more consecutive lines as a range."""
    ordered = sorted(set(lines))
    parts: list[str] = []
    start = 0
    for end in range(len(ordered)):
        if end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            continue
        first, last = ordered[start], ordered[end]
        if end - start >= 2:
            parts.append(f"{first}–{last}")
        else:
            parts.extend(str(n) for n in ordered[start : end + 1])
        start = end + 1
    return ", ".join(parts)


def skipped_where(rows: list[int | None]) -> str:
    """Where the skipped rows of one reason are: ``line 14``, ``lines 12, 40–43, 97``; rows skipped without a
    line are counted (``2 rows``, ``lines 3, 5 and 2 rows without a line``); one row without a line: ''."""
    lines = [n for n in rows if n is not None]
    unplaced = len(rows) - len(lines)
    if not lines:
        return say("{count} rows").format(count=unplaced) if unplaced > 1 else ""
    one = len(set(lines)) == 1
    where = (say("line {lines}") if one else say("lines {lines}")).format(lines=line_ranges(lines))
    if unplaced:
        without = (
            say("{where} and {count} row without a line")
            if unplaced == 1
            else say("{where} and {count} rows without a line")
        )
        where = without.format(where=where, count=unplaced)
    return where


def counted(count: int, word: str) -> str:
    """``1 row``, ``7 rows``, ``1,200 cards``: a file's size in the summary."""
    if word == "card":
        text = say("{count} card") if count == 1 else say("{count} cards")
    else:
        text = say("{count} row") if count == 1 else say("{count} rows")
    return text.format(count=number(count))


# ---------------------------------------------------------------- contact lists (vCard, CSV)


@dataclass
class Contact:
    """What one entry of a contact list (a vCard, a CSV row) says about a person."""

    line: int
    name: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    linkedin_url: str | None = None
    company: str | None = None
    title: str | None = None
    location: str | None = None
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    connected: bool = False
    connected_on: date | None = None
    role: str | None = None


def write_contacts(
    contacts: list[Contact], problems: list[tuple[int, str]], source: str, now: datetime, progress: Progress | None
) -> ImportSummary:
    """Merge a contact list into the people (call inside ``writing()``): problems are skipped rows (line, reason)."""
    track = Tracker(len(contacts) + len(problems), progress)
    for line, reason in problems:
        track.skip(reason, source, line)
    companies = Companies()
    people = People(companies, now)
    records = [
        person_values(
            contact.name,
            first_name=contact.first_name,
            last_name=contact.last_name,
            email=contact.email,
            phone=contact.phone,
            linkedin_url=contact.linkedin_url,
            company_id=companies.id_for(contact.company),
            title=contact.title,
            role=contact.role,
            location=contact.location,
            notes=contact.notes,
            connected=contact.connected,
            connected_on=contact.connected_on,
        )  # fmt: skip
        for contact in contacts
    ]
    people.merge_all(records, track.counted, [contact.tags for contact in contacts])
    people.flush()
    people.flush_job_changes()
    return track.finish()


# ---------------------------------------------------------------- preview


@dataclass
class Preview:
    """What an import of a file would do, for an import wizard: nothing is written to make it."""

    format: str  # "LinkedIn data export (zip)", "vCard 3.0", "Google Contacts CSV", … in the interface's language
    columns: list[str]  # the header of the main table (vCard: the fields shown)
    first_rows: list[list[str]]  # its first rows, as read
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    new_people: int = 0  # what the user counts (ImportSummary)
    people_updated: int = 0
    messages: int = 0
    reasons: dict[str, int] = field(default_factory=dict)  # skipped rows by reason
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the files read, with their row counts
    ignored: list[str] = field(default_factory=list)  # files of an export not read (unknown)
    needs_mapping: bool = False  # a CSV whose columns were not recognised: run() needs a mapping
    mapping: dict[str, str] = field(default_factory=dict)  # CSV column → person field, as used
    fields: tuple[str, ...] = ()  # the person fields a CSV column can be mapped to
    participants: list[str] = field(default_factory=list)  # LinkedIn messages whose owner is unknown: pick one
    kind: str = ""  # which importer reads the file: linkedin, vcard, csv, json or mail

    @classmethod
    def of(
        cls, format: str, summary: ImportSummary, columns: list[str], first_rows: list[list[str]], kind: str
    ) -> Preview:
        return cls(
            format=format, kind=kind, columns=list(columns), first_rows=[list(r) for r in first_rows],
            created=summary.created, updated=summary.updated, unchanged=summary.unchanged, skipped=summary.skipped,
            new_people=summary.new_people, people_updated=summary.people_updated, messages=summary.messages,
            reasons=dict(summary.reasons), errors=list(summary.errors), files=list(summary.files),
            ignored=list(summary.ignored),
        )  # fmt: skip
