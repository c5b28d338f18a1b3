"""The day plan: every rule's suggestions, the "Always" clauses, and the order of the day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.suggestion import Suggestion
from desktop.vocab import SuggestionState


def visible(suggestion: Suggestion, facts: Facts, today: date) -> bool:
    """Dismissed keys never show; snoozed ones from their date on; done ones only for a later due date."""
    state = facts.states.get(suggestion.key)
    if state is None:
        return True
    kind, until = state
    if kind == SuggestionState.DISMISSED:
        return False
    if kind == SuggestionState.SNOOZED:
        return until is not None and today >= until
    # done: the recorded interaction moved the timers; a later occurrence of the same key shows again
    return until is not None and suggestion.due > until


def order_key(suggestion: Suggestion, facts: Facts, today: date) -> tuple[object, ...]:
    """Overdue first, then precedence, due date, the rule's own ranking, the person's name."""
    person = facts.people[suggestion.person_id]
    return (
        not suggestion.overdue(today),
        suggestion.precedence,
        suggestion.due,
        suggestion.rank,
        person.name_key,
        suggestion.key,
    )


def one_per_person(suggestions: Iterable[Suggestion], facts: Facts, today: date) -> list[Suggestion]:
    """Where several rules fire for one person, the earliest in precedence wins; the rest is the order of the day."""
    best: dict[int, tuple[tuple[object, ...], Suggestion]] = {}
    for suggestion in suggestions:
        if suggestion.person_id not in facts.people:
            continue
        key = (suggestion.precedence, *order_key(suggestion, facts, today))
        current = best.get(suggestion.person_id)
        if current is None or key < current[0]:
            best[suggestion.person_id] = (key, suggestion)
    ordered = sorted(best.values(), key=lambda item: item[0][1:])
    return [suggestion for _, suggestion in ordered]
