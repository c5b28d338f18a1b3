"""The walk that rules 3 and 4 share: per company, its best new opening and whom to ask about it.

Rule 3 (ask_about_opening) ranks the people at a company and walks the ranking from the top:
the first candidate who is reachable and below the unanswered limit is asked; a candidate who is
not gets rule 4 (ask_for_intro) instead, when rule 4 finds a mutual connection; otherwise the
walk goes on. One company, one walk, one outcome: an ask (rule 3's suggestion) or an
introduction (rule 4's). Each rule turns the outcomes that are its own into suggestions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

from desktop.core.reconnect.facts import Facts, OpeningFacts, PersonFacts
from desktop.core.reconnect.relevance import relevance
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.terms import (
    CONTACT_RANK,
    ago,
    days_since,
    may_approach,
    my_titles,
    quiet_long_enough,
    quiet_reason,
)
from desktop.texts import say

NEW, CLOSED, UNDATED, FUTURE, OLD = range(5)  # what ``opening_age`` finds


def opening_age(opening: OpeningFacts, facts: Facts, today: date) -> int:
    """NEW when the opening is open and was discovered within opening_fresh_days; else why not."""
    if opening.status != "open":
        return CLOSED
    if opening.discovered_on is None:
        return UNDATED
    age = (today - opening.discovered_on).days
    if age < 0:
        return FUTURE
    return NEW if age <= facts.settings["opening_fresh_days"] else OLD


def _age_reason(found: int, opening: OpeningFacts, facts: Facts, today: date) -> str:
    if found == CLOSED:
        return "it is closed"
    if found == UNDATED:
        return "it has no discovery date, so Rebound cannot tell whether it is new"
    assert opening.discovered_on is not None
    if found == FUTURE:
        return f"it is dated after today ({opening.discovered_on})"
    days = facts.settings["opening_fresh_days"]
    return f"not new any more: found {ago(opening.discovered_on, today)} (an opening counts as new for {days} days)"


def my_relevance(opening: OpeningFacts, facts: Facts, titles: list[str] | None = None) -> float:
    """How relevant an opening is to me (my target roles and the roles of my own processes)."""
    return relevance(opening.title, opening.keywords, my_titles(facts) if titles is None else titles, facts.keywords)


@dataclass(frozen=True)
class Walk:
    """One company's walk that ended with someone: ``asked`` (rule 3), or ``helper`` to reach ``target`` (rule 4)."""

    opening: OpeningFacts
    posted: str  # what the opening is, for the why
    also_open: tuple[str, ...]  # the other relevant new openings there, for the why
    asked: PersonFacts | None = None
    helper: PersonFacts | None = None
    target: PersonFacts | None = None


def _contact_ranks(facts: Facts) -> dict[int, int]:
    """Contacts of my rejected processes: recruiter, then hiring_manager, then interviewer."""
    ranks: dict[int, int] = {}
    for process in facts.processes.values():
        if process.candidate_id is None and process.outcome == "rejected":
            for person_id, role in process.contacts:
                if role in CONTACT_RANK:
                    ranks[person_id] = min(ranks.get(person_id, 9), CONTACT_RANK[role])
    return ranks


Detail = tuple[str, int, str]  # (name key, person id, why the person is not asked)


def ask_candidates(
    company_id: int, facts: Facts, today: date, contact_rank: dict[int, int], left_out: list[Detail] | None = None
) -> list[PersonFacts]:
    """People at the company worth asking, best first (rule 3's ranking); ``left_out`` collects the others."""
    found = []
    for person in facts.people_at(company_id):
        if person.excluded:
            if left_out is not None:
                left_out.append((person.name_key, person.id, f"{person.name}: marked “do not contact”, or archived"))
            continue
        if not (facts.known(person.id) or person.connected):
            if left_out is not None:
                text = f"{person.name}: you have not been in touch and are not connected"
                left_out.append((person.name_key, person.id, text))
            continue
        if not quiet_long_enough(person, facts, today):
            if left_out is not None:
                left_out.append((person.name_key, person.id, quiet_reason(person, facts, today) or ""))
            continue
        found.append(person)

    def rank(person: PersonFacts) -> tuple[int, int, float, str, int]:
        if person.id in contact_rank:
            return (0, contact_rank[person.id], 0.0, person.name.casefold(), person.id)
        if person.touches.last_in is not None:
            return (1, 0, -person.touches.last_in.timestamp(), person.name.casefold(), person.id)
        return (2, 0, 0.0, person.name.casefold(), person.id)

    return sorted(found, key=rank)


def mutuals(target_id: int, facts: Facts, today: date) -> list[PersonFacts]:
    """People connected to me with an edge to the target, quiet long enough, best first (rule 4's ranking)."""
    found: list[tuple[tuple[int, float, str, int], PersonFacts]] = []
    for other_id, strength in facts.edges.get(target_id, []):
        person = facts.people.get(other_id)
        if person is None or not person.connected or not may_approach(person, facts):
            continue
        if not quiet_long_enough(person, facts, today):
            continue
        last_in = person.touches.last_in
        found.append(
            (
                (-strength, -(last_in.timestamp() if last_in else float("-inf")), person.name.casefold(), person.id),
                person,
            )
        )
    return [person for _, person in sorted(found, key=lambda item: item[0])]


_shared: ContextVar[dict[tuple[int, date], list[Walk]] | None] = ContextVar("shared_walks", default=None)


@contextmanager
def one_walk() -> Iterator[None]:
    """Inside this block rules 3 and 4 share the walks of a day (worked out once, not once per rule)."""
    token = _shared.set({})
    try:
        yield
    finally:
        _shared.reset(token)


def walks(facts: Facts, today: date, trace: Trace | None = None) -> Iterator[Walk]:
    """Every company's walk that ends with someone to write to, by company."""
    shared = _shared.get()
    if shared is None or trace is not None:
        return _walks(facts, today, trace)
    found = shared.get((id(facts), today))
    if found is None:
        found = shared[(id(facts), today)] = list(_walks(facts, today, None))
    return iter(found)


def _walks(facts: Facts, today: date, trace: Trace | None) -> Iterator[Walk]:
    settings = facts.settings
    threshold = settings["relevance_threshold"]
    titles = my_titles(facts)
    by_company: dict[int, list[tuple[float, OpeningFacts]]] = {}
    for opening in facts.openings.values():
        if opening.mine:
            continue
        age = opening_age(opening, facts, today)
        if age != NEW:
            if trace is not None:
                trace.note(opening.id, _age_reason(age, opening, facts, today))
            continue
        score = my_relevance(opening, facts, titles)
        if score >= threshold:
            by_company.setdefault(opening.company_id, []).append((score, opening))
        elif trace is not None:
            trace.note(
                opening.id,
                say("not relevant enough ({score:.2f} < {threshold:.2f})").format(score=score, threshold=threshold),
            )
    contact_rank: dict[int, int] | None = None
    for company_id, scored in sorted(by_company.items()):
        scored.sort(key=lambda item: (-item[0], -(item[1].discovered_on or date.min).toordinal(), item[1].id))
        score, opening = scored[0]
        if trace is not None:
            for _, other in scored[1:]:
                trace.note(
                    other.id,
                    f"{opening.company} has a more relevant new opening, ‘{opening.title}’ ({score:.2f}); "
                    "Rebound asks about one role per company",
                )
        last_asked = facts.opening_touches.get(company_id)
        if last_asked is not None and days_since(last_asked, today) < settings["checkin_min_days"]:
            if trace is not None:
                trace.note(
                    opening.id,
                    f"you asked about an opening at {opening.company} {ago(last_asked.date(), today)}; "
                    f"one role per company every {settings['checkin_min_days']} days",
                )
            continue
        if contact_rank is None:
            contact_rank = _contact_ranks(facts)
        left_out: list[Detail] | None = [] if trace is not None else None
        posted = say("{company} posted '{title}' on {day} (relevance {score:.2f})").format(
            company=opening.company, title=opening.title, day=opening.discovered_on, score=score
        )
        others = [f"'{o.title}' (relevance {s:.2f})" for s, o in scored[1:]]
        also_open = (say("Also open there: {openings}").format(openings=", ".join(others)),) if others else ()
        for person in ask_candidates(company_id, facts, today, contact_rank, left_out):
            if person.reachable and person.touches.unanswered < settings["max_unanswered"]:
                yield Walk(opening, posted, also_open, asked=person)
                break
            helpers = mutuals(person.id, facts, today)
            if helpers:
                yield Walk(opening, posted, also_open, helper=helpers[0], target=person)
                break
            if left_out is not None:
                why = (
                    "no e-mail address, not connected, and no mutual connection to introduce you"
                    if not person.reachable
                    else f"has not answered your last {person.touches.unanswered} messages, "
                    "and no mutual connection can introduce you"
                )
                left_out.append((person.name_key, person.id, f"{person.name}: {why}"))
        else:
            if trace is not None and left_out is not None:
                if not facts.people_at(company_id):
                    trace.note(opening.id, say("no one known at {company}").format(company=opening.company))
                else:
                    details = [text for *_, text in sorted(left_out)]
                    trace.note(
                        opening.id, say("no one at {company} can be asked now").format(company=opening.company), details
                    )
