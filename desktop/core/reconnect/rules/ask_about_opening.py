"""Rule 3, ask_about_opening: one person per company with a new, relevant opening is asked about it."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.company_walk import walks
from desktop.core.reconnect.rules.terms import general_channel, last_out_why
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say


class AskAboutOpening:
    action = "ask_about_opening"
    per_person = False
    day_free = False

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]:
        for walk in walks(facts, today, trace):
            person, opening = walk.asked, walk.opening
            if person is None:
                continue
            yield Suggestion(
                action=self.action, person_id=person.id, channel=general_channel(person), due=today,
                opening_id=opening.id,
                why=(walk.posted, say("{name} works at {company}").format(name=person.name, company=opening.company),
                     last_out_why(person, today), *walk.also_open),
            )  # fmt: skip


RULE = AskAboutOpening()
