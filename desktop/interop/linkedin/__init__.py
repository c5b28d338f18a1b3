"""The LinkedIn data export (shared/data/linkedin/FORMAT.md): the zip, its unpacked folder, or one CSV.

Read: Connections.csv (people, connected), messages.csv (``linkedin_message`` interactions),
Invitations.csv (``connection_request`` interactions), Profile.csv (the owner: ``me``'s name,
never a person) and Jobs/Job Applications.csv (companies, openings and my own processes).
File names match case- and underscore-insensitively at any depth; other files are listed as
ignored. Columns are found by name, never by position.

``preview(path, now=…)`` says what an import would do without writing anything; ``run(path,
now=…, progress=…)`` imports everything in one transaction. ``now`` is the import time (a
job change found is dated with it): the caller reads the clock, not this module.

The package, by step: ``export`` (which file is which, reading), ``values`` (names, dates, text),
``connections`` (Connections.csv → person records), ``owner`` (who ``me`` is), ``messages``
(messages and invitations → interactions), ``writer`` (writing it all through ``core.bulk_writer``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.core import collector
from desktop.core.bulk_writer import dry_run, writing
from desktop.interop.linkedin.export import (
    HEADER_TESTS,
    HEADER_WHAT,
    KINDS,
    LABELS,
    Export,
    read_export,
    shown_label,
    sniff_kind,
)
from desktop.interop.linkedin.messages import Pending, unknown_owner
from desktop.interop.linkedin.owner import Keys, Owner, find_owner, participants
from desktop.interop.linkedin.values import (
    clean_name,
    clean_name_part,
    parse_connected_on,
    parse_timestamp,
    plain_text,
)
from desktop.interop.linkedin.writer import _Writer
from desktop.interop.people_import import ImportSummary, Preview, Progress

__all__ = [
    "HEADER_TESTS", "HEADER_WHAT", "KINDS", "LABELS", "Export", "Keys", "Owner", "Pending", "clean_name",
    "clean_name_part", "find_owner", "parse_connected_on", "parse_timestamp", "plain_text", "preview",
    "read_export", "run", "sniff_kind", "write",
]  # fmt: skip


def write(export: Export, *, now: datetime, progress: Progress | None = None, me: str | None = None) -> ImportSummary:
    """Write what ``read_export`` read, in one transaction; ``now`` dates the job changes found. ``me``: who the
    account owner is (full name or profile URL), when the user said so; remembered for the next import."""
    # the people it may add: connections and invitations (a message adds someone only when a stranger wrote)
    people = sum(len(t.rows) for kind in ("connections", "invitations") for t in export.tables.get(kind, []))
    with writing(people=people) as kept:
        summary = _Writer(export, now, progress, me).run()
    return kept.apply(summary)


def run(path: Path, *, now: datetime, progress: Progress | None = None, me: str | None = None) -> ImportSummary:
    """Import the export at ``path`` (zip, folder or one CSV) in one transaction; ``now`` dates job changes."""
    with collector.paused():
        return write(read_export(path), now=now, progress=progress, me=me)


def preview(path: Path, *, now: datetime, me: str | None = None) -> Preview:
    """What ``run`` would do, without writing: the files found, the first connections, the counts; ``participants``
    lists the senders to pick the owner from when the messages cannot tell which is the account owner."""
    export = read_export(path)
    summary = dry_run(lambda: _Writer(export, now, None, me).run())
    order = ("connections", "messages", "invitations", "applications", "profile")
    first = next((tables[0] for kind in order if (tables := export.tables.get(kind))), None)
    rows = [row[:-1] for _, row in first.rows[:5]] if first else []
    shown = Preview.of(shown_label(export.label), summary, first.header if first else [], rows, kind="linkedin")
    if summary.reasons.get(unknown_owner()):
        shown.participants = participants(export)
    return shown
