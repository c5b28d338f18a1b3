"""Whom an opening makes worth contacting, or in plain words why it makes no one.

Pure functions over the engine's ``Facts`` (no Qt). The checks follow rules 2–4 of
spec/reconnect-rules.md in the order the rules apply them, so the first failing one is the
reason given: closed, not new, not relevant enough, a better opening at the same company,
asked there recently, no one known there, no one free to ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop import vocab
from desktop.core.reconnect import rules
from desktop.core.reconnect.facts import Facts, OpeningFacts, PersonFacts
from desktop.core.reconnect.plan import visible
from desktop.core.reconnect.relevance import relevance
from desktop.core.reconnect.suggestion import Suggestion

OPENING_ACTIONS = ("reengage_candidate", "ask_about_opening", "ask_for_intro")


@dataclass(frozen=True)
class OpeningReport:
    relevance: float | None
    relevance_text: str  # "Relevance to you: 0.83 (threshold 0.50)"
    suggestions: list[Suggestion]  # whom it makes worth contacting (visible suggestions)
    reasons: list[str] = field(default_factory=list)  # why no one: the reason first, then details


def my_relevance(opening: OpeningFacts, facts: Facts) -> float:
    return relevance(opening.title, opening.keywords, rules.my_titles(facts), facts.keywords)


def candidate_relevance(opening: OpeningFacts, candidate: PersonFacts, facts: Facts) -> float:
    return relevance(opening.title, opening.keywords, rules.candidate_titles(facts, candidate), candidate.skills)


def _ago(moment: date, today: date) -> str:
    days = (today - moment).days
    return f"on {moment}, {'1 day' if days == 1 else f'{days} days'} ago"


def _fresh(opening: OpeningFacts, facts: Facts, today: date) -> bool:
    if opening.status != "open" or opening.discovered_on is None:
        return False
    return 0 <= (today - opening.discovered_on).days <= facts.settings["opening_fresh_days"]


def _quiet_reason(person: PersonFacts, facts: Facts, today: date) -> str | None:
    if rules.quiet_long_enough(person, facts, today):
        return None
    last_out = person.touches.last_out
    assert last_out is not None
    wait = facts.settings["event_min_days"]
    return f"{person.name}: you wrote {_ago(last_out.date(), today)}; leave {wait} days between messages"


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


def _ask_reasons(opening: OpeningFacts, facts: Facts, today: date, score: float) -> list[str]:
    settings = facts.settings
    threshold = settings["relevance_threshold"]
    if opening.discovered_on is None:
        return ["it has no discovery date, so Rebound cannot tell whether it is new"]
    age = (today - opening.discovered_on).days
    if age < 0:
        return [f"it is dated after today ({opening.discovered_on})"]
    if age > settings["opening_fresh_days"]:
        return [
            f"not new any more: found {_ago(opening.discovered_on, today)} "
            f"(an opening counts as new for {settings['opening_fresh_days']} days)"
        ]
    if score < threshold:
        return [f"not relevant enough ({score:.2f} < {threshold:.2f})"]
    rivals = [
        (my_relevance(other, facts), other)
        for other in facts.openings.values()
        if other.company_id == opening.company_id and not other.mine and _fresh(other, facts, today)
    ]
    rivals = [(s, o) for s, o in rivals if s >= threshold]
    rivals.sort(key=lambda item: (-item[0], -(item[1].discovered_on or date.min).toordinal(), item[1].id))
    if rivals and rivals[0][1].id != opening.id:
        best_score, best = rivals[0]
        return [
            f"{opening.company} has a more relevant new opening, ‘{best.title}’ ({best_score:.2f}); "
            "Rebound asks about one role per company"
        ]
    asked = facts.opening_touches.get(opening.company_id)
    if asked is not None and rules.days_since(asked, today) < settings["checkin_min_days"]:
        return [
            f"you asked about an opening at {opening.company} {_ago(asked.date(), today)}; "
            f"one role per company every {settings['checkin_min_days']} days"
        ]
    people = facts.people_at(opening.company_id)
    if not people:
        return [f"no one known at {opening.company}"]
    details = []
    for person in sorted(people, key=lambda p: p.name.casefold()):
        if person.excluded:
            details.append(f"{person.name}: marked “do not contact”, or archived")
            continue
        if not (facts.known(person.id) or person.connected):
            details.append(f"{person.name}: you have not been in touch and are not connected")
            continue
        quiet = _quiet_reason(person, facts, today)
        if quiet:
            details.append(quiet)
            continue
        if not person.reachable:
            details.append(
                f"{person.name}: no e-mail address, not connected, and no mutual connection to introduce you"
            )
        elif person.touches.unanswered >= settings["max_unanswered"]:
            details.append(
                f"{person.name}: has not answered your last {person.touches.unanswered} messages, "
                "and no mutual connection can introduce you"
            )
    return [f"no one at {opening.company} can be asked now", *details]


def _reengage_reasons(opening: OpeningFacts, facts: Facts, today: date) -> list[str]:
    medalists = rules.silver_medalists(facts)
    if not medalists:
        return ["no past candidate reached the onsite or final stage and was turned down"]
    threshold = facts.settings["relevance_threshold"]
    in_process = {p.candidate_id for p in facts.processes.values() if p.opening_id == opening.id}
    details, scores = [], []
    only_relevance = True
    for candidate_id in medalists:
        person = facts.people.get(candidate_id)
        if person is None:
            continue
        if candidate_id in in_process:
            details.append(f"{person.name}: already in a process for this role")
        elif person.excluded:
            details.append(f"{person.name}: marked “do not contact”, or archived")
        elif person.touches.unanswered >= facts.settings["max_unanswered"]:
            details.append(f"{person.name}: has not answered your last {person.touches.unanswered} messages")
        elif (quiet := _quiet_reason(person, facts, today)) is not None:
            details.append(quiet)
        else:
            score = candidate_relevance(opening, person, facts)
            scores.append((score, person.name))
            details.append(f"{person.name}: not relevant enough ({score:.2f} < {threshold:.2f})")
            continue
        only_relevance = False
    if scores and only_relevance:
        best, name = max(scores)
        return [f"no past candidate is relevant enough (best: {name}, {best:.2f} < {threshold:.2f})", *details]
    return ["no past candidate can be approached now", *details]


def opening_report(opening_id: int, facts: Facts, today: date, suggestions: list[Suggestion]) -> OpeningReport:
    """``suggestions``: the visible suggestions of the opening rules (the keeper's ``opening_suggestions``)."""
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
        text = f"Relevance to you: {score:.2f} (threshold {threshold:.2f})"
    if found:
        return OpeningReport(score, text, found)
    if opening.status != "open":
        return OpeningReport(score, text, [], ["it is closed"])
    raw = [s for rule in rules.OPENING_RULES for s in rule(facts, today) if s.opening_id == opening_id]
    hidden = [s for s in raw if not visible(s, facts, today)]
    if hidden:
        return OpeningReport(score, text, [], ["you have dealt with it", *_state_reasons(hidden, facts)])
    if opening.mine:
        return OpeningReport(score, text, [], _reengage_reasons(opening, facts, today))
    return OpeningReport(score, text, [], _ask_reasons(opening, facts, today, score))
