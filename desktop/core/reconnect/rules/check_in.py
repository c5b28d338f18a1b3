"""Rule 7, check_in: stay in touch with a known person, not too often and not too rarely.

Its due date follows from the facts alone, so the rule does not depend on the day
(``day_free``): the engine keeps each person's check-in until their facts change.
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date, timedelta

from desktop.core.members import named
from desktop.core.reconnect.facts import Facts, PersonFacts
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.terms import general_channel, may_approach, people
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say


def colleague_of(person: PersonFacts, facts: Facts) -> str | None:
    """On a team server, the colleague who logged the touch the check-in counts from (None: I did, or a file):
    the name they gave the team, else their role."""
    by = person.touches.last_by
    if by is None or facts.member is None or by == facts.member:
        return None
    return named(by, facts.member_names)


def reference_day(person: PersonFacts) -> date | None:
    """The day of the touch the check-in counts from: the latest outbound one, else the latest of any."""
    touch = person.touches.last_out or person.last_touch
    return touch.date() if touch is not None else None


def checkin_reference(person: PersonFacts, facts: Facts) -> tuple[date, str] | None:
    """The date the check-in cadence counts from (every team member's touches count), and what it is."""
    colleague = colleague_of(person, facts)
    if person.touches.last_out is not None:
        day = person.touches.last_out.date()
        if colleague is not None:
            return day, say("{colleague} spoke with {name} on {day}").format(
                colleague=colleague, name=person.name, day=day
            )
        return day, say("You last wrote to {name} on {day}").format(name=person.name, day=day)
    if person.last_touch is not None:
        day = person.last_touch.date()
        if colleague is not None:
            return day, say("{name} last wrote to {colleague} on {day}").format(
                colleague=colleague, name=person.name, day=day
            )
        return day, say("{name} last wrote to you on {day}").format(name=person.name, day=day)
    ended = facts.contact_rejections.get(person.id)
    if ended:
        return ended, say("You met {name} in a process that ended on {day}").format(name=person.name, day=ended)
    return None


class CheckIn:
    action = "check_in"
    per_person = True
    day_free = True

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]:
        min_days, overdue_days = facts.settings["checkin_min_days"], facts.settings["checkin_overdue_days"]
        cadence = say("Stay in touch, but not too often: every {low}–{high} days").format(
            low=min_days, high=overdue_days
        )
        dates: dict[date, tuple[date, date]] = {}  # reference → (due, overdue after): a few thousand days, held once
        for person in people(facts, only):
            if not may_approach(person, facts) or not facts.known(person.id):
                continue
            reference = checkin_reference(person, facts)
            if reference is None:
                continue
            day, fact = reference
            due = dates.get(day)
            if due is None:
                due = dates[day] = (day + timedelta(min_days), day + timedelta(overdue_days))
            yield Suggestion(
                action=self.action, person_id=person.id, channel=general_channel(person), due=due[0],
                overdue_after=due[1], why=(fact, cadence),  # one cadence string for all 69,000 check-ins at 100k people
            )  # fmt: skip


RULE = CheckIn()
