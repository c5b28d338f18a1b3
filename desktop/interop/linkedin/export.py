"""Reading a LinkedIn data export: which file is which (by name in an export, by header alone), each file decoded
and parsed into tables; nothing written. File names match case- and underscore-insensitively at any depth;
other files are listed as ignored. Columns are found by name, never by position."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import InputError
from desktop.interop.sources import (
    HEADER_SEARCH_ROWS,
    Entry,
    Table,
    ZipSource,
    column_key,
    decode_text,
    folder_entries,
    is_zip,
    read_file,
    read_table,
    records,
)
from desktop.texts import say

KINDS = ("profile", "connections", "invitations", "messages", "applications")
LABELS = {
    "profile": "Profile.csv", "connections": "Connections.csv", "invitations": "Invitations.csv",
    "messages": "messages.csv", "applications": "Job Applications.csv",
}  # fmt: skip
_NOT_PEOPLE = ("guide messages", "learning")  # same schema as messages.csv, but LinkedIn's own assistants


# ---------------------------------------------------------------- which file is which


def _file_kind(path: str) -> str | None:
    """The kind of an export file by its name ('Connections.csv', 'jobs/job_applications.csv', …), else None."""
    name = path.rsplit("/", 1)[-1].casefold()
    if not name.endswith(".csv"):
        return None
    stem = " ".join(name[:-4].replace("_", " ").replace("-", " ").split())
    stem = re.sub(r" \d+$", "", stem)  # split files: messages_1.csv
    return {
        "connections": "connections", "messages": "messages", "invitations": "invitations", "profile": "profile",
        "job applications": "applications", "job application": "applications",
    }.get(stem)  # fmt: skip


def _kind_by_name(name: str) -> str | None:
    """For a lone CSV whose header is not found: the kind its name starts with ('Connections (2).csv')."""
    stem = " ".join(name.casefold().replace("_", " ").replace("-", " ").split())
    for kind, start in (("connections", "connections"), ("messages", "messages"), ("invitations", "invitations"),
                        ("profile", "profile"), ("applications", "job application")):  # fmt: skip
        if stem.startswith(start):
            return kind
    return None


HEADER_TESTS: dict[str, Callable[[set[str]], bool]] = {
    "connections": lambda k: {"first name", "last name", "connected on"} <= k,
    "messages": lambda k: {"from", "to", "date", "content"} <= k,
    "invitations": lambda k: {"from", "to", "sent at"} <= k,
    "profile": lambda k: {"first name", "last name"} <= k and ("headline" in k or "maiden name" in k),
    "applications": lambda k: {"application date", "company name", "job title"} <= k,
}
HEADER_WHAT = {
    "connections": "'First Name', 'Last Name' and 'Connected On'",
    "messages": "'FROM', 'TO', 'DATE' and 'CONTENT'",
    "invitations": "'From', 'To' and 'Sent At'",
    "profile": "'First Name', 'Last Name' and 'Headline'",
    "applications": "'Application Date', 'Company Name' and 'Job Title'",
}


def sniff_kind(text: str, name: str) -> str | None:
    """The kind of a lone CSV by its header (file names of a single file are not to be trusted)."""
    for number, (_, cells) in enumerate(records(text, name)):
        keys = {column_key(c) for c in cells}
        for kind, test in HEADER_TESTS.items():
            if test(keys):
                return kind
        if number >= HEADER_SEARCH_ROWS:
            break
    return None


@dataclass
class Export:
    """The files of an export, read and parsed (nothing written yet)."""

    label: str
    tables: dict[str, list[Table]] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


@contextmanager
def _entries(path: Path) -> Iterator[tuple[str, list[Entry]]]:
    path = Path(path)
    if path.is_dir():
        yield "LinkedIn data export (folder)", folder_entries(path)
    elif not path.exists():
        raise InputError(f"{path}: no such file or folder")
    elif path.suffix.casefold() == ".zip" or is_zip(path):
        with ZipSource(path) as source:
            yield "LinkedIn data export (zip)", source.entries
    else:
        yield "LinkedIn CSV file", [Entry(path.name, 0, lambda: read_file(path))]


def shown_label(label: str) -> str:
    """What ``_entries`` calls the export (``Export.label``, English), as the interface says it."""
    return {
        "LinkedIn data export (folder)": lambda: say("LinkedIn data export (folder)"),
        "LinkedIn data export (zip)": lambda: say("LinkedIn data export (zip)"),
        "LinkedIn CSV file": lambda: say("LinkedIn CSV file"),
    }.get(label, lambda: label)()


def read_export(path: Path) -> Export:
    """Find, decode and parse every file the importer reads; file-level problems raise ``InputError``."""
    path = Path(path)
    with _entries(path) as (label, entries):
        export = Export(label)
        single = label == "LinkedIn CSV file"
        for entry in entries:
            where = str(path) if single else f"{path}: {entry.path}"
            kind = _file_kind(entry.path)
            if single:
                text = decode_text(entry.read(), where)
                if not text.strip():
                    raise InputError(f"{where}: the file is empty")
                kind = sniff_kind(text, where) or _kind_by_name(entry.name)
                if kind is None:
                    raise InputError(
                        f"{where}: not a file of a LinkedIn export (no header of Connections.csv, messages.csv, "
                        "Invitations.csv, Profile.csv or Job Applications.csv in its first rows)"
                    )
            elif kind is None:
                export.ignored.append(entry.path)
                continue
            else:
                stem = entry.name.casefold()
                if any(word in stem.replace("_", " ") for word in _NOT_PEOPLE):
                    export.ignored.append(entry.path)
                    continue
                text = decode_text(entry.read(), where)
            table = read_table(text, where, HEADER_TESTS[kind], HEADER_WHAT[kind])
            table.name = entry.name if not single else path.name
            export.tables.setdefault(kind, []).append(table)
        if not export.tables:
            found = ", ".join(export.ignored[:8]) + (" …" if len(export.ignored) > 8 else "") or "no files"
            raise InputError(
                f"{path}: no Connections.csv, messages.csv, Invitations.csv, Profile.csv or Job Applications.csv "
                f"in it (found: {found})"
            )
    return export
