"""vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) in; 3.0 and 4.0 out. The content lines are read and written by
``vcard_lines`` (vobject cut text at commas and refused whole cards for one property).

In: FN (else N, else ORG) is the name; the first EMAIL is the person's e-mail and the first TEL
their phone; a LinkedIn profile among URL / X-SOCIALPROFILE is their LinkedIn URL; ORG, TITLE,
NOTE and CATEGORIES (tags) as they are; further e-mails, phones and web addresses are kept in
the notes, so nothing is lost. A card with only an e-mail address is named by it until a later
import names it. A line that cannot be read drops only itself; what was left out or shortened is
listed in the summary by line and property; a card naming no one is skipped with its line; a file
cut off inside a card is refused.

Out: one card per person, vCard 3.0 by default (what address books read most widely), or 4.0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core.bulk_writer import dry_run, writing
from desktop.core.normalize import is_email, profile_url
from desktop.core.person_values import given_and_family, named_by_address
from desktop.errors import InputError
from desktop.interop import vcard_lines
from desktop.interop.people_export import PersonOut, people_for_export, write_atomically
from desktop.interop.people_import import (
    Contact,
    ImportSummary,
    Preview,
    Progress,
    counted,
    skipped_where,
    write_contacts,
)
from desktop.interop.sources import read_file
from desktop.texts import number, say

VERSIONS = ("3.0", "4.0")
PREVIEW_COLUMNS = ["Name", "E-mail", "Company", "Title", "LinkedIn"]

# properties that say nothing about the person (or nothing Rebound would keep): read and let go silently
_SILENT = frozenset({
    "BEGIN", "END", "VERSION", "PRODID", "UID", "REV", "PROFILE", "SOURCE", "NAME", "KIND", "CLASS", "SORT-STRING",
    "LABEL", "MAILER", "X-ABUID", "X-ABLABEL", "X-ABSHOWAS", "X-ABADR", "X-PHONETIC-FIRST-NAME",
    "X-PHONETIC-LAST-NAME", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN", "X-MS-CARDPICTURE",
    "X-WAB-GENDER",
})  # fmt: skip
_READ = frozenset({"FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "X-SOCIALPROFILE", "NOTE", "CATEGORIES", "ADR"})


def _strip_scheme(value: str, scheme: str) -> str:
    return value[len(scheme) :] if value.lower().startswith(scheme) else value


Left = tuple[str, str]
"""(property, what happened to it): ``("PHOTO", "left out: Rebound keeps no pictures")``."""


def _preferred(props: list[vcard_lines.Property]) -> list[vcard_lines.Property]:
    """The values in the order the card prefers them: PREF (2.1/3.0 type, 4.0 PREF=1) first, else as written."""

    if len(props) < 2:
        return props

    def rank(prop: vcard_lines.Property) -> int:
        if "pref" in prop.types:
            return 0
        pref = prop.param("PREF")
        return int(pref[0]) if pref and pref[0].isdigit() else 101

    return sorted(props, key=rank)


def contact_of(card: vcard_lines.Card) -> tuple[Contact, str, list[tuple[int, str, str]]]:
    """A card → (Contact, its vCard version, what was left out or shortened: (line, property, reason));
    ValueError (with the reason) when the card names no one."""
    left: list[tuple[int, str, str]] = []
    if card.too_many:
        raise ValueError(
            say("the card has more than {count} properties").format(count=number(vcard_lines.MAX_PROPERTIES))
        )
    for line, reason in card.bad_lines:
        left.append((line, "?", reason))
    for prop in card.properties:
        if prop.problem is not None:
            left.append((prop.line, prop.name, say("left out: {reason}").format(reason=prop.problem)))
        elif prop.name in vcard_lines.BINARY:
            left.append((prop.line, prop.name, say("left out: Rebound keeps no pictures, sounds or keys")))
        elif prop.name not in _READ and prop.name not in _SILENT:
            left.append((prop.line, prop.name, say("left out: Rebound has no field for it")))
        if prop.note is not None and prop.problem is None:
            left.append((prop.line, prop.name, prop.note))
    version_prop = card.first("VERSION")
    version = vcard_lines.text_value(version_prop.value).strip() if version_prop else "3.0"

    def texts(name: str) -> list[str]:
        return [t for p in _preferred(card.all(name)) if (t := vcard_lines.text_value(p.value).strip())]

    fn = card.first("FN")
    full_name = " ".join(vcard_lines.text_value(fn.value).split()) if fn else ""
    first = last = None
    n = card.first("N")
    if n is not None:
        parts = vcard_lines.components(n.value, " ") + [""] * 5
        last = " ".join(parts[0].split()) or None
        first = " ".join(" ".join(p for p in parts[1:3] if p.strip()).split()) or None
        if not full_name:
            full_name = " ".join(p for p in (parts[3], first, last, parts[4]) if p and p.strip())
            full_name = " ".join(full_name.split())
    company = None
    org = card.first("ORG")
    if org is not None:
        units = [" ".join(u.split()) for u in vcard_lines.components(org.value)]
        company = units[0] or None
        if any(units[1:]):
            shortened = say("shortened to the organisation: {units}").format(units="; ".join(u for u in units[1:] if u))
            left.append((org.line, "ORG", shortened))
    for extra in card.all("ORG")[1:]:
        left.append((extra.line, "ORG", say("left out: a second organisation")))
    emails = [_strip_scheme(e, "mailto:") for e in texts("EMAIL")]
    good = [e for e in emails if is_email(e)]
    name = full_name or company or (good[0] if good else "")
    if not name:
        raise ValueError(say("the card names no one (no FN, N, ORG or e-mail address)"))
    if name.startswith(("=", "@")):
        raise ValueError(say("the name looks like a spreadsheet formula"))
    phones = [_strip_scheme(t, "tel:") for t in texts("TEL")]
    urls = list(dict.fromkeys(texts("URL") + texts("X-SOCIALPROFILE")))
    found = next((u for u in urls if "linkedin.com/in/" in u.lower()), None)
    linkedin = profile_url(found) if found else None
    notes = texts("NOTE")
    extra_mails = [e for e in emails if e != (good[0] if good else None)]
    if extra_mails:
        notes.append("Other e-mail addresses: " + ", ".join(extra_mails))
    if phones[1:]:
        notes.append("Other phone numbers: " + ", ".join(phones[1:]))
    other_urls = [u for u in urls if linkedin is None or "linkedin.com/in/" not in u.lower()]
    if other_urls:
        notes.append("Web: " + ", ".join(other_urls))
    tags: list[str] = []
    for prop in card.all("CATEGORIES"):
        tags += [t.strip() for t in vcard_lines.list_value(prop.value) if t.strip()]
    location = None
    addresses = _preferred(card.all("ADR"))
    if addresses:
        parts = [" ".join(p.split()) for p in vcard_lines.components(addresses[0].value, ", ")] + [""] * 7
        location = ", ".join(p for p in (parts[3], parts[4], parts[6]) if p) or None
        if any(parts[:3]) or parts[5]:
            left.append((addresses[0].line, "ADR", say("shortened to the city, region and country")))
        for extra in addresses[1:]:
            left.append((extra.line, "ADR", say("left out: a second address")))
    titles = texts("TITLE")
    if len(titles) > 1:
        second_title = say("left out: a second title")
        left += [(p.line, "TITLE", second_title) for p in card.all("TITLE")[1:]]
    if len(texts("FN")) > 1:
        second_name = say("left out: a second full name")
        left += [(p.line, "FN", second_name) for p in card.all("FN")[1:]]
    contact = Contact(
        line=card.line, name=name, first_name=first, last_name=last, email=good[0] if good else None,
        phone=phones[0] if phones else None, linkedin_url=linkedin, company=company,
        title=titles[0] if titles else None, location=location, notes="\n".join(notes) or None,
        tags=list(dict.fromkeys(tags)),
    )  # fmt: skip
    return contact, version, left


@dataclass
class Parsed:
    source: str
    contacts: list[Contact]
    problems: list[tuple[int, str]]  # card line, reason
    versions: set[str]
    left: list[tuple[int, str, str]] = field(default_factory=list)  # (line, property, what was left out or shortened)


def read_cards(path: Path) -> Parsed:
    source = str(path)
    raw = read_file(Path(path))
    try:
        cards = vcard_lines.read_cards(raw, source)
    except vcard_lines.NotVCard as error:
        raise InputError(str(error)) from None
    contacts, problems, versions, left = [], [], set(), []
    for card in cards:
        try:
            contact, version, lost = contact_of(card)
        except ValueError as error:
            problems.append((card.line, str(error)))
            continue
        contacts.append(contact)
        versions.add(version)
        left += lost
    return Parsed(source, contacts, problems, versions, left)


def left_out(source: str, left: list[tuple[int, str, str]]) -> list[str]:
    """What was left out or shortened, one line per property and reason with the lines it happened on:
    ``cards.vcf: PHOTO left out: Rebound keeps no pictures or sounds (lines 4, 18–20)``."""
    where: dict[tuple[str, str], list[int | None]] = {}
    for line, prop, reason in left:
        where.setdefault((prop, reason), []).append(line)
    lines = []
    for (prop, reason), at in where.items():
        what = f"{source}: {reason}" if prop == "?" else f"{source}: {prop} {reason}"
        lines.append(f"{what} ({skipped_where(at)})")
    return lines


def _write(parsed: Parsed, now: datetime, progress: Progress | None) -> ImportSummary:
    name = Path(parsed.source).name
    summary = write_contacts(parsed.contacts, parsed.problems, name, now, progress)
    summary.files.append(f"{name}: {counted(len(parsed.contacts) + len(parsed.problems), 'card')}")
    summary.errors += left_out(name, parsed.left)
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
    return Preview.of(_label(parsed), summary, PREVIEW_COLUMNS, rows, kind="vcard")


# ---------------------------------------------------------------- export


def _split_name(person: PersonOut) -> tuple[str, str]:
    if person.first_name or person.last_name:
        return person.first_name or "", person.last_name or ""
    if named_by_address(person.name, person.email):
        return "", ""  # known by their address only: no name to split
    return given_and_family(person.name)


def card_of(person: PersonOut, version: str = "3.0") -> str:
    """One person as a vCard (RFC 2426 or 6350): every text escaped, lines folded at 75 octets, CRLF."""
    esc = vcard_lines.escape_text
    given, family = _split_name(person)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{esc(person.name)}", f"N:{esc(family)};{esc(given)};;;"]
    if person.company:
        lines.append(f"ORG:{esc(person.company)}")
    if person.title:
        lines.append(f"TITLE:{esc(person.title)}")
    if person.email:
        lines.append(f"EMAIL;TYPE={'INTERNET' if version == '3.0' else 'work'}:{esc(person.email)}")
    if person.phone:
        lines.append(f"TEL:{esc(person.phone)}")
    if person.linkedin_url:
        lines.append(f"URL:{esc(person.linkedin_url)}")
        lines.append(f"X-SOCIALPROFILE;TYPE=linkedin:{esc(person.linkedin_url)}")
    if person.location:
        lines.append(f"ADR:;;;{esc(person.location)};;;")
    if person.notes:
        lines.append(f"NOTE:{esc(person.notes)}")
    if person.tags:
        lines.append("CATEGORIES:" + ",".join(esc(t) for t in person.tags))
    lines.append("END:VCARD")
    return "".join(vcard_lines.fold(line) for line in lines)


def export_vcard(path: Path, version: str = "3.0") -> int:
    """Write every person as a vCard (atomically: a temporary file renamed into place); returns the count."""
    if version not in VERSIONS:
        raise InputError(f"vCard version {version!r} is not one of {', '.join(VERSIONS)}")
    people = people_for_export()
    text = "".join(card_of(p, version) for p in people)
    write_atomically(Path(path), text.encode("utf-8"))
    return len(people)
