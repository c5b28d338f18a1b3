"""The plan snapshot: the first cards of the last plan, kept in the database so that Today shows them at once.

Working out a day's plan means reading every person's history: seconds on a large
database. The app saves the first cards of the plan it computed (with their drafts) as a
snapshot in the table ``plan_cache``, with the generation of the data it was worked out from.
Triggers on every table the rules read move the generation on at the first write, so a
snapshot is shown only when it is for today and nothing changed since: then it is exactly
what the engine would show first. The engine still starts at once and replaces it.
(One name, "plan snapshot", in the README's glossary; the table keeps its schema-4 name.)
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.core.reconnect.suggestion import Suggestion

if TYPE_CHECKING:  # reading a snapshot (the app's first paint) needs none of the engine's modules
    import peewee as pw

    from desktop.core.reconnect.facts import Facts, PersonFacts

FIRST_CARDS = 30
FORMAT = 1


class CardSnapshot(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """Everything one Today card shows: the suggestion, its ``present.as_dict`` data, the person's details."""

    suggestion: Suggestion
    data: dict[str, Any]
    name: str
    title: str | None
    company: str | None
    email: str | None
    linkedin_url: str | None
    limit: int

    @classmethod
    def of(cls, suggestion: Suggestion, data: dict[str, Any], person: PersonFacts, limit: int) -> CardSnapshot:
        return cls(
            suggestion, data, person.name, person.title, person.company, person.email, person.linkedin_url, limit
        )


class PlanSnapshot(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """The first cards of a day's plan and the day's counts."""

    day: date
    due: int  # suggestions due by the day (the sidebar count)
    overdue: int
    cards: list[CardSnapshot]


def arm(db: pw.Database) -> int:
    """Start watching for writes (call before reading the facts); returns the generation to save with.

    From here on, the first write to a table the rules read bumps the generation (a trigger),
    and a ``save`` with the returned number is refused.
    """
    with db.atomic():
        db.execute_sql("UPDATE plan_cache SET armed = 1 WHERE id = 1")
        row = db.execute_sql("SELECT generation FROM plan_cache WHERE id = 1").fetchone()
    return int(row[0]) if row else -1


def save(db: pw.Database, facts: Facts, day: date, plan: list[Suggestion], seen_generation: int) -> bool:
    """Keep the first cards of ``plan`` — unless the database changed since ``seen_generation``."""
    return keep(db, day, payload(facts, day, plan), seen_generation)


def payload(facts: Facts, day: date, plan: list[Suggestion]) -> str:
    """The first cards of ``plan`` as the snapshot keeps them (the work ``save`` does before it writes)."""
    from desktop.core.reconnect.drafts import Drafter  # lazy: only keeping a snapshot renders drafts
    from desktop.core.reconnect.present import as_dict

    cards = []
    drafter = Drafter()
    for suggestion in plan[:FIRST_CARDS]:
        person = facts.people[suggestion.person_id]
        card = CardSnapshot.of(
            suggestion,
            as_dict(suggestion, facts, day, drafter=drafter),
            person,
            int(facts.settings["connect_note_limit"]),
        )
        cards.append(_card_to_json(card))
    overdue = sum(1 for s in plan if s.overdue(day))
    return json.dumps({"format": FORMAT, "due": len(plan), "overdue": overdue, "cards": cards}, ensure_ascii=False)


def keep(db: pw.Database, day: date, payload: str, seen_generation: int) -> bool:
    """Write a ``payload`` as the snapshot of ``day`` — unless the database changed since ``seen_generation``."""
    with db.atomic():
        updated = db.execute_sql(
            "UPDATE plan_cache SET day = ?, payload = ?, payload_generation = generation "
            "WHERE id = 1 AND generation = ? AND armed = 1",
            [day.isoformat(), payload, seen_generation],
        ).rowcount
    return updated == 1


def load(db: pw.Database, day: date) -> PlanSnapshot | None:
    """The plan snapshot of ``day``, when nothing changed since it was saved."""
    row = db.execute_sql("SELECT day, payload, payload_generation = generation FROM plan_cache WHERE id = 1").fetchone()
    if row is None or not row[2] or row[0] != day.isoformat() or not row[1]:  # stale, another day, or none
        return None
    try:
        document = json.loads(row[1])
        if document.get("format") != FORMAT:
            return None
        cards = [_card_from_json(card) for card in document["cards"]]
    except (ValueError, KeyError, TypeError):
        return None  # a copy from another version: the engine will show the plan
    return PlanSnapshot(day, int(document["due"]), int(document["overdue"]), cards)


def _card_to_json(card: CardSnapshot) -> dict[str, Any]:
    suggestion = asdict(card.suggestion)
    suggestion.pop("key"), suggestion.pop("precedence")  # derived again when read
    suggestion["due"] = card.suggestion.due.isoformat()
    suggestion["overdue_after"] = card.suggestion.overdue_after.isoformat() if card.suggestion.overdue_after else None
    return {**card._asdict(), "suggestion": suggestion}


def _card_from_json(raw: dict[str, Any]) -> CardSnapshot:
    s = raw["suggestion"]
    suggestion = Suggestion(
        action=s["action"], person_id=int(s["person_id"]), channel=s["channel"], due=date.fromisoformat(s["due"]),
        why=tuple(s["why"]), opening_id=s["opening_id"], target_id=s["target_id"],
        overdue_after=date.fromisoformat(s["overdue_after"]) if s["overdue_after"] else None,
        rank=tuple(s["rank"]),
    )  # fmt: skip
    return CardSnapshot(
        suggestion, raw["data"], raw["name"], raw["title"], raw["company"], raw["email"], raw["linkedin_url"],
        int(raw["limit"]),
    )  # fmt: skip
