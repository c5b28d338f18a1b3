"""The LinkedIn data export (shared/data/linkedin/FORMAT.md): the zip, its unpacked folder, or one CSV.

Read: Connections.csv (people, connected), messages.csv (``linkedin_message`` interactions),
Invitations.csv (``connection_request`` interactions), Profile.csv (the owner: ``me``'s name,
never a person) and Jobs/Job Applications.csv (companies, openings and my own processes).
File names match case- and underscore-insensitively at any depth; other files are listed as
ignored. Columns are found by name, never by position.

``preview(path, now=…)`` says what an import would do without writing anything; ``run(path,
now=…, progress=…)`` imports everything in one transaction. ``now`` is the import time (a
job change found is dated with it): the caller reads the clock, not this module.
"""

from __future__ import annotations

import html.parser
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core import collector
from desktop.core.normalize import company_key, fold
from desktop.errors import InputError
from desktop.interop.people_import import (
    Companies,
    ImportSummary,
    Interactions,
    People,
    Preview,
    Progress,
    Tracker,
    counted,
    dry_run,
    fast_linkedin_key,
    fast_sort_key,
    insert_row,
    person_values,
    writing,
)
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
from desktop.store.models import DB

KINDS = ("profile", "connections", "invitations", "messages", "applications")
LABELS = {
    "profile": "Profile.csv", "connections": "Connections.csv", "invitations": "Invitations.csv",
    "messages": "messages.csv", "applications": "Job Applications.csv",
}  # fmt: skip
_NOT_PEOPLE = ("guide messages", "learning")  # same schema as messages.csv, but LinkedIn's own assistants
_URL = re.compile(r"https?://[^\s,;\"']+", re.IGNORECASE)
_SYSTEM_SENDERS = {"", "linkedin"}
_HIDDEN = {"linkedin member"}
_SYSTEM_TEXTS = {"message request accepted", "you are now connected", "this message has been deleted",
                 "this conversation was deleted"}  # fmt: skip


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


# ---------------------------------------------------------------- values


_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*")
_PARENS = re.compile(r"\s*[\(\[\{][^\)\]\}]*[\)\]\}]")
_NICK = re.compile(r'\s*["“„«][^"“”»]+["”“»]')
_CREDENTIALS = {
    "pmp", "mba", "phd", "ph.d", "cpa", "cfa", "cissp", "shrm-cp", "shrm-scp", "sphr", "phr", "csm", "pe", "md",
    "msc", "bsc", "ma", "ba", "ms", "bs", "rn", "esq", "cpc", "acca", "aca", "cima", "frm", "itil", "pmi-acp",
}  # fmt: skip


def clean_name_part(text: str) -> str:
    """A name as LinkedIn users write it, as a name: no emoji, nickname, or credentials.

    "Okafor, PMP" → "Okafor"; "Catherine (Cathy)" → "Catherine"; 'Robert "Bob"' → "Robert".
    """
    if _PLAIN_NAME.fullmatch(text) and text.rsplit(" ", 1)[-1].casefold() not in _CREDENTIALS:
        return " ".join(text.split())  # the common case, fast
    kept = "".join(
        ch for ch in text
        if unicodedata.category(ch) not in ("So", "Cf", "Co", "Cs", "Cc") and not "\ufe00" <= ch <= "\ufe0f"
    )  # fmt: skip
    kept = _NICK.sub("", _PARENS.sub("", kept))
    kept = kept.split(",", 1)[0]
    words = kept.split()
    while len(words) > 1 and words[-1].casefold().strip(".") in _CREDENTIALS:
        words.pop()
    cleaned = " ".join(words).strip(" -–|·")
    return cleaned


def clean_name(first: str, last: str) -> tuple[str, str, str]:
    """(name, first name, last name), cleaned; the raw text when cleaning would leave nothing."""
    first_clean, last_clean = clean_name_part(first), clean_name_part(last)
    name = f"{first_clean} {last_clean}".strip()
    if not name:
        name = " ".join(f"{first} {last}".split())
        return name, first.strip(), last.strip()
    return name, first_clean, last_clean


_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        1,
    )
    for name in names
}  # fmt: skip
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4}|\d{2})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_US_DATETIME = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:,? +(\d{1,2}):(\d{2})(?::(\d{2}))? *([AaPp]\.?[Mm]\.?)?)?$"
)
_ISO_DATETIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)? *(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$"
)


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _checked(value: date, text: str) -> date:
    if not 1900 <= value.year <= 2100:
        raise ValueError(f"date {text!r} is outside 1900–2100")
    return value


def parse_connected_on(text: str) -> date:
    """'08 Feb 2026', Excel's '01-Jul-25', '2026-02-08', 'Feb 8, 2026', '08.02.2026' → date (English month
    names, whatever the machine's locale); ValueError otherwise."""
    text = text.strip()
    try:
        if match := _DAY_MONTH_YEAR.match(text):
            day, month, year = match.groups()
            return _checked(date(_year(year), _MONTHS[month.casefold()], int(day)), text)
        if match := _MONTH_DAY_YEAR.match(text):
            month, day, year = match.groups()
            return _checked(date(int(year), _MONTHS[month.casefold()], int(day)), text)
        if match := _ISO_DATE.match(text):
            return _checked(date(*(int(g) for g in match.groups())), text)
        if match := _DOTTED.match(text):
            day, month, year = match.groups()
            return _checked(date(int(year), int(month), int(day)), text)
    except (KeyError, ValueError):
        pass
    raise ValueError(f"{text!r} is not a date this importer knows (like '08 Feb 2026')")


_OFFSETS: dict[str, timedelta] = {}


def _offset_at(moment: datetime) -> timedelta:
    return moment.replace(tzinfo=UTC).astimezone().utcoffset() or timedelta(0)


def _local_offset(moment: datetime, day: str) -> timedelta:
    """The local UTC offset at a UTC moment: once per day when it is the same all day, else for the moment."""
    key = f"{day}{time.timezone}{time.tzname}"
    offset = _OFFSETS.get(key)
    if offset is None:
        start = datetime.fromisoformat(day)
        first, last = _offset_at(start), _offset_at(start + timedelta(days=1))
        if first != last:
            return _offset_at(moment)  # the clocks change today
        offset = _OFFSETS[key] = first
    return offset


def parse_timestamp(text: str) -> datetime:
    """'2023-06-11 15:33:58 UTC' (→ local time) or the US '1/29/26, 2:37 PM' (no zone: kept) → naive datetime."""
    text = text.strip()
    try:
        if len(text) == 23 and text.endswith(" UTC"):  # the common case, fast
            moment = datetime.fromisoformat(text[:19])
            if not 1900 <= moment.year <= 2100:
                raise ValueError(text)
            return moment + _local_offset(moment, text[:10])
        if match := _ISO_DATETIME.match(text):
            day, clock, zone = match.groups()
            moment = datetime.fromisoformat(f"{day} {clock}")
            if zone in ("UTC", "GMT", "Z"):
                moment = moment.replace(tzinfo=UTC)
            elif zone:
                moment = datetime.fromisoformat(f"{day} {clock}{zone[:3]}:{zone[-2:]}")
            return _local(moment, text)
        if match := _US_DATETIME.match(text):
            month, day, year, hour, minute, second, half = match.groups()
            hours = int(hour or 0)
            if half:
                if not 1 <= hours <= 12:
                    raise ValueError(text)
                hours = hours % 12 + (12 if half[0] in "Pp" else 0)
            moment = datetime(_year(year), int(month), int(day), hours, int(minute or 0), int(second or 0))
            return _local(moment, text)
        return _local(datetime.combine(parse_connected_on(text), datetime.min.time()), text)
    except ValueError:
        pass
    raise ValueError(f"{text!r} is not a date and time this importer knows (like '2023-06-11 15:33:58 UTC')")


def _local(moment: datetime, text: str) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    _checked(moment.date(), text)
    return moment.replace(microsecond=0)


class _TextOfHtml(html.parser.HTMLParser):
    _BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self.hidden += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")


def plain_text(text: str) -> str:
    """Message content as plain text: HTML (InMail, sponsored) reduced to its words, line ends normalized."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text and _TAG.search(text):
        parser = _TextOfHtml()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts).replace("\xa0", " ")
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip()


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


def _urls(text: str) -> list[str]:
    return _URL.findall(text)


def _slug_name(url: str) -> str:
    """A name from a profile URL when nothing better is known: '…/in/tomas-ibanez-4410a2' → 'Tomas Ibanez'."""
    slug = (fast_linkedin_key(url) or "").rsplit("/", 1)[-1]
    words = [w for w in re.split(r"[-_]+", slug) if w and not any(ch.isdigit() for ch in w)]
    return " ".join(w.capitalize() for w in words) or slug or url


# ---------------------------------------------------------------- the owner


@dataclass(frozen=True)
class Owner:
    url_key: str | None
    name_key: str | None

    def is_me(self, url_key: str | None, name: str) -> bool:
        if url_key and self.url_key:
            return url_key == self.url_key
        return bool(self.name_key) and fold(name) == self.name_key


class Keys:
    """Normal forms of the URLs and names of an export, each computed once (they repeat a lot)."""

    def __init__(self) -> None:
        self._urls: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, str] = {}

    def urls(self, cell: str) -> tuple[str, ...]:
        """The profile keys in a cell (one URL, or several joined by ``;`` or ``,``)."""
        try:
            return self._urls[cell]
        except KeyError:
            found = tuple(dict.fromkeys(k for u in _urls(cell) if (k := fast_linkedin_key(u))))
            self._urls[cell] = found
            return found

    def url(self, cell: str) -> str | None:
        found = self.urls(cell) if cell else ()
        return found[0] if found else (fast_linkedin_key(cell) if cell else None)

    def name(self, text: str) -> str:
        try:
            return self._names[text]
        except KeyError:
            found = self._names[text] = fold(text)
            return found


def find_owner(
    export: Export, profile_name: str | None, connection_urls: set[str], keys: Keys | None = None
) -> Owner | None:
    """The account owner: the profile URL in nearly every conversation and invitation (FORMAT.md).

    Ties are broken by the owner's name (Profile.csv or ``me``) and by not being one of the connections.
    Without URLs, the name that appears in every conversation. None when it cannot be told.
    """
    keys = keys or Keys()
    url_cells: dict[str, set[str]] = {}  # conversation → the raw URL cells seen in it
    name_cells: dict[str, set[str]] = {}
    url_names: dict[str, str] = {}  # raw sender URL → sender name
    invitation_urls: list[tuple[str, str]] = []
    for table in export.tables.get("messages", []):
        conversation = table.at("conversation id")
        sender_url, recipient_urls = table.at("sender profile url"), table.at("recipient profile urls")
        sender, recipients = table.at("from"), table.at("to")
        seen = dict.fromkeys(
            (row[conversation] or str(line), row[sender_url], row[recipient_urls], row[sender], row[recipients])
            for line, row in table.rows
        )  # each distinct combination once, in file order: a conversation repeats the same few
        for key, from_url, to_urls, from_name, to_names in seen:
            cells = url_cells.get(key)
            if cells is None:
                cells = url_cells[key] = set()
                name_cells[key] = set()
            cells.add(from_url)
            cells.add(to_urls)
            url_names.setdefault(from_url, from_name.strip())
            name_cells[key].add(from_name.strip())
            name_cells[key].add(to_names.strip())
    for table in export.tables.get("invitations", []):
        inviter, invitee = table.index("inviterprofileurl"), table.index("inviteeprofileurl")
        sender, recipient = table.index("from"), table.index("to")
        for _, row in table.rows:
            invitation_urls.append((_cell(row, inviter), _cell(row, sender)))
            invitation_urls.append((_cell(row, invitee), _cell(row, recipient)))
    by_url: Counter[str] = Counter()
    names_of: dict[str, str] = {}
    for cells in url_cells.values():
        by_url.update({k for cell in cells if cell for k in keys.urls(cell)})
    for cell, name in url_names.items():
        if cell and (k := keys.url(cell)):
            names_of.setdefault(k, name)
    for cell, name in invitation_urls:
        if cell and (k := keys.url(cell)):
            by_url[k] += 1
            names_of.setdefault(k, name)
    wanted = fold(profile_name) if profile_name else None

    def pick(counts: Counter[str], name_of: Callable[[str], str]) -> str | None:
        ranked = [(n, k) for k, n in counts.most_common() if k not in connection_urls]
        if not ranked:
            return None
        best = ranked[0][0]
        top = [k for n, k in ranked if n == best]
        if len(top) > 1 and wanted:
            top = [k for k in top if keys.name(name_of(k)) == wanted] or top
        return top[0] if len(top) == 1 else None

    url = pick(by_url, lambda k: names_of.get(k, ""))
    if url is not None:
        return Owner(url, keys.name(names_of.get(url, "")) or wanted)
    by_name: Counter[str] = Counter()  # no URLs to go by: the names
    for cells in name_cells.values():
        found = {keys.name(n) for cell in cells for n in cell.split(", ") if n.strip()}
        by_name.update(found - {""})
    for _, name in invitation_urls:
        if name:
            by_name[keys.name(name)] += 1
    name = pick(by_name, lambda k: k)
    if name is not None:
        return Owner(None, name)
    if wanted and wanted in by_name:
        return Owner(None, wanted)
    return None


# ---------------------------------------------------------------- writing


def _message_problem(
    row: list[str], draft: int, sender: int, sender_url: int, content: int, subject: int
) -> str | None:
    """Why a messages.csv row is not a message between people (None when it is one)."""
    if "\x00" in "".join(row):
        return "the row holds NUL bytes (binary data)"
    if row[draft] and row[draft].strip().casefold() in ("yes", "true", "1"):
        return "draft, never sent"
    if not row[sender_url].strip():
        name = row[sender].strip().casefold()
        if name in _HIDDEN:
            return "the sender's profile is hidden"
        if name in _SYSTEM_SENDERS:
            return "a LinkedIn system message"
    text = row[content].strip()
    if not text and not row[subject].strip():
        return "empty message"
    if len(text) < 40 and text.casefold().rstrip(".") in _SYSTEM_TEXTS:
        return "a LinkedIn system message"
    return None


Pending = tuple[int, list[int], str, str, datetime, str | None, str | None]
"""line, people, kind, direction, at, subject, body of an interaction to write"""


class _Writer:
    def __init__(self, export: Export, now: datetime, progress: Progress | None) -> None:
        self.export = export
        self.now = now
        total = sum(len(t.rows) for tables in export.tables.values() for t in tables)
        self.track = Tracker(total, progress)
        self.companies = Companies()
        self.people = People(self.companies, now)
        self.interactions = Interactions()
        self.names_to_url: dict[str, str | None] = {}  # folded connection name → URL key (None: ambiguous)
        self.owner: Owner | None = None
        self.keys = Keys()
        self.persons: dict[tuple[str, str], int | None] = {}  # (URL, name) of a message → person
        self.recipients: dict[tuple[str, str], list[int]] = {}  # (URL cell, name cell) → the people besides me

    def run(self) -> ImportSummary:
        profile_name = self.import_profile()
        connection_urls = self.import_connections()
        # the owner is never one of the people: everyone known by URL is someone else
        self.owner = find_owner(
            self.export, profile_name or self._me_name(), connection_urls | set(self.people.by_url), self.keys
        )
        pending = self.read_invitations() + self.read_messages()
        self.people.flush()
        touched = {pid for _, pids, *_ in pending for pid in pids} | {pid for pid, *_ in self.people.job_changes}
        kinds = ("linkedin_message", "connection_request", "job_change")
        self.interactions.load({pid for pid in touched if not self.people.is_new(pid)}, kinds)
        self.people.write_job_changes(self.interactions)
        for _, pids, kind, direction, at, subject, body in pending:
            channel = "linkedin_message" if kind == "linkedin_message" else "linkedin_note"
            for pid in pids:
                created = self.interactions.add(pid, kind, direction, at, channel, subject, body)
                self.track.count(created, False, step=False)
        self.interactions.flush()
        self.import_applications()
        summary = self.track.finish()
        for kind in KINDS:
            for table in self.export.tables.get(kind, []):
                summary.files.append(f"{table.name}: {counted(len(table.rows), 'row')}")
        summary.ignored = list(self.export.ignored)
        return summary

    @staticmethod
    def _me_name() -> str | None:
        row = DB.obj.execute_sql("SELECT name FROM profile WHERE id = 1").fetchone()
        return row[0] if row and row[0] else None

    def import_profile(self) -> str | None:
        name = None
        for table in self.export.tables.get("profile", []):
            first, last = table.index("first name"), table.index("last name")
            for _, row in table.rows[:1]:
                name = clean_name(_cell(row, first), _cell(row, last))[0] or None
            for _ in table.rows:
                self.track.step()
        if name is None:
            return None
        row = DB.obj.execute_sql("SELECT name FROM profile WHERE id = 1").fetchone()
        if row is None:
            insert_row("profile", {"id": 1, "name": name})
            self.track.count(False, True, step=False)
        elif not row[0]:
            DB.obj.execute_sql("UPDATE profile SET name = ? WHERE id = 1", [name])
            self.track.count(False, True, step=False)
        else:
            self.track.count(False, False, step=False)
        return name

    def import_connections(self) -> set[str]:
        """People from Connections.csv; returns their URL keys."""
        urls: set[str] = set()
        records: list[dict[str, Any]] = []
        web = ("http://", "https://", "www.", "linkedin.")
        skip, note, company_id_for = self.track.skip, self.track.note, self.companies.id_for
        # a name cell → clean_name_part of it and its fold (first and last names repeat a lot); the sort key of
        # "first last" is the folds of its parts joined (NFKD, case folding and whitespace runs stop at a space)
        parts: dict[str, tuple[str, str]] = {}
        for table in self.export.tables.get("connections", []):
            # a missing column is -1: every row ends with one blank cell (``Table.at``), read as _cell reads None
            first, last = table.at("first name"), table.at("last name")
            url, mail = table.at("url", "profile url"), table.at("email address", "email", "e-mail address")
            company, position = table.at("company"), table.at("position", "title")
            connected_on = table.at("connected on")
            days: dict[str, str] = {}  # a 'Connected On' cell → its ISO date
            source = table.name
            nul = table.nul
            for line, row in table.rows:
                if nul and "\x00" in "".join(row):
                    skip("the row holds NUL bytes (binary data)", source, line)
                    continue
                first_cell, last_cell = row[first].strip(), row[last].strip()
                first_part = parts.get(first_cell)  # clean_name(first_cell, last_cell), each part cleaned once
                if first_part is None:
                    cleaned = clean_name_part(first_cell)
                    first_part = parts[first_cell] = (cleaned, fold(cleaned))
                last_part = parts.get(last_cell)
                if last_part is None:
                    cleaned = clean_name_part(last_cell)
                    last_part = parts[last_cell] = (cleaned, fold(cleaned))
                first_name, last_name = first_part[0], last_part[0]
                name = f"{first_name} {last_name}".strip()
                if name:
                    folded = f"{first_part[1]} {last_part[1]}".strip()  # fold(name)
                else:  # cleaning left nothing: the raw text
                    name = " ".join(f"{first_cell} {last_cell}".split())
                    first_name, last_name = first_cell, last_cell
                    folded = None
                profile = row[url].strip()
                if not name:
                    if not profile:
                        skip("hidden or closed profile (no name, no URL)", source, line)
                        continue
                    name = _slug_name(profile)
                if profile and not profile.startswith(web) and not profile.lower().startswith(web):
                    note(f"{source}: line {line}: URL {profile!r} is not a web address; left out")
                    profile = ""
                when = row[connected_on].strip()
                day = days.get(when)
                if day is None and when:
                    try:
                        day = days[when] = parse_connected_on(when).isoformat()
                    except ValueError as error:
                        note(f"{source}: line {line}: 'Connected On' {error}; imported without it")
                email = row[mail].strip()
                if email and ("@" not in email or " " in email):
                    note(f"{source}: line {line}: e-mail {email!r} is not valid; left out")
                    email = ""
                values = {
                    "name": name,
                    "sort_key": folded if folded is not None else fast_sort_key(name),
                    "connected": 1,
                }  # as person_values
                if first_name:
                    values["first_name"] = first_name
                if last_name:
                    values["last_name"] = last_name
                if email:
                    values["email"], values["email_key"] = email, email.lower()
                if profile:
                    values["linkedin_url"], values["linkedin_key"] = profile, fast_linkedin_key(profile)
                company_id = company_id_for(row[company])
                if company_id is not None:
                    values["company_id"] = company_id
                title = row[position].strip()
                if title:
                    values["title"] = title
                if day is not None:
                    values["connected_on"] = day
                records.append(values)
        people = self.people
        people.prefetch(records)
        match, create, merge_into, count, names = (
            people.match,
            people.create,
            people.merge_into,
            self.track.count,
            self.names_to_url,
        )
        for values in records:
            pid = match(values)  # as people.merge
            if pid is None:
                create(values)
                count(True, False)
            else:
                result = merge_into(pid, values)
                count(result.created, result.changed)
            profile_key = values.get("linkedin_key")
            if profile_key:
                urls.add(profile_key)
            key = values["sort_key"]
            names[key] = profile_key if key not in names else None  # two connections of one name: ambiguous
        return urls

    def _person(self, url: str, name: str) -> int | None:
        """The person of a message or invitation, created when new (a stranger who wrote); None for the owner."""
        try:
            return self.persons[url, name]
        except KeyError:
            found = self.persons[url, name] = self._find_person(url, name)
            return found

    def _find_person(self, url: str, name: str) -> int | None:
        key = self.keys.url(url) if url else None
        name = clean_name(name, "")[0] if name else ""
        if self.owner is not None and self.owner.is_me(key, name):
            return None
        if key:
            found = self.people.by_url.get(key)
            if found is not None:
                return found
        elif name:
            known = self.names_to_url.get(fold(name))
            if known:
                return self.people.by_url.get(known)
            found = self.people.by_unique_name(name)
            if found is not None:
                return found
        if not name:
            name = _slug_name(url)
        result = self.people.merge(person_values(name, linkedin_url=url or None))
        if result.created:
            self.track.summary.created += 1
        return result.id

    def _recipients(self, url_cell: str, name_cell: str) -> list[int]:
        """The people a message of mine went to: URLs picked out by pattern, names paired with them when they can be."""
        to_urls = _urls(url_cell)
        names = [n.strip() for n in name_cell.split(", ")] if name_cell else []
        if to_urls and len(names) != len(to_urls):
            names = [""] * len(to_urls)
        others = list(zip(to_urls, names, strict=True)) if to_urls else [("", n) for n in names]
        pids = []
        for url, name in others:
            if not url and (not name or name.casefold() in _HIDDEN):
                continue
            pid = self._person(url, name)
            if pid is not None:
                pids.append(pid)
        return pids

    def read_invitations(self) -> list[Pending]:
        pending: list[Pending] = []
        for table in self.export.tables.get("invitations", []):
            sender, recipient, sent = table.index("from"), table.index("to"), table.index("sent at")
            message, direction = table.index("message"), table.index("direction")
            inviter, invitee = table.index("inviterprofileurl"), table.index("inviteeprofileurl")
            for line, row in table.rows:
                self.track.step()
                way = _cell(row, direction).casefold()
                if way not in ("incoming", "outgoing"):
                    if self.owner is None:
                        self.track.skip("cannot tell which side is you (no Direction)", table.name, line, step=False)
                        continue
                    mine = self.owner.is_me(self.keys.url(_cell(row, inviter)), _cell(row, sender))
                    way = "outgoing" if mine else "incoming"
                if way == "outgoing":
                    url, name, arrow = _cell(row, invitee), _cell(row, recipient), "out"
                else:
                    url, name, arrow = _cell(row, inviter), _cell(row, sender), "in"
                if not url and (not name or name.casefold() in _HIDDEN):
                    self.track.skip("the other side's profile is hidden", table.name, line, step=False)
                    continue
                try:
                    at = parse_timestamp(_cell(row, sent))
                except ValueError as error:
                    self.track.skip(f"'Sent At' {error}", table.name, line, step=False)
                    continue
                pid = self._person(url, name)
                if pid is None:
                    self.track.skip("an invitation to or from yourself", table.name, line, step=False)
                    continue
                body = plain_text(_cell(row, message)) or None
                pending.append((line, [pid], "connection_request", arrow, at, None, body))
        return pending

    def read_messages(self) -> list[Pending]:
        pending: list[Pending] = []
        for table in self.export.tables.get("messages", []):
            sender, sender_url = table.at("from"), table.at("sender profile url")
            recipients, recipient_urls = table.at("to"), table.at("recipient profile urls")
            sent, subject_at, content = table.at("date"), table.at("subject"), table.at("content")
            draft, direction = table.at("is message draft"), table.at("direction")
            step, skip, name = self.track.step, self.track.skip, table.name
            senders: dict[tuple[str, str], bool] = {}  # (URL, name) of a sender → is it me
            for line, row in table.rows:
                step()
                problem = _message_problem(row, draft, sender, sender_url, content, subject_at)
                if problem:
                    skip(problem, name, line, step=False)
                    continue
                try:
                    at = parse_timestamp(row[sent])
                except ValueError as error:
                    skip(f"DATE {error}", name, line, step=False)
                    continue
                from_url, from_name = row[sender_url].strip(), row[sender].strip()
                way = row[direction].strip().casefold()
                if way in ("incoming", "outgoing"):
                    mine = way == "outgoing"
                elif self.owner is None:
                    skip("cannot tell which participant is you", name, line, step=False)
                    continue
                else:
                    mine = senders.get((from_url, from_name))
                    if mine is None:
                        key = self.keys.url(from_url) if from_url else None
                        mine = senders[from_url, from_name] = self.owner.is_me(key, from_name)
                if mine:
                    cells = (row[recipient_urls].strip(), row[recipients].strip())
                    pids = self.recipients.get(cells)
                    if pids is None:
                        pids = self.recipients[cells] = self._recipients(*cells)
                    arrow = "out"
                else:
                    pid = self._person(from_url, from_name)
                    pids = [pid] if pid is not None else []
                    arrow = "in"
                if not pids:
                    skip("no one but you in the conversation", name, line, step=False)
                    continue
                body = plain_text(row[content]) or None
                subject = (plain_text(row[subject_at]) or None) if row[subject_at] else None
                pending.append((line, pids, "linkedin_message", arrow, at, subject, body))
        return pending

    def import_applications(self) -> None:
        """Jobs/Job Applications.csv: the company, the opening (by URL, else company + title) and my process."""
        openings_by_url: dict[str, int] = {}
        openings_by_title: dict[tuple[int, str], list[tuple[int, str | None]]] = {}
        if self.export.tables.get("applications"):
            for oid, company_id, title, url in DB.obj.execute_sql(
                "SELECT id, company_id, title, url FROM opening ORDER BY id"
            ).fetchall():
                if url:
                    openings_by_url.setdefault(url, oid)
                openings_by_title.setdefault((company_id, fold(title)), []).append((oid, url))
        mine = {opening for (opening,) in DB.obj.execute_sql(
            "SELECT opening_id FROM process WHERE candidate_id IS NULL").fetchall()}  # fmt: skip
        for table in self.export.tables.get("applications", []):
            applied, company, title = (
                table.index("application date"),
                table.index("company name"),
                table.index("job title"),
            )
            url_at, contact = table.index("job url"), table.index("contact email")
            for line, row in table.rows:
                self.track.step()
                if not _cell(row, company) or not company_key(_cell(row, company)) or not _cell(row, title):
                    self.track.skip("no company or job title", table.name, line, step=False)
                    continue
                day = None
                if _cell(row, applied):
                    try:
                        day = parse_timestamp(_cell(row, applied)).date()
                    except ValueError as error:
                        self.track.note(f"{table.name}: line {line}: 'Application Date' {error}; left out")
                company_id = self.companies.id_for(_cell(row, company))
                assert company_id is not None
                self.companies.flush()
                url = _cell(row, url_at)
                url = url if url.lower().startswith(("http://", "https://")) else None
                opening = openings_by_url.get(url) if url else None
                if opening is None:
                    for oid, known_url in openings_by_title.get((company_id, fold(_cell(row, title))), []):
                        if not (url and known_url):
                            opening = oid
                            break
                if opening is None:
                    opening = insert_row(
                        "opening", {"company_id": company_id, "title": _cell(row, title), "url": url,
                                    "status": "closed", "discovered_on": day},
                    )  # fmt: skip
                    if url:
                        openings_by_url[url] = opening
                    openings_by_title.setdefault((company_id, fold(_cell(row, title))), []).append((opening, url))
                if opening in mine:
                    self.track.count(False, False, step=False)
                    continue
                process = insert_row(
                    "process", {"opening_id": opening, "stage_reached": "applied", "outcome": "pending",
                                "started_on": day},
                )  # fmt: skip
                mine.add(opening)
                email = _cell(row, contact).casefold()
                recruiter = self.people.by_email.get(email) if email else None
                if recruiter is not None:
                    insert_row("process_contact", {"process_id": process, "person_id": recruiter, "role": "recruiter"})
                self.track.count(True, False, step=False)


# ---------------------------------------------------------------- the API


def write(export: Export, *, now: datetime, progress: Progress | None = None) -> ImportSummary:
    """Write what ``read_export`` read, in one transaction; ``now`` dates the job changes found."""
    # the people it may add: connections and invitations (a message adds someone only when a stranger wrote)
    people = sum(len(t.rows) for kind in ("connections", "invitations") for t in export.tables.get(kind, []))
    with writing(people=people) as kept:
        summary = _Writer(export, now, progress).run()
    return kept.apply(summary)


def run(path: Path, *, now: datetime, progress: Progress | None = None) -> ImportSummary:
    """Import the export at ``path`` (zip, folder or one CSV) in one transaction; ``now`` dates job changes."""
    with collector.paused():
        return write(read_export(path), now=now, progress=progress)


def preview(path: Path, *, now: datetime) -> Preview:
    """What ``run`` would do, without writing: the files found, the first connections, the counts."""
    export = read_export(path)
    summary = dry_run(lambda: _Writer(export, now, None).run())
    order = ("connections", "messages", "invitations", "applications", "profile")
    first = next((tables[0] for kind in order if (tables := export.tables.get(kind))), None)
    return Preview.of(
        export.label, summary, first.header if first else [], [row[:-1] for _, row in first.rows[:5]] if first else []
    )
