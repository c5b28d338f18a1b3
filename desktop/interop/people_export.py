"""People as the contact exports (vCard, CSV) write them, and writing a file atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.errors import InputError
from desktop.store.models import DB


@dataclass(frozen=True)
class PersonOut:
    """A person as the contact exports write them."""

    name: str
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    linkedin_url: str | None
    company: str | None
    title: str | None
    role: str | None
    tags: list[str]
    location: str | None
    connected: bool
    connected_on: str | None
    notes: str | None


def people_for_export() -> list[PersonOut]:
    """Everyone, in name order, with company names and tags (a few queries, whatever the number of people)."""
    tags: dict[int, list[str]] = {}
    for pid, tag in DB.obj.execute_sql(
        "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id ORDER BY pt.id"
    ).fetchall():
        tags.setdefault(pid, []).append(tag)
    rows = DB.obj.execute_sql(
        "SELECT p.id, p.name, p.first_name, p.last_name, p.email, p.phone, p.linkedin_url, c.name, p.title, p.role, "
        "p.location, p.connected, p.connected_on, p.notes FROM person p LEFT JOIN company c ON c.id = p.company_id "
        "ORDER BY p.sort_key, p.id"
    ).fetchall()
    return [
        PersonOut(
            name=r[1],
            first_name=r[2],
            last_name=r[3],
            email=r[4],
            phone=r[5],
            linkedin_url=r[6],
            company=r[7],
            title=r[8],
            role=r[9],
            tags=tags.get(r[0], []),
            location=r[10],
            connected=bool(r[11]),
            connected_on=str(r[12]) if r[12] else None,
            notes=r[13],
        )  # fmt: skip
        for r in rows
    ]


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it into place."""
    temporary = target.with_name(f".{target.name}.partial")
    try:
        temporary.write_bytes(data)
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError(f"{target}: cannot write the file ({error.strerror})") from error
