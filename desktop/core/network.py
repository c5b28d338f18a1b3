"""Who knows whom: the edges around a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee as pw

from desktop.errors import InputError
from desktop.store.models import DB, Company, Connection, Person


@dataclass(frozen=True)
class Acquaintance:
    person_id: int
    name: str
    company: str | None
    kind: str
    strength: int
    since: date | None


def connections_of(person_id: int) -> list[Acquaintance]:
    """The people this person has an edge with, strongest first, then by name."""
    found: list[Acquaintance] = []
    for mine, other in ((Connection.a, Connection.b), (Connection.b, Connection.a)):
        query = (
            Connection.select(Connection, Person.id, Person.name, Company.name.alias("company_name"))
            .join(Person, on=(other == Person.id))
            .join(Company, pw.JOIN.LEFT_OUTER, on=(Person.company == Company.id))
            .where(mine == person_id)
        )
        for edge in query.objects():
            found.append(
                Acquaintance(
                    person_id=edge.id,
                    name=edge.name,
                    company=getattr(edge, "company_name", None),
                    kind=edge.kind,
                    strength=edge.strength,
                    since=edge.since,
                )  # fmt: skip
            )
    return sorted(found, key=lambda a: (-a.strength, a.name.casefold(), a.person_id))


def connect(a: int, b: int, kind: str = "knows", strength: int = 1, since: date | None = None) -> None:
    """Create or update the undirected edge between two people."""
    if a == b:
        raise InputError("a person cannot be connected to themselves")
    low, high = sorted((a, b))
    with DB.atomic():
        edge = Connection.get_or_none((Connection.a == low) & (Connection.b == high))
        if edge is None:
            Connection.create(a=low, b=high, kind=kind, strength=strength, since=since)
        else:
            edge.kind, edge.strength, edge.since = kind, strength, since
            edge.save()
