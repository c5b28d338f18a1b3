"""Connections.csv → a record of each person it names, as the one normaliser makes them (``person_values``), after
LinkedIn's own cleaning: names without credentials or nicknames, its dates, a profile URL only when it is a web
address, an e-mail only when it is one. Nothing is written here (``core.bulk_writer.People.merge_all`` does)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.bulk_writer import Companies
from desktop.core.normalize import is_email
from desktop.core.person_values import person_values
from desktop.interop.linkedin.values import _slug_name, clean_name_part, parse_connected_on
from desktop.interop.people_import import Tracker
from desktop.interop.sources import Table
from desktop.texts import say

_WEB = ("http://", "https://", "www.", "linkedin.")


@dataclass
class Connections:
    records: list[dict[str, Any]] = field(default_factory=list)  # one per person row, in file order
    urls: set[str] = field(default_factory=set)  # their LinkedIn keys
    names_to_url: dict[str, str | None] = field(default_factory=dict)  # sort key → LinkedIn key (None: ambiguous)


def read_connections(tables: list[Table], track: Tracker, companies: Companies, *, keys: bool) -> Connections:
    """The people of these Connections.csv tables; rows without anyone in them are skipped on ``track``, values
    left out are noted there (the companies named are made on first use). ``keys``: their URLs and names are
    gathered too (``urls``, ``names_to_url``: what messages and invitations are matched by); else those stay empty."""
    found = Connections()
    records, urls, names = found.records, found.urls, found.names_to_url
    skip, note, company_id_for = track.skip, track.note, companies.id_for
    parts: dict[str, str] = {}  # a name cell as read → clean_name_part of it trimmed (first and last names repeat)
    for table in tables:
        # a missing column is -1: every row ends with one blank cell (``Table.at``), read as _cell reads None
        first, last = table.at("first name"), table.at("last name")
        url, mail = table.at("url", "profile url"), table.at("email address", "email", "e-mail address")
        company, position = table.at("company"), table.at("position", "title")
        connected_on = table.at("connected on")
        days: dict[str, str] = {}  # a 'Connected On' cell as read → its ISO date
        source = table.name
        nul = table.nul
        for line, row in table.rows:
            if nul and "\x00" in "".join(row):
                skip(say("the row holds NUL bytes (binary data)"), source, line)
                continue
            first_cell, last_cell = row[first], row[last]
            first_name = parts.get(first_cell)  # clean_name(first_cell, last_cell), each part cleaned once
            if first_name is None:
                first_name = parts[first_cell] = clean_name_part(first_cell.strip())
            last_name = parts.get(last_cell)
            if last_name is None:
                last_name = parts[last_cell] = clean_name_part(last_cell.strip())
            name = None  # the cleaned first and last name joined (person_values joins them)
            if not (first_name or last_name):  # cleaning left nothing: the raw text
                first_name, last_name = first_cell.strip(), last_cell.strip()
                name = " ".join(f"{first_name} {last_name}".split())
            profile = row[url].strip()
            if name == "":
                if not profile:
                    skip(say("hidden or closed profile (no name, no URL)"), source, line)
                    continue
                name = _slug_name(profile)
            if profile and not profile.startswith(_WEB) and not profile.lower().startswith(_WEB):
                note(say("{source}: line {line}: URL {url} is not a web address; left out").format(
                    source=source, line=line, url=repr(profile)))  # fmt: skip
                profile = ""
            when = row[connected_on]
            day = days.get(when)
            if day is None and when.strip():
                try:
                    day = days[when] = parse_connected_on(when).isoformat()
                except ValueError as error:
                    note(say("{source}: line {line}: 'Connected On' {error}; imported without it").format(
                        source=source, line=line, error=error))  # fmt: skip
            email = row[mail].strip()
            if email and not is_email(email):
                note(say("{source}: line {line}: e-mail {email} is not valid; left out").format(
                    source=source, line=line, email=repr(email)))  # fmt: skip
                email = ""
            values = person_values(
                name, first_name=first_name, last_name=last_name, email=email, linkedin_url=profile,
                company_id=company_id_for(row[company]), title=row[position].strip(), connected=True,
                connected_on=day, trimmed=True,
            )  # fmt: skip
            records.append(values)
            if not keys:
                continue
            profile_key = values.get("linkedin_key")
            if profile_key:
                urls.add(profile_key)
            key = values["sort_key"]
            names[key] = profile_key if key not in names else None  # two connections of one name: ambiguous
    return found
