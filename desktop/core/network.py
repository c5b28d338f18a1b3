"""Who knows whom: the edges around a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from desktop.core.reconnect.facts import Facts
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
            Connection.select(Connection, Person.id.alias("person_id"), Person.name, Company.name.alias("company_name"))
            .join(Person, on=(other == Person.id))
            .join(Company, pw.JOIN.LEFT_OUTER, on=(Person.company == Company.id))
            .where(mine == person_id)
        )
        edge: Any  # a row of the query above (peewee's objects() is untyped)
        for edge in query.objects():
            found.append(
                Acquaintance(
                    person_id=edge.person_id,
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


@dataclass(frozen=True)
class Mutual:
    person_id: int
    name: str
    strength: int


def mutuals_of(target_id: int, facts: Facts, today: date) -> list[Mutual]:
    """People connected to me who know the target, ranked as rule 4 ranks them (spec/reconnect-rules.md)."""
    from desktop.core.reconnect.rules import mutuals

    strengths = dict(facts.edges.get(target_id, []))
    return [Mutual(p.id, p.name, strengths[p.id]) for p in mutuals(target_id, facts, today)]


def intro_paths(target_id: int, facts: Facts, max_hops: int = 3, limit: int = 5) -> list[list[int]]:
    """Shortest warm paths from me to the target: [a, …, target] where a is connected to me.

    At most ``max_hops`` people on a path (me → a → b → target is three hops). Excluded
    people (do not contact, archived) never carry an introduction. Paths are ordered by
    length, then by the sum of edge strengths (strong first), then by names.
    """
    people = facts.people
    if target_id not in people:
        return []
    target = people[target_id]
    if target.connected:
        return [[target_id]]

    def usable(pid: int) -> bool:
        return pid in people and not people[pid].excluded

    paths: list[tuple[int, int, list[str], list[int]]] = []
    frontier: list[tuple[list[int], int]] = [([pid], 0) for pid, p in people.items() if p.connected and usable(pid)]
    for hops in range(1, max_hops):
        next_frontier: list[tuple[list[int], int]] = []
        for path, strength in frontier:
            for other, edge_strength in facts.edges.get(path[-1], []):
                if other in path:
                    continue
                if other == target_id:
                    full = [*path, other]
                    paths.append((len(full), -(strength + edge_strength), [people[p].name for p in full], full))
                elif usable(other) and hops + 1 < max_hops:
                    next_frontier.append(([*path, other], strength + edge_strength))
        if paths:
            break
        frontier = next_frontier
    return [path for *_, path in sorted(paths)[:limit]]


@dataclass(frozen=True)
class WayIn:
    """A warm way to someone: ``path`` is [a, …, target], ``a`` connected to me; ``strength`` sums its edges."""

    path: tuple[int, ...]
    strength: int

    @property
    def target(self) -> int:
        return self.path[-1]

    @property
    def hops(self) -> int:
        """People on the path: 1 when I know the target myself."""
        return len(self.path)


def ways_in(targets: set[int], facts: Facts, max_hops: int = 3, limit: int = 5) -> list[WayIn]:
    """The warmest ways to any of ``targets`` (a company's people): the shortest paths from me, strongest first.

    One breadth-first walk from my connections for all targets at once (a company of 1,000 people costs one
    walk, not 1,000). A target I am connected to is one hop. Excluded people never carry an introduction, and
    are no target either. Ordered by hops, then by strength (strong first), then by the names on the path.
    """
    people = facts.people

    def usable(pid: int) -> bool:
        return pid in people and not people[pid].excluded

    wanted = {t for t in targets if usable(t)}
    if not wanted:
        return []
    found: list[tuple[int, int, list[str], tuple[int, ...]]] = []
    frontier: list[tuple[tuple[int, ...], int]] = []
    for pid, person in people.items():
        if person.connected and usable(pid):
            if pid in wanted:
                found.append((1, 0, [person.name], (pid,)))
            frontier.append(((pid,), 0))
    seen = {path[0] for path, _ in frontier}
    for hops in range(2, max_hops + 1):
        strongest: dict[int, tuple[tuple[int, ...], int]] = {}  # each person once per level, by the strongest walk
        for path, strength in frontier:
            for other, edge_strength in facts.edges.get(path[-1], []):
                if other in seen or not usable(other):
                    continue
                total = strength + edge_strength
                kept = strongest.get(other)
                if kept is None or total > kept[1] or (total == kept[1] and (*path, other) < kept[0]):
                    strongest[other] = ((*path, other), total)
        for other, (full, total) in strongest.items():
            if other in wanted:
                found.append((hops, -total, [people[p].name for p in full], full))
        seen |= strongest.keys()
        frontier = list(strongest.values())
    best: dict[int, tuple[int, int, list[str], tuple[int, ...]]] = {}
    for entry in sorted(found):
        best.setdefault(entry[3][-1], entry)
    ranked = sorted(best.values())[:limit]
    return [WayIn(path, -negative) for _, negative, _, path in ranked]
