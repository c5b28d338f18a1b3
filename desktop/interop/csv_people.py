"""People from and to CSV: Google Contacts and Outlook headers are recognised (so is Rebound's own
export); any other CSV is imported with a mapping of its columns to person fields, which the user
gives (``--map "Full Name=name"``). Columns are found by name, never by position.

The export opens cleanly in spreadsheets: UTF-8 with a byte order mark, and a cell that begins
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with ``'`` so that no
spreadsheet runs it as a formula (CSV injection). Re-importing Rebound's own export removes the
prefix again.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop import vocab
from desktop.core.bulk_writer import dry_run, writing
from desktop.core.normalize import is_email, profile_url
from desktop.errors import InputError
from desktop.interop.linkedin.values import parse_connected_on
from desktop.interop.people_export import people_for_export, write_atomically
from desktop.interop.people_import import (
    Contact,
    ImportSummary,
    Preview,
    Progress,
    counted,
    skipped_where,
    write_contacts,
)
from desktop.interop.sources import Table, column_key, decode_text, read_file, read_table, sniff_separator
from desktop.texts import say

FIELDS = (
    "name", "first_name", "last_name", "email", "phone", "linkedin_url", "company", "title", "tags", "location",
    "notes", "connected_on",
)  # fmt: skip
"""The person fields a CSV column can be mapped to."""

EXPORT_COLUMNS = (
    "Name", "First Name", "Last Name", "E-mail", "Phone", "LinkedIn", "Company", "Title", "Role", "Tags",
    "Location", "Connected", "Connected On", "Notes",
)  # fmt: skip
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA = re.compile(r"^\s*(=|[+\-@]\s*[A-Za-z_][\w.]*\s*\()")
_GOOGLE_JOIN = " ::: "
GOOGLE = "Google Contacts CSV"
OUTLOOK = "Outlook CSV"
REBOUND = "Rebound CSV"
MAPPED = "CSV with mapped columns"


# ---------------------------------------------------------------- the kinds of CSV


def _google(keys: set[str]) -> bool:
    return (
        "e-mail 1 - value" in keys
        or "organization name" in keys
        or "organization 1 - name" in keys
        or {"given name", "family name"} <= keys
    )


def _outlook(keys: set[str]) -> bool:
    return "e-mail address" in keys and "first name" in keys and bool({"job title", "company"} & keys)


def _rebound(keys: set[str]) -> bool:
    return {"name", "e-mail", "linkedin", "company", "title"} <= keys


@dataclass
class Mapping:
    """Which column feeds which person field (column positions)."""

    label: str
    columns: dict[str, list[int]]  # field → columns, in order (several e-mail columns, for instance)
    split: dict[str, str]  # field → separator of several values within one cell
    unescape: bool = False  # Rebound's own export: remove the ' that neutralised a formula-like cell
    guessed: str = ""  # the columns guessed ("Full Name → name, Mail → email"), when they were

    def shown(self) -> str:
        """The format's name as the interface says it (``label`` stays English: the importer compares it)."""
        if self.guessed:
            return say("CSV with guessed columns ({used})").format(used=self.guessed)
        return {
            GOOGLE: lambda: say("Google Contacts CSV"),
            OUTLOOK: lambda: say("Outlook CSV"),
            REBOUND: lambda: say("Rebound CSV"),
            MAPPED: lambda: say("CSV with mapped columns"),
        }.get(self.label, lambda: self.label)()


def _columns(table: Table, *names: str) -> list[int]:
    found = []
    for name in names:
        index = table.index(name)
        if index is not None and index not in found:
            found.append(index)
    return found


def _numbered(table: Table, pattern: str) -> list[int]:
    """Columns like 'E-mail 1 - Value', 'E-mail 2 - Value' …, in number order."""
    regex = re.compile(pattern)
    numbered = sorted((int(m.group(1)), i) for key, i in table.columns.items() if (m := regex.fullmatch(key)))
    return [i for _, i in numbered]


def _google_mapping(table: Table) -> Mapping:
    return Mapping(
        GOOGLE,
        {
            "name": _columns(table, "name"),
            "first_name": _columns(table, "first name", "given name"),
            "middle_name": _columns(table, "middle name", "additional name"),
            "last_name": _columns(table, "last name", "family name"),
            "email": _numbered(table, r"e-mail (\d+) - value"),
            "phone": _numbered(table, r"phone (\d+) - value"),
            "url": _numbered(table, r"website (\d+) - value"),
            "company": _columns(table, "organization name", "organization 1 - name"),
            "title": _columns(table, "organization title", "organization 1 - title"),
            "tags": _columns(table, "labels", "group membership"),
            "location": _columns(table, "address 1 - city", "address 1 - region", "address 1 - country"),
            "notes": _columns(table, "notes"),
        },
        {"email": _GOOGLE_JOIN, "phone": _GOOGLE_JOIN, "url": _GOOGLE_JOIN, "tags": _GOOGLE_JOIN},
    )


def _outlook_mapping(table: Table) -> Mapping:
    return Mapping(
        OUTLOOK,
        {
            "first_name": _columns(table, "first name"),
            "middle_name": _columns(table, "middle name"),
            "last_name": _columns(table, "last name"),
            "email": _columns(table, "e-mail address", "e-mail 2 address", "e-mail 3 address"),
            "phone": _columns(table, "mobile phone", "business phone", "primary phone", "home phone"),
            "url": _columns(table, "web page"),
            "company": _columns(table, "company"),
            "title": _columns(table, "job title"),
            "tags": _columns(table, "categories"),
            "location": _columns(table, "business city", "business state", "business country/region"),
            "home_location": _columns(table, "home city", "home state", "home country/region"),
            "notes": _columns(table, "notes"),
        },
        {"tags": ";"},
    )


def _rebound_mapping(table: Table) -> Mapping:
    return Mapping(
        REBOUND,
        {
            "name": _columns(table, "name"),
            "first_name": _columns(table, "first name"),
            "last_name": _columns(table, "last name"),
            "email": _columns(table, "e-mail"),
            "phone": _columns(table, "phone"),
            "linkedin_url": _columns(table, "linkedin"),
            "company": _columns(table, "company"),
            "title": _columns(table, "title"),
            "tags": _columns(table, "tags"),
            "location": _columns(table, "location"),
            "connected": _columns(table, "connected"),
            "connected_on": _columns(table, "connected on"),
            "notes": _columns(table, "notes"),
            "role": _columns(table, "role"),
        },
        {"tags": ";"},
        unescape=True,
    )


def parse_map_options(options: list[str]) -> dict[str, str]:
    """``["Full Name=name", "Mail=email"]`` → {"Full Name": "name", "Mail": "email"} (InputError when malformed)."""
    mapping: dict[str, str] = {}
    for option in options:
        column, sep, name = option.rpartition("=")
        if not sep or not column.strip() or not name.strip():
            raise InputError(f"--map {option!r}: give COLUMN=FIELD, for instance --map 'Full Name=name'")
        mapping[column.strip()] = name.strip()
    return mapping


def _user_mapping(table: Table, given: dict[str, str], source: str) -> Mapping:
    columns: dict[str, list[int]] = {}
    for column, name in given.items():
        if name not in FIELDS:
            raise InputError(f"{source}: --map {column}={name}: {name!r} is not a field; fields: {', '.join(FIELDS)}")
        index = table.index(column)
        if index is None:
            raise InputError(
                f"{source}: --map {column}={name}: there is no column {column!r}; "
                f"the columns are {', '.join(repr(h) for h in table.header)}"
            )
        columns.setdefault(name, []).append(index)
    if not {"name", "first_name", "last_name"} & set(columns):
        raise InputError(f"{source}: map a column to name (or to first_name and last_name): a person needs a name")
    return Mapping(MAPPED, columns, {"tags": ";"})


# a column name (letters and digits only, lower case) → the field it most likely holds; the import wizard
# proposes these for the user to check, `rebound import csv` without --map uses them
COLUMN_GUESSES = {
    "name": "name", "fullname": "name", "displayname": "name", "contact": "name", "person": "name",
    "firstname": "first_name", "givenname": "first_name", "forename": "first_name", "vorname": "first_name",
    "lastname": "last_name", "surname": "last_name", "familyname": "last_name", "nachname": "last_name",
    "email": "email", "mail": "email", "emailaddress": "email", "email1": "email",
    "phone": "phone", "mobile": "phone", "telephone": "phone", "tel": "phone", "phonenumber": "phone",
    "mobilephone": "phone", "mobilenumber": "phone", "workphone": "phone", "businessphone": "phone",
    "primaryemail": "email", "emailadress": "email",
    "linkedin": "linkedin_url", "linkedinurl": "linkedin_url", "profile": "linkedin_url", "profileurl": "linkedin_url",
    "company": "company", "organization": "company", "organisation": "company", "org": "company",
    "employer": "company", "firma": "company",
    "title": "title", "jobtitle": "title", "position": "title",
    "tags": "tags", "labels": "tags", "groups": "tags", "categories": "tags",
    "location": "location", "city": "location",
    "notes": "notes", "note": "notes", "comments": "notes", "comment": "notes", "notizen": "notes",
    "emailadresse": "email",
    "connectedon": "connected_on",
}  # fmt: skip


def guess_field(column: str, fields: tuple[str, ...] = FIELDS) -> str | None:
    """The field a column's name suggests (``"Full Name"`` → ``name``), if it is one of ``fields``."""
    found = COLUMN_GUESSES.get(re.sub(r"[^a-z0-9]", "", column.casefold()))
    return found if found in fields else None


def guess_mapping(header: list[str]) -> dict[str, str]:
    """Column → field for every column whose name suggests one (in the order of the columns)."""
    return {column: field for column in header if (field := guess_field(column)) is not None}


def _guessed_mapping(table: Table, source: str) -> Mapping | None:
    """The guesses as a mapping, when they find a name (else None: the columns need --map)."""
    guessed = guess_mapping(table.header)
    if not {"name", "first_name", "last_name"} & set(guessed.values()):
        return None
    mapping = _user_mapping(table, guessed, source)
    used = ", ".join(f"{column} → {field}" for column, field in guessed.items())
    return Mapping(MAPPED, mapping.columns, mapping.split, guessed=used)


def detect(table: Table) -> Callable[[Table], Mapping] | None:
    keys = set(table.columns)
    for test, build in ((_rebound, _rebound_mapping), (_google, _google_mapping), (_outlook, _outlook_mapping)):
        if test(keys):
            return build
    return None


def unmapped_error(table: Table, source: str) -> InputError:
    return InputError(
        f"{source}: the columns are not ones Rebound knows (not Google Contacts, Outlook or Rebound); map them with "
        f"--map COLUMN=FIELD. Columns: {', '.join(repr(h) for h in table.header)}. Fields: {', '.join(FIELDS)}"
    )


# ---------------------------------------------------------------- rows → contacts


def _cells(row: list[str], indexes: list[int], split: str | None, unescape: bool) -> list[str]:
    values = []
    for index in indexes:
        text = row[index] if index < len(row) else ""
        if unescape and text.startswith("'") and text[1:2] in DANGEROUS_START:
            text = text[1:]
        parts = text.split(split) if split else [text]
        values += [p.strip() for p in parts if p.strip()]
    return values


# the reason a row is skipped, per field whose value starts like a formula (each a whole sentence, to translate)
_FORMULA_REASONS: dict[str, Callable[[], str]] = {
    "name": lambda: say("the name is a spreadsheet formula"),
    "first_name": lambda: say("the first name is a spreadsheet formula"),
    "last_name": lambda: say("the last name is a spreadsheet formula"),
    "company": lambda: say("the company is a spreadsheet formula"),
    "title": lambda: say("the title is a spreadsheet formula"),
}


def contact_of(row: list[str], line: int, mapping: Mapping) -> Contact:
    """One row → Contact; ValueError with the reason when the row is to be skipped."""
    if "\x00" in "".join(row):
        raise ValueError(say("the row holds NUL bytes (binary data)"))

    def get(name: str) -> list[str]:
        return _cells(row, mapping.columns.get(name, []), mapping.split.get(name), mapping.unescape)

    def first(name: str) -> str | None:
        found = get(name)
        return found[0] if found else None

    for name in ("name", "first_name", "last_name", "company", "title"):
        value = first(name)
        if value and _FORMULA.match(value):
            raise ValueError(_FORMULA_REASONS[name]())
    first_name, last_name = first("first_name"), first("last_name")
    middle = first("middle_name")
    name = first("name") or " ".join(p for p in (first_name, middle, last_name) if p)
    emails = get("email")
    good = [e for e in emails if is_email(e)]
    if not name:
        name = first("company") or (good[0] if good else "")  # named by the address until a name is known
    if not name:
        raise ValueError(say("no name, company or e-mail address"))
    notes = [n.replace("\r\n", "\n").replace("\r", "\n") for n in [first("notes")] if n]
    extra = [e for e in emails if e != (good[0] if good else None)]
    if extra:
        notes.append("Other e-mail addresses: " + ", ".join(extra))
    phones = get("phone")
    if phones[1:]:
        notes.append("Other phone numbers: " + ", ".join(phones[1:]))
    urls = get("url") + get("linkedin_url")
    found = next((u for u in urls if "linkedin.com/" in u.lower()), None)
    linkedin = profile_url(found) if found else None
    others = [u for u in get("url") if u != found]
    if others:
        notes.append("Web: " + ", ".join(others))
    connected_on = None
    if first("connected_on"):
        try:
            connected_on = parse_connected_on(first("connected_on") or "")
        except ValueError as error:
            raise ValueError(say("connected on: {error}").format(error=error)) from None
    tags = get("tags")
    if mapping.label == GOOGLE:
        tags = [t for t in tags if not t.startswith("* ")]  # Google's system groups: * myContacts, * starred
    return Contact(
        line=line, name=" ".join(name.split()), first_name=first_name, last_name=last_name,
        email=good[0] if good else None, phone=phones[0] if phones else None, linkedin_url=linkedin,
        company=first("company"), title=first("title"), notes="\n".join(notes) or None,
        location=", ".join(get("location") or get("home_location")) or None,
        tags=list(dict.fromkeys(tags)), connected=(first("connected") or "").casefold() in ("yes", "true", "1"),
        connected_on=connected_on, role=first("role") if first("role") in vocab.PERSON_ROLES else None,
    )  # fmt: skip


@dataclass
class Parsed:
    source: str
    table: Table
    mapping: Mapping | None
    contacts: list[Contact]
    problems: list[tuple[int, str]]
    left: dict[str, list[int]] = field(default_factory=dict)  # column → the lines whose value in it was left out


# columns that only describe another (its label or type) or repeat the name: nothing is lost without them
_SILENT_COLUMN = re.compile(
    r".* - (label|type)|.*yomi.*|phonetic .*|file as|e-mail( \d)? (type|display name)|title|suffix|"
    r"name prefix|name suffix|given name yomi|family name yomi|initials|role"
)


def left_columns(table: Table, mapping: Mapping) -> dict[str, list[int]]:
    """The columns no field reads, each with the lines that have a value in it (labels and types aside)."""
    used = {i for indexes in mapping.columns.values() for i in indexes}
    unread = [
        (i, name)
        for i, name in enumerate(table.header)
        if i not in used and not _SILENT_COLUMN.fullmatch(column_key(name))
    ]
    left: dict[str, list[int]] = {}
    for index, name in unread:
        lines = [line for line, row in table.rows if row[index].strip()]
        if lines:
            left[name] = lines
    return left


def read_csv(path: Path, mapping: dict[str, str] | None = None, *, guess: bool = False) -> Parsed:
    """Read and map the file (``mapping``: column → field); ``Parsed.mapping`` is None when a mapping is needed.

    Without ``mapping``, a known export (Rebound, Google, Outlook) maps itself; else, with ``guess``, the
    columns' names are read as ``guess_mapping`` does (the wizard shows them to the user instead)."""
    source = str(path)
    text = decode_text(read_file(Path(path)), source)
    table = read_table(text, source, lambda keys: any(keys), "column names", sniff_separator(text))
    if mapping:
        used: Mapping | None = _user_mapping(table, mapping, source)
    else:
        build = detect(table)
        used = build(table) if build else _guessed_mapping(table, source) if guess else None
    contacts, problems = [], []
    if used is not None:
        for line, row in table.rows:
            try:
                contacts.append(contact_of(row, line, used))
            except ValueError as error:
                problems.append((line, str(error)))
    return Parsed(source, table, used, contacts, problems, left_columns(table, used) if used is not None else {})


def _write(parsed: Parsed, now: datetime, progress: Progress | None) -> ImportSummary:
    name = Path(parsed.source).name
    summary = write_contacts(parsed.contacts, parsed.problems, name, now, progress)
    summary.files.append(f"{name}: {counted(len(parsed.table.rows), 'row')}")
    if parsed.mapping is not None and parsed.mapping.guessed:
        summary.files.append(f"{name}: " + say("guessed columns ({used})").format(used=parsed.mapping.guessed))
    for column, lines in parsed.left.items():
        left_out = say("{source}: column {column} left out: no field reads it ({where})")
        summary.errors.append(left_out.format(source=name, column=repr(column), where=skipped_where(list(lines))))
    return summary


def write(parsed: Parsed, *, now: datetime, progress: Progress | None = None) -> ImportSummary:
    """Write what ``read_csv`` read, in one transaction (InputError listing the columns when it needs a mapping)."""
    if parsed.mapping is None:
        raise unmapped_error(parsed.table, parsed.source)
    with writing(people=len(parsed.contacts)) as kept:
        summary = _write(parsed, now, progress)
    return kept.apply(summary)


def run(
    path: Path, *, now: datetime, progress: Progress | None = None, mapping: dict[str, str] | None = None
) -> ImportSummary:
    """Import the people of a CSV file in one transaction; an unknown header needs ``mapping`` (column → field)."""
    return write(read_csv(path, mapping), now=now, progress=progress)


def preview(path: Path, *, now: datetime, mapping: dict[str, str] | None = None) -> Preview:
    """What ``run`` would do. An unknown header is not an error here: ``needs_mapping`` says a mapping is due."""
    parsed = read_csv(path, mapping)
    rows = [row[:-1] for _, row in parsed.table.rows[:5]]
    if parsed.mapping is None:
        result = Preview.of(say("CSV (columns not recognised)"), ImportSummary(), parsed.table.header, rows, kind="csv")
        result.needs_mapping = True
    else:
        summary = dry_run(lambda: _write(parsed, now, None))
        result = Preview.of(parsed.mapping.shown(), summary, parsed.table.header, rows, kind="csv")
        result.mapping = {
            parsed.table.header[i]: name for name, indexes in parsed.mapping.columns.items() for i in indexes
        }
    result.fields = FIELDS
    return result


# ---------------------------------------------------------------- export


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text: one that starts like a formula gets a leading '."""
    if cell.startswith(DANGEROUS_START) or (cell.startswith("'") and cell[1:2] in DANGEROUS_START):
        return "'" + cell  # and a cell that begins with the mark itself keeps it: the import takes one away
    return cell


def export_csv(path: Path) -> int:
    """Write every person to a CSV for spreadsheets (UTF-8 with BOM, formula-like cells neutralised)."""
    people = people_for_export()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for p in people:
        cells = [
            p.name, p.first_name, p.last_name, p.email, p.phone, p.linkedin_url, p.company, p.title, p.role,
            "; ".join(p.tags), p.location, "yes" if p.connected else "", p.connected_on, p.notes,
        ]  # fmt: skip
        writer.writerow([neutralise(c or "") for c in cells])
    write_atomically(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return len(people)
