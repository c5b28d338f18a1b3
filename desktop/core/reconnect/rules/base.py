"""What every rule is: one protocol, and the trace a rule keeps when asked why it did not fire.

A rule takes the facts and the day and yields its suggestions. It applies the clauses of
spec/reconnect-rules.md about its own people (excluded people, the unanswered limit of
proactive rules); the clauses that span rules (one suggestion per person, the suggestion
states, the order of the day) are the plan's (``plan.py``).

Run with a ``Trace``, a rule also records, for each opening it passes over, the first check
that failed, in words, so that "why does this opening make no one worth contacting?" is
answered by the rule itself (``explain.py``), never by a second copy of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.suggestion import Suggestion


@dataclass
class Trace:
    """Why each opening made no suggestion: the first failing check (the reason), then its details."""

    notes: dict[int, list[str]] = field(default_factory=dict)  # opening id → [reason, *details]

    def note(self, opening_id: int, reason: str, details: Iterable[str] = ()) -> None:
        if opening_id not in self.notes:  # the first check that failed is the reason
            self.notes[opening_id] = [reason, *details]

    def why_not(self, opening_id: int) -> list[str]:
        return list(self.notes.get(opening_id, []))


class Rule(Protocol):
    """One rule of spec/reconnect-rules.md.

    ``action``: the action it suggests (its place in the precedence is the action's).
    ``per_person``: what it says of a person depends on that person's facts (and the processes,
    settings and states) alone, so it is re-run for just the people whose facts changed; the
    others walk openings and companies and are re-run on every plan.
    ``day_free``: its suggestions do not depend on ``today`` (only the facts), so the engine keeps
    them per person until that person's facts change.
    ``only``: the people to look at (None: everyone); rules that walk openings look at everyone.
    """

    action: str
    per_person: bool
    day_free: bool

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]: ...
