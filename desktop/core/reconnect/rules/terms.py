"""The terms of spec/reconnect-rules.md that more than one rule uses."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date, datetime

from desktop.core.reconnect.facts import Facts, PersonFacts
from desktop.texts import say

CONTACT_RANK = {"recruiter": 0, "hiring_manager": 1, "interviewer": 2}
STAGE_RANK = {"final": 0, "onsite": 1}


def days_since(moment: datetime | date, today: date) -> int:
    day = moment.date() if isinstance(moment, datetime) else moment
    return (today - day).days


def stage_word(stage: str) -> str:
    """A stage of a process as the facts name it: ``screen`` (in the interface's language, see desktop/texts.py)."""
    words = {"applied": say("applied"), "screen": say("screen"), "interview": say("interview"),
             "onsite": say("onsite"), "final": say("final"), "offer": say("offer")}  # fmt: skip
    return words.get(stage, stage)


def ago(moment: date, today: date) -> str:
    days = (today - moment).days
    return (say("on {day}, 1 day ago") if days == 1 else say("on {day}, {days} days ago")).format(day=moment, days=days)


def quiet_long_enough(person: PersonFacts, facts: Facts, today: date) -> bool:
    """``last_out`` is none or at least event_min_days ago."""
    last_out = person.touches.last_out
    return last_out is None or days_since(last_out, today) >= facts.settings["event_min_days"]


def quiet_reason(person: PersonFacts, facts: Facts, today: date) -> str | None:
    """Why the person is not quiet long enough, in words (None: they are)."""
    last_out = person.touches.last_out
    if last_out is None or quiet_long_enough(person, facts, today):
        return None
    wait = facts.settings["event_min_days"]
    return f"{person.name}: you wrote {ago(last_out.date(), today)}; leave {wait} days between messages"


def below_unanswered_limit(person: PersonFacts, facts: Facts) -> bool:
    return person.touches.unanswered < facts.settings["max_unanswered"]


def may_approach(person: PersonFacts, facts: Facts) -> bool:
    """Not excluded and below the unanswered limit (the gate of every proactive rule)."""
    return not person.excluded and below_unanswered_limit(person, facts)


def general_channel(person: PersonFacts) -> str:
    if person.email:
        return "email"
    if person.connected:
        return "linkedin_message"
    if person.linkedin_url:
        return "linkedin_note"
    return "other"


def last_out_why(person: PersonFacts, today: date) -> str:
    last_out = person.touches.last_out
    if last_out is None:
        return say("You have not written to {name} yet").format(name=person.name)
    return say("You last wrote to {name} on {day} ({days} days ago)").format(
        name=person.name, day=last_out.date(), days=days_since(last_out, today)
    )


def people(facts: Facts, only: Set[int] | None) -> Iterator[PersonFacts]:
    if only is None:
        yield from facts.people.values()
    else:
        yield from (facts.people[pid] for pid in only if pid in facts.people)


def my_titles(facts: Facts) -> list[str]:
    """A job seeker's titles: target roles plus the titles of the openings of my own processes."""
    titles = list(facts.target_roles)
    for process in facts.processes.values():
        if process.candidate_id is None and process.opening_id in facts.openings:
            titles.append(facts.openings[process.opening_id].title)
    return titles


def candidate_titles(facts: Facts, candidate: PersonFacts) -> list[str]:
    titles = [
        facts.openings[opening_id].title
        for opening_id in facts.candidate_openings.get(candidate.id, [])
        if opening_id in facts.openings
    ]
    if candidate.title:
        titles.append(candidate.title)
    return titles
