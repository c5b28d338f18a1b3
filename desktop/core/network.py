"""Who knows whom: the edges around a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from desktop.core.changes import Changes
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


def connect(a: int, b: int, kind: str = "knows", strength: int = 1, since: date | None = None) -> Changes:
    """Create or update the undirected edge between two people; what it changed (both people)."""
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
    return Changes(people=frozenset({a, b}))


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
    """The warmest ways to any of ``targets`` (a company's people): the shortest paths from me, strongest first,
    one per target.

    A target I am connected to is one hop. Excluded people never carry an introduction, and are no target
    either. Ordered by hops, then by strength (strong first), then by the names on the path.
    """
    return _ways(targets, facts, max_hops, limit, by_target=True)


def _ways(targets: set[int], facts: Facts, max_hops: int, limit: int, by_target: bool) -> list[WayIn]:
    """Paths found walking back from the targets (their edges, then their neighbours' edges) until a person I
    am connected to: a company of 1,000 people or a person with 200 mutuals costs their own edges, not a walk
    over all my connections. The best path per target (``by_target``) or per first person (the one to ask)."""
    people = facts.people

    def usable(pid: int) -> bool:  # (excluded people never carry an introduction, as in intro_paths)
        person = people.get(pid)
        return person is not None and not person.excluded

    def key(path: tuple[int, ...]) -> int:
        return path[-1] if by_target else path[0]

    found: list[tuple[int, int, list[str], tuple[int, ...]]] = []
    wanted = {t for t in targets if usable(t)}
    for target in wanted:
        if people[target].connected:
            found.append((1, 0, [people[target].name], (target,)))
    visited = set(wanted)
    frontier: dict[int, tuple[tuple[int, ...], int]] = {t: ((t,), 0) for t in wanted if not people[t].connected}
    for hops in range(2, max_hops + 1):
        if len({key(entry[3]) for entry in found}) >= limit:  # shorter ways come first: enough are known
            break
        reached: dict[int, tuple[tuple[int, ...], int]] = {}  # a person once per level, by the strongest walk
        for node, (path, strength) in frontier.items():
            for other, edge_strength in facts.edges.get(node, []):
                if not usable(other) or other in path:
                    continue
                walked, total = (other, *path), strength + edge_strength
                if people[other].connected:  # someone I know: the way starts here
                    found.append((hops, -total, [people[p].name for p in walked], walked))
                elif other not in visited:
                    kept = reached.get(other)
                    if kept is None or total > kept[1] or (total == kept[1] and walked < kept[0]):
                        reached[other] = (walked, total)
        visited |= reached.keys()
        frontier = reached
    best: dict[int, tuple[int, int, list[str], tuple[int, ...]]] = {}
    for entry in sorted(found):
        best.setdefault(key(entry[3]), entry)
    ranked = sorted(best.values())[:limit]
    return [WayIn(path, -negative) for _, negative, _, path in ranked]


ME = 0  # the user on a map (no person has id 0)
COMPANY = -1  # the company on a company's map


@dataclass(frozen=True)
class MapNode:
    id: int  # a person id, ME or COMPANY
    name: str
    detail: str  # title at company, for the tooltip
    kind: str  # "me", "connection", "mutual", "target", "colleague", "company"


@dataclass(frozen=True)
class MapEdge:
    a: int
    b: int
    strength: int  # 1–3 (an edge of mine to a connection counts as 1: its strength is not recorded)


@dataclass(frozen=True)
class NetworkMap:
    target: int  # a person id, or COMPANY
    nodes: dict[int, MapNode]
    edges: list[MapEdge]
    paths: list[WayIn]  # the best intro paths (≤ 3 hops), best first


def _detail(facts: Facts, pid: int) -> str:
    person = facts.people[pid]
    if person.title and person.company:
        return f"{person.title}, {person.company}"
    return person.title or person.company or ""


def _add_path(nodes: dict[int, MapNode], edges: dict[tuple[int, int], MapEdge], facts: Facts, way: WayIn) -> None:
    previous = ME
    strengths = {pid: dict(facts.edges.get(pid, [])) for pid in way.path}
    for pid in way.path:
        if pid not in nodes:
            nodes[pid] = MapNode(pid, facts.people[pid].name, _detail(facts, pid), "connection")
        strength = 1 if previous == ME else strengths[previous].get(pid, 1)
        edges.setdefault((min(previous, pid), max(previous, pid)), MapEdge(previous, pid, strength))
        previous = pid


def person_map(target_id: int, facts: Facts, paths: int = 5) -> NetworkMap | None:
    """Me, my connections who know the target (mutuals), the best intro paths and the target; None when the
    person is not known."""
    people = facts.people
    if target_id not in people:
        return None
    nodes = {ME: MapNode(ME, "", "", "me"), target_id: MapNode(target_id, people[target_id].name,
                                                                 _detail(facts, target_id), "target")}  # fmt: skip
    edges: dict[tuple[int, int], MapEdge] = {}
    for other, strength in facts.edges.get(target_id, []):
        person = people.get(other)
        if person is not None and person.connected and not person.excluded:
            nodes[other] = MapNode(other, person.name, _detail(facts, other), "mutual")
            edges[(ME, other)] = MapEdge(ME, other, 1)
            edges[(min(other, target_id), max(other, target_id))] = MapEdge(other, target_id, strength)
    ways = _ways({target_id}, facts, 3, paths, by_target=False)  # the best way through each person to ask
    for way in ways:
        _add_path(nodes, edges, facts, way)
    return NetworkMap(target_id, nodes, list(edges.values()), ways)


def company_map(people_there: list[int], name: str, facts: Facts, paths: int = 5, shown: int = 40) -> NetworkMap:
    """Me, the company (``name``), the people I know there (``shown`` at most: those on the ways in first)
    and the warmest ways in."""
    nodes = {ME: MapNode(ME, "", "", "me"), COMPANY: MapNode(COMPANY, name, "", "company")}
    edges: dict[tuple[int, int], MapEdge] = {}
    ways = ways_in(set(people_there), facts, limit=paths)
    for way in ways:
        _add_path(nodes, edges, facts, way)
    on_paths = [way.target for way in ways]
    rest = [pid for pid in people_there if pid not in nodes and pid in facts.people]
    for pid in [*on_paths, *rest][:shown]:
        if pid not in nodes or nodes[pid].kind != "colleague":
            nodes[pid] = MapNode(pid, facts.people[pid].name, _detail(facts, pid), "colleague")
        edges[(COMPANY, pid)] = MapEdge(pid, COMPANY, 1)
    return NetworkMap(COMPANY, nodes, list(edges.values()), ways)
