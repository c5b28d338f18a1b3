"""The one person normaliser: what a file or a form says about a person → the values of their ``person`` row.

Every writer of person rows takes its values from here: the importers (LinkedIn, vCard, CSV, the JSON
archive) through ``people_writer.People``, the app's own edits (``core.people``) for the match keys. The
match keys are derived in one place (``derived_keys``): the sort key of a name, the e-mail key of an
address, the LinkedIn key of a profile URL (``core.normalize``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from desktop.core.normalize import email_key, fold, linkedin_key

PERSON_COLUMNS = (
    "name", "sort_key", "first_name", "last_name", "email", "email_key", "phone", "linkedin_url", "linkedin_key",
    "company_id", "title", "role", "connected", "connected_on", "language", "do_not_contact", "archived", "skills",
    "location", "notes",
)  # fmt: skip
"""The columns of a person row an import writes (``id`` aside)."""

TRACKED = ("company_id", "title", "connected", "connected_on")
"""Fields a contact list is the newer word on: overwritten (when the file has a value), not only filled."""

DEFAULTS: dict[str, Any] = {"connected": 0, "do_not_contact": 0, "archived": 0, "skills": "[]"}
"""The NOT NULL columns and what a row without them gets."""

KEYS: dict[str, tuple[str, Callable[[str], str | None]]] = {
    "name": ("sort_key", fold),
    "email": ("email_key", email_key),
    "linkedin_url": ("linkedin_key", linkedin_key),
}
"""A field → the match key derived from it (column, function)."""


def derived_keys(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The match keys of the fields given: ``{"name": "Zoë M"}`` → ``{"sort_key": "zoe m"}``; a blank e-mail or
    URL has no key (None)."""
    keys: dict[str, Any] = {}
    for field, (column, key_of) in KEYS.items():
        if field in fields:
            value = fields[field]
            keys[column] = key_of(value) if value else None
    return keys


def db_value(value: Any) -> Any:
    """The form a value has in the database (and comes back in from plain SQL)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def is_blank(value: Any) -> bool:
    """A stored value that says nothing (a contact list may fill it)."""
    return value is None or value == "" or value == "[]"


def stored_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Every field given, in its database form, with the match keys derived (a blank field stays: it clears the
    stored one). What the JSON archive writes: each field it carries overwrites."""
    values = dict(fields)
    values.update(derived_keys(fields))
    return {column: db_value(value) for column, value in values.items()}


_PART_KEYS: dict[str, str] = {}  # a first or last name → its fold: names repeat, each is folded once
_PART_KEYS_MAX = 1 << 16


def _part_key(part: str) -> str:
    key = _PART_KEYS.get(part)
    if key is None:
        if len(_PART_KEYS) >= _PART_KEYS_MAX:
            _PART_KEYS.clear()
        key = _PART_KEYS[part] = fold(part)
    return key


def person_values(
    name: str | None,
    *,
    first_name: str | None = None,
    last_name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    linkedin_url: str | None = None,
    company_id: int | None = None,
    title: str | None = None,
    role: str | None = None,
    connected: bool | None = None,
    connected_on: date | str | None = None,
    location: str | None = None,
    notes: str | None = None,
    trimmed: bool = False,
) -> dict[str, Any]:
    """The columns of a person read from a contact file: text trimmed, empty values left out (they change
    nothing), the match keys derived, database forms (``connected_on`` a date or its ISO text).

    ``name`` None: the first and last name joined (one of them must be given); its sort key is then made of
    theirs (``fold`` of "first last" is the folds of its parts joined), each part folded once however often
    it comes (an import of 30,000 connections has a few thousand first and last names). ``trimmed``: the
    caller trimmed every text already (as it read the cells), so it is not trimmed again.

    Called once per record of an import: written out field by field, no loop.
    """
    if not trimmed:
        first_name = first_name.strip() if first_name else first_name
        last_name = last_name.strip() if last_name else last_name
        email = email.strip() if email else email
        phone = phone.strip() if phone else phone
        linkedin_url = linkedin_url.strip() if linkedin_url else linkedin_url
        title = title.strip() if title else title
        role = role.strip() if role else role
        location = location.strip() if location else location
        notes = notes.strip() if notes else notes
    if name is None:
        name = f"{first_name or ''} {last_name or ''}".strip()
        if not name:
            raise ValueError("a person needs a name: give it, or a first or last name")
        first_key = (_PART_KEYS.get(first_name) or _part_key(first_name)) if first_name else ""
        last_key = (_PART_KEYS.get(last_name) or _part_key(last_name)) if last_name else ""
        sort_key = f"{first_key} {last_key}" if first_key and last_key else first_key or last_key
    else:
        sort_key = fold(name)
    values: dict[str, Any] = {"name": name, "sort_key": sort_key}
    if first_name:
        values["first_name"] = first_name
    if last_name:
        values["last_name"] = last_name
    if email:
        values["email"], values["email_key"] = email, email.lower()  # email_key of a trimmed address
    if phone:
        values["phone"] = phone
    if linkedin_url:
        values["linkedin_url"], values["linkedin_key"] = linkedin_url, linkedin_key(linkedin_url)
    if company_id is not None:
        values["company_id"] = company_id
    if title:
        values["title"] = title
    if role:
        values["role"] = role
    if connected:
        values["connected"] = 1
    if connected_on is not None:
        values["connected_on"] = connected_on if isinstance(connected_on, str) else connected_on.isoformat()
    if location:
        values["location"] = location
    if notes:
        values["notes"] = notes
    return values


# ---------------------------------------------------------------- names


def named_by_address(name: str | None, email: str | None) -> bool:
    """Whether a person's name is only their e-mail address (a contact known by nothing else): a later import
    or match that knows their name fills it in. ``("tom@acme.example", "Tom@Acme.example")`` → True."""
    return bool(name) and bool(email) and email_key(name) == email_key(email)


# Family names that are written first (Chinese, Vietnamese, Korean order), and that are rarely given names:
# "Ng Wei Ming" is given name "Wei Ming", family name "Ng". A short, documented list, not a guess at every name.
FAMILY_FIRST = frozenset(
    "ng tan lim wong chan chen cheung chow chua goh koh lau leung lai liu lu ma ong tang teo wang wu xu yeung "
    "zhang zhao zhou huang yang sun guo he luo nguyen tran pham huynh phan vu vo dang bui do ngo duong "
    "park choi jung kang cho yoon jang lim han shin seo kwon hwang".split()
)
_IBERIAN = frozenset("áéíóúñãõç")


def given_and_family(name: str) -> tuple[str, str]:
    """A full name split into (given names, family name) for a vCard's N, by this documented rule:

    1. ``nameparser`` reads titles (Dr., Mr.) and suffixes (PhD, Jr.) and leaves them out; particles
       (von der, van, de la) stay with the family name: "Dr. Anna-Lena von der Heide" → ("Anna-Lena",
       "von der Heide"), "Jürgen Müller, PhD" → ("Jürgen", "Müller").
    2. Three words whose first is a family name written first (``FAMILY_FIRST``): "Ng Wei Ming" →
       ("Wei Ming", "Ng").
    3. Four words with a Spanish or Portuguese letter (á é í ó ú ñ ã õ ç) and no particle: two given names,
       two family names, "María José García Pérez" → ("María José", "García Pérez").
    4. One word, or a name the parser finds no given or family name in: all of it is the family name.
    """
    words = name.split()
    if len(words) <= 1:
        return "", " ".join(words)
    if len(words) == 3 and words[0].casefold() in FAMILY_FIRST and "," not in name:
        return " ".join(words[1:]), words[0]
    from nameparser import HumanName  # lazy: only a vCard export splits names; every start would pay 28 ms

    parsed = HumanName(name)
    first, middle, last = str(parsed.first), str(parsed.middle), str(parsed.last)
    if len(words) == 4 and not parsed.title and not parsed.suffix and len(last.split()) == 1:
        if any(char in _IBERIAN for char in name.casefold()):
            return " ".join(words[:2]), " ".join(words[2:])
    given = " ".join(p for p in (first, middle) if p)
    if not last:
        return "", given or " ".join(words)
    return given, last
