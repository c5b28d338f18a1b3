"""Whom an opening makes worth contacting, or in plain words why it makes no one.

Pure functions over the engine's ``Facts`` (no Qt). The reasons come from the rules
themselves: the opening rules (2–4) run in trace mode and record, for each opening they pass
over, the first check that failed — closed, not new, not relevant enough, a better opening at
the same company, asked there recently, no one known there, no one free to ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop import vocab
from desktop.core.reconnect import rules
from desktop.core.reconnect.facts import Facts, OpeningFacts, PersonFacts
from desktop.core.reconnect.plan import visible
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say

OPENING_ACTIONS = tuple(rule.action for rule in rules.OPENING_RULES)


@dataclass(frozen=True)
class OpeningReport:
    relevance: float | None
    relevance_text: str  # "Relevance to you: 0.83 (threshold 0.50)"
    suggestions: list[Suggestion]  # whom it makes worth contacting (visible suggestions)
    reasons: list[str] = field(default_factory=list)  # why no one: the reason first, then details


def my_relevance(opening: OpeningFacts, facts: Facts) -> float:
    return rules.my_relevance(opening, facts)


def candidate_relevance(opening: OpeningFacts, candidate: PersonFacts, facts: Facts) -> float:
    return rules.candidate_relevance(opening, candidate, facts)


def _state_reasons(raw: list[Suggestion], facts: Facts) -> list[str]:
    reasons = []
    for suggestion in raw:
        state, until = facts.states.get(suggestion.key, ("", None))
        name = facts.people[suggestion.person_id].name
        what = f"{vocab.ACTION_LABELS[suggestion.action]}: {name}"
        if state == "dismissed":
            reasons.append(f"you dismissed it ({what})")
        elif state == "snoozed":
            reasons.append(f"you snoozed it until {until} ({what})")
        elif state == "done":
            reasons.append(f"you did it on {until} ({what})")
    return reasons


def opening_report(opening_id: int, facts: Facts, today: date, suggestions: list[Suggestion]) -> OpeningReport:
    """``suggestions``: the visible suggestions of the opening rules (``rules.opening_suggestions``)."""
    opening = facts.openings[opening_id]
    threshold = facts.settings["relevance_threshold"]
    found = [s for s in suggestions if s.opening_id == opening_id and s.action in OPENING_ACTIONS]
    score: float | None
    if opening.mine:
        medalists = [facts.people[pid] for pid in rules.silver_medalists(facts) if pid in facts.people]
        ranked = sorted(((candidate_relevance(opening, p, facts), p.name) for p in medalists), reverse=True)
        score = ranked[0][0] if ranked else None
        text = (
            f"Best fit among past candidates: {ranked[0][1]}, {ranked[0][0]:.2f} (threshold {threshold:.2f})"
            if ranked
            else "A role you are filling: no past candidate to compare yet"
        )
    else:
        score = my_relevance(opening, facts)
        text = say("Relevance to you: {score:.2f} (threshold {threshold:.2f})").format(score=score, threshold=threshold)
    if found:
        return OpeningReport(score, text, found)
    trace = rules.Trace()
    raw = [s for rule in rules.OPENING_RULES for s in rule(facts, today, None, trace) if s.opening_id == opening_id]
    hidden = [s for s in raw if not visible(s, facts, today)]
    if hidden:
        return OpeningReport(score, text, [], ["you have dealt with it", *_state_reasons(hidden, facts)])
    return OpeningReport(score, text, [], trace.why_not(opening_id))
