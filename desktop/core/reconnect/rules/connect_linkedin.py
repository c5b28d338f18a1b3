"""Rule 6, connect_linkedin: a known person with a LinkedIn profile I am not connected to."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.terms import days_since, may_approach, people
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say


class ConnectLinkedin:
    action = "connect_linkedin"
    per_person = True
    day_free = False

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]:
        min_days = facts.settings["checkin_min_days"]
        for person in people(facts, only):
            if not person.linkedin_url or person.connected or not may_approach(person, facts):
                continue
            if not facts.known(person.id):
                continue
            requested = person.touches.last_connection_request_out
            if requested is not None and days_since(requested, today) < min_days:
                continue
            why = [say("You know {name} but are not connected on LinkedIn").format(name=person.name)]
            if requested is not None:
                why.append(say("Your last request, on {day}, was not accepted").format(day=requested.date()))
            yield Suggestion(
                action=self.action, person_id=person.id, channel="linkedin_note", due=today, why=tuple(why)
            )


RULE = ConnectLinkedin()
