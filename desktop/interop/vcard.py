"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) in and out, through vobject.

In: FN (else N, else ORG) is the name; the first EMAIL is the person's e-mail and the first TEL
their phone; a LinkedIn profile among URL / X-SOCIALPROFILE is their LinkedIn URL; ORG, TITLE,
NOTE and CATEGORIES (tags) as they are; further e-mails, phones and web addresses are kept in
the notes, so nothing is lost. A card that cannot be read is skipped with its line and reason;
a file cut off inside a card is refused.

Out: one card per person, vCard 3.0 by default (what address books read most widely), or 4.0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import vobject
from vobject.base import VObjectError

from desktop.core.bulk_writer import dry_run, writing
from desktop.core.normalize import is_email
from desktop.errors import InputError
from desktop.interop.people_export import PersonOut, people_for_export, write_atomically
from desktop.interop.people_import import Contact, ImportSummary, Preview, Progress, counted, write_contacts
from desktop.interop.sources import decode_text, read_file

VERSIONS = ("3.0", "4.0")
_BEGIN = re.compile(r"^begin:vcard\s*$", re.IGNORECASE)
_END = re.compile(r"^end:vcard\s*$", re.IGNORECASE)
PREVIEW_COLUMNS = ["Name", "E-mail", "Company", "Title", "LinkedIn"]


@dataclass
class Card:
    line: int  # where BEGIN:VCARD is
    text: str


def split_cards(text: str, source: str) -> list[Card]:
    """The cards of a file with their line numbers; a card without END:VCARD refuses the file."""
    cards: list[Card] = []
    start: int | None = None
    lines: list[str] = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if _BEGIN.match(line.strip()):
            if start is not None:
                raise InputError(f"{source}: line {start}: the card that begins here has no END:VCARD")
            start, lines = number, [line]
        elif start is not None:
            lines.append(line)
            if _END.match(line.strip()):
                cards.append(Card(start, "\r\n".join(lines) + "\r\n"))
                start, lines = None, []
    if start is not None:
        raise InputError(f"{source}: line {start}: the card that begins here has no END:VCARD (the file is cut off?)")
    if not cards:
        raise InputError(f"{source}: not a vCard file (no BEGIN:VCARD … END:VCARD)")
    return cards


def _values(component: Any, name: str) -> list[Any]:
    return [line.value for line in component.contents.get(name, [])]


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    return value.strip() if isinstance(value, str) else ""


def _strip_scheme(value: str, scheme: str) -> str:
    return value[len(scheme) :] if value.lower().startswith(scheme) else value


def parse_card(card: Card) -> tuple[Contact, str]:
    """A card → (Contact, its vCard version); ValueError (with the reason) when it cannot be read or names no one."""
    try:
        component = vobject.readOne(card.text, validate=False)
    except (VObjectError, ValueError, TypeError, AttributeError) as error:
        reason = re.sub(r"^At line \d+: ", "", str(error).strip()) or type(error).__name__
        raise ValueError(f"not a valid card ({reason})") from None
    version = _text(_values(component, "version")) or "3.0"
    full_name = " ".join(_text(_values(component, "fn")).split())
    first = last = None
    names = _values(component, "n")
    if names and isinstance(names[0], vobject.vcard.Name):
        given, family = names[0].given, names[0].family
        first = " ".join(given).strip() if isinstance(given, list) else (given or "").strip() or None
        last = " ".join(family).strip() if isinstance(family, list) else (family or "").strip() or None
    organisations = _values(component, "org")
    company = _text(organisations[0]) if organisations else ""
    name = full_name or " ".join(p for p in (first, last) if p) or company
    if not name:
        raise ValueError("the card names no one (no FN, N or ORG)")
    if name.startswith(("=", "@")):
        raise ValueError("the name looks like a spreadsheet formula")
    emails = [_strip_scheme(_text(v), "mailto:") for v in _values(component, "email")]
    emails = [e for e in emails if e]
    phones = [_strip_scheme(_text(v), "tel:") for v in _values(component, "tel")]
    phones = [p for p in phones if p]
    urls = [_text(v) for key in ("url", "x-socialprofile") for v in _values(component, key)]
    urls = list(dict.fromkeys(u for u in urls if u))
    linkedin = next((u for u in urls if "linkedin.com/in/" in u.lower()), None)
    if linkedin and not linkedin.lower().startswith(("http://", "https://")):
        linkedin = "https://" + linkedin
    notes = [n for n in (_text(v) for v in _values(component, "note")) if n]
    good = [e for e in emails if is_email(e)]
    extra_mails = [e for e in emails if e != (good[0] if good else None)]
    if extra_mails:
        notes.append("Other e-mail addresses: " + ", ".join(extra_mails))
    if phones[1:]:
        notes.append("Other phone numbers: " + ", ".join(phones[1:]))
    other_urls = [u for u in urls if linkedin is None or (u != linkedin and "linkedin.com/in/" not in u.lower())]
    if other_urls:
        notes.append("Web: " + ", ".join(other_urls))
    tags: list[str] = []
    for value in _values(component, "categories"):
        tags += [t.strip() for t in (value if isinstance(value, list) else str(value).split(",")) if t.strip()]
    location = None
    addresses = _values(component, "adr")
    if addresses and isinstance(addresses[0], vobject.vcard.Address):
        address = addresses[0]
        parts = [_text(address.city), _text(address.country)]
        location = ", ".join(p for p in parts if p) or None
    titles = _values(component, "title")
    contact = Contact(
        line=card.line, name=name, first_name=first, last_name=last, email=good[0] if good else None,
        phone=phones[0] if phones else None, linkedin_url=linkedin, company=company or None,
        title=_text(titles[0]) if titles else None, location=location, notes="\n".join(notes) or None,
        tags=list(dict.fromkeys(tags)),
    )  # fmt: skip
    return contact, version


@dataclass
class Parsed:
    source: str
    contacts: list[Contact]
    problems: list[tuple[int, str]]  # card line, reason
    versions: set[str]


def read_cards(path: Path) -> Parsed:
    source = str(path)
    text = decode_text(read_file(Path(path)), source)
    if "\x00" in text:
        raise InputError(f"{source}: not a text file (it holds NUL bytes)")
    contacts, problems, versions = [], [], set()
    for card in split_cards(text, source):
        try:
            contact, version = parse_card(card)
        except ValueError as error:
            problems.append((card.line, str(error)))
            continue
        contacts.append(contact)
        versions.add(version)
    return Parsed(source, contacts, problems, versions)


def _write(parsed: Parsed, now: datetime, progress: Progress | None) -> ImportSummary:
    name = Path(parsed.source).name
    summary = write_contacts(parsed.contacts, parsed.problems, name, now, progress)
    summary.files.append(f"{name}: {counted(len(parsed.contacts) + len(parsed.problems), 'card')}")
    return summary


def _label(parsed: Parsed) -> str:
    return "vCard " + "/".join(sorted(parsed.versions)) if parsed.versions else "vCard"


def write(parsed: Parsed, *, now: datetime, progress: Progress | None = None) -> ImportSummary:
    """Write what ``read_cards`` read, in one transaction; ``now`` dates the job changes found."""
    with writing(people=len(parsed.contacts)) as kept:
        summary = _write(parsed, now, progress)
    return kept.apply(summary)


def run(path: Path, *, now: datetime, progress: Progress | None = None) -> ImportSummary:
    """Import the cards of a .vcf file in one transaction; ``now`` dates the job changes found."""
    return write(read_cards(path), now=now, progress=progress)


def preview(path: Path, *, now: datetime) -> Preview:
    parsed = read_cards(path)
    summary = dry_run(lambda: _write(parsed, now, None))
    rows = [[c.name, c.email or "", c.company or "", c.title or "", c.linkedin_url or ""] for c in parsed.contacts[:5]]
    return Preview.of(_label(parsed), summary, PREVIEW_COLUMNS, rows)


# ---------------------------------------------------------------- export


def _split_name(person: PersonOut) -> tuple[str, str]:
    if person.first_name or person.last_name:
        return person.first_name or "", person.last_name or ""
    words = person.name.split()
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", person.name)


def card_of(person: PersonOut, version: str = "3.0") -> str:
    card = vobject.vCard()
    card.add("version").value = version
    card.add("fn").value = person.name
    given, family = _split_name(person)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if person.company:
        card.add("org").value = [person.company]
    if person.title:
        card.add("title").value = person.title
    if person.email:
        email = card.add("email")
        email.value = person.email
        email.type_param = "INTERNET" if version == "3.0" else "work"
    if person.phone:
        card.add("tel").value = person.phone
    if person.linkedin_url:
        card.add("url").value = person.linkedin_url
        social = card.add("x-socialprofile")
        social.value = person.linkedin_url
        social.type_param = "linkedin"
    if person.location:
        card.add("adr").value = vobject.vcard.Address(city=person.location)
    if person.notes:
        card.add("note").value = person.notes
    if person.tags:
        card.add("categories").value = list(person.tags)
    return str(card.serialize())


def export_vcard(path: Path, version: str = "3.0") -> int:
    """Write every person as a vCard (atomically: a temporary file renamed into place); returns the count."""
    if version not in VERSIONS:
        raise InputError(f"vCard version {version!r} is not one of {', '.join(VERSIONS)}")
    people = people_for_export()
    text = "".join(card_of(p, version) for p in people)
    write_atomically(Path(path), text.encode("utf-8"))
    return len(people)
