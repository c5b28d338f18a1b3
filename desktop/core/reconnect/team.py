"""Owners in use on a team server: my people's suggestions, and the team at a glance.

Each person has an owner (schema 11: the member who holds the relationship, by default whoever added them). On a
team server Today shows the suggestions for my people (``mine``) or everyone's, and a team view says who holds how
many people and how many of their suggestions are due today (``overview``). A SQLite file has no members
(``Facts.member`` is None): there everything is mine and there is no team to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.suggestion import Suggestion


@dataclass(frozen=True)
class MemberLoad:
    """One line of the team view."""

    member: str | None  # None: the people nobody holds
    people: int
    due: int  # suggestions due today, overdue included, for their people


def is_mine(person_id: int, facts: Facts) -> bool:
    """Whether I hold this person (always, on a SQLite file)."""
    if facts.member is None:
        return True
    person = facts.people.get(person_id)
    return person is not None and person.owner == facts.member


def mine(suggestions: Iterable[Suggestion], facts: Facts) -> list[Suggestion]:
    """The suggestions for the people I hold, in their order."""
    if facts.member is None:
        return list(suggestions)
    return [s for s in suggestions if is_mine(s.person_id, facts)]


def overview(facts: Facts, due: Iterable[Suggestion]) -> list[MemberLoad]:
    """Who holds how many people, and how many of ``due`` (today's plan) are for them: me first, then the
    colleagues by name, then the people nobody holds (only when there are some)."""
    people: dict[str | None, int] = {}
    for person in facts.people.values():
        people[person.owner] = people.get(person.owner, 0) + 1
    counts: dict[str | None, int] = {}
    for suggestion in due:
        held = facts.people.get(suggestion.person_id)
        if held is not None:
            counts[held.owner] = counts.get(held.owner, 0) + 1
    members = set(people) | set(counts)
    if facts.member is not None:
        members.add(facts.member)

    def order(member: str | None) -> tuple[int, str]:
        return (0 if member == facts.member else 2 if member is None else 1, (member or "").casefold())

    return [MemberLoad(m, people.get(m, 0), counts.get(m, 0)) for m in sorted(members, key=order)]
