"""Suggestions as plain data: the cards of the Today page and the JSON of `rebound suggest`."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.reconnect.drafts import LANGUAGES, Draft, Drafter
from desktop.core.reconnect.facts import Facts, OpeningFacts, PersonFacts
from desktop.core.reconnect.rules.check_in import colleague_of, reference_day
from desktop.core.reconnect.suggestion import Suggestion


def first_name(person: PersonFacts) -> str:
    if person.first_name:
        return person.first_name
    words = person.name.split()
    return words[0] if words else person.name


_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
}  # fmt: skip


def long_date(day: date, language: str) -> str:
    """A day as a letter writes it: "3 May 2026", "3. Mai 2026"."""
    months = _MONTHS.get(language, _MONTHS["en"])
    dot = "." if language == "de" else ""
    return f"{day.day}{dot} {months[day.month - 1]} {day.year}"


def draft_variables(suggestion: Suggestion, facts: Facts) -> dict[str, Any]:
    """The documented template variables: strings and numbers only."""
    person = facts.people[suggestion.person_id]
    opening = facts.openings.get(suggestion.opening_id) if suggestion.opening_id is not None else None
    target = facts.people.get(suggestion.target_id) if suggestion.target_id is not None else None
    return _variables(suggestion, facts, person, opening, target)


def _variables(
    suggestion: Suggestion, facts: Facts, person: PersonFacts, opening: OpeningFacts | None, target: PersonFacts | None
) -> dict[str, Any]:
    """``draft_variables`` of a suggestion whose person, opening and target were looked up already."""
    new_role = person.touches.new_company
    stage = facts.opening_stages.get(opening.id) if opening is not None else None
    colleague = colleague_of(person, facts)  # on a team server: who was last in touch with them, if not I
    day = reference_day(person) if colleague is not None else None
    language = person.language if person.language in LANGUAGES else facts.language
    return {
        "first_name": first_name(person),
        "name": person.name,
        "company": person.company or "",
        "title": person.title or "",
        "channel": suggestion.channel,
        "opening_title": opening.title if opening else "",
        "opening_company": opening.company if opening else "",
        "target_name": target.name if target else "",
        "target_first_name": first_name(target) if target else "",
        "my_name": facts.my_name or "",
        "stage": stage or "",
        "new_role": new_role or person.company or "",
        "limit": int(facts.settings["connect_note_limit"]),
        "colleague": colleague or "",
        "colleague_day": long_date(day, language) if day is not None else "",
    }


def draft_for(suggestion: Suggestion, facts: Facts, drafter: Drafter | None = None) -> Draft:
    """The suggestion's draft (pass one ``Drafter`` for many suggestions: templates read and compiled once)."""
    person = facts.people[suggestion.person_id]
    opening = facts.openings.get(suggestion.opening_id) if suggestion.opening_id is not None else None
    target = facts.people.get(suggestion.target_id) if suggestion.target_id is not None else None
    return _draft(suggestion, facts, person, opening, target, drafter or Drafter())


def _draft(
    suggestion: Suggestion,
    facts: Facts,
    person: PersonFacts,
    opening: OpeningFacts | None,
    target: PersonFacts | None,
    drafter: Drafter,
) -> Draft:
    language = person.language if person.language in LANGUAGES else facts.language
    variables = _variables(suggestion, facts, person, opening, target)
    return drafter.render(suggestion.action, language, variables, suggestion.channel, variables["limit"])


def as_dict(
    suggestion: Suggestion, facts: Facts, today: date, with_draft: bool = True, drafter: Drafter | None = None
) -> dict[str, Any]:
    """The shape of spec/cli.md, `suggest --json`."""
    person = facts.people[suggestion.person_id]
    target = facts.people.get(suggestion.target_id) if suggestion.target_id is not None else None
    opening = facts.openings.get(suggestion.opening_id) if suggestion.opening_id is not None else None
    result: dict[str, Any] = {
        "key": suggestion.key,
        "action": suggestion.action,
        "person": {"id": person.id, "name": person.name},
        "target": {"id": target.id, "name": target.name} if target else None,
        "opening": {"id": opening.id, "title": opening.title, "company": opening.company} if opening else None,
        "channel": suggestion.channel,
        "due": suggestion.due.isoformat(),
        "overdue": suggestion.overdue(today),
        "why": list(suggestion.why),
    }
    if with_draft:
        draft = _draft(suggestion, facts, person, opening, target, drafter or Drafter())
        result["draft"] = {"subject": draft.subject, "body": draft.body}
    return result
