"""What a write changed: the value a write returns and the GUI broadcasts (Anki's ``OpChanges``).

Each screen looks at the parts it shows and decides whether to read again; no screen refreshes
another. ``EVERYTHING`` is for work that replaces much at once (an import, the demo data, a
restore): every screen reads everything again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, NamedTuple, Protocol, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    people: frozenset[int] = field(default_factory=frozenset)  # people whose row or timeline changed
    interactions: frozenset[int] = field(default_factory=frozenset)  # interactions added or changed
    openings: bool = False
    processes: bool = False
    companies: bool = False
    suggestion_states: bool = False  # done, snoozed, dismissed (and their undo)
    settings: bool = False
    templates: bool = False  # a draft template saved or reset: drafts on screen are rendered again
    everything: bool = False
    erased: frozenset[int] = field(default_factory=frozenset)  # people who are gone

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            people=self.people | other.people,
            interactions=self.interactions | other.interactions,
            openings=self.openings or other.openings,
            processes=self.processes or other.processes,
            companies=self.companies or other.companies,
            suggestion_states=self.suggestion_states or other.suggestion_states,
            settings=self.settings or other.settings,
            templates=self.templates or other.templates,
            everything=self.everything or other.everything,
            erased=self.erased | other.erased,
        )

    def touches_person(self, person_id: int | None) -> bool:
        """Whether what is shown of this person may have changed."""
        if person_id is None:
            return False
        return self.everything or person_id in self.people or person_id in self.erased

    @property
    def touches_people(self) -> bool:
        """Whether the list of people (names, last contact, who exists) may have changed."""
        return self.everything or bool(self.people or self.erased)

    @property
    def changes(self) -> Changes:
        """A write that returns only what it changed reports itself (see ``Changed``)."""
        return self


class Changed(Protocol):
    """What every core write returns: something that says what it changed (``Changes`` itself,
    ``Written``, or a result of its own such as ``LoggedRejection``). ``gui/services/ops.py``
    broadcasts exactly this."""

    @property
    def changes(self) -> Changes: ...


class Written(NamedTuple, Generic[T]):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """A core write's value (a new id, whether anything changed) and what it changed
    (Anki's ``OpChangesWithId``)."""

    value: T
    changes: Changes


EVERYTHING = Changes(everything=True)


def person_changed(person_id: int, interaction_id: int | None = None) -> Changes:
    """A person's row or timeline changed (an edit, a note, a logged interaction)."""
    interactions = frozenset() if interaction_id is None else frozenset({interaction_id})
    return Changes(people=frozenset({person_id}), interactions=interactions)


def suggestion_acted_on(person_id: int) -> Changes:
    """A suggestion was done, snoozed, dismissed or put back: the person's timeline and suggestion states."""
    return Changes(people=frozenset({person_id}), suggestion_states=True)
