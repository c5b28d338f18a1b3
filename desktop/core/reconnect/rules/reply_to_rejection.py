"""Rule 1, reply_to_rejection: a prompt, friendly reply to whoever turned me down."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date, datetime, timedelta

from desktop.core.reconnect.facts import Facts, PersonFacts
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.terms import stage_word
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say


def reply_channel(person: PersonFacts) -> str:
    """The reply is the connection note when not connected yet; else e-mail, else a LinkedIn message."""
    if person.linkedin_url and not person.connected:
        return "linkedin_note"
    if person.email:
        return "email"
    if person.connected:
        return "linkedin_message"
    return "other"


def rejection_of(process_id: int, facts: Facts) -> tuple[int, datetime] | None:
    """Who delivered the rejection of a process, and when."""
    process = facts.processes[process_id]
    if process.rejection is not None:
        return process.rejection
    if process.ended_on is None:
        return None
    for role in ("recruiter", "hiring_manager"):
        for person_id, contact_role in process.contacts:
            if contact_role == role:
                return person_id, datetime.combine(process.ended_on, datetime.min.time())
    return None


class ReplyToRejection:
    action = "reply_to_rejection"
    per_person = True
    day_free = False

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]:
        window, lapse = facts.settings["reply_window_days"], facts.settings["reply_lapse_days"]
        for process in facts.processes.values():
            if process.candidate_id is not None or process.outcome != "rejected":
                continue
            delivered = rejection_of(process.id, facts)
            if delivered is None:
                continue
            person_id, at = delivered
            if only is not None and person_id not in only:
                continue
            person = facts.people.get(person_id)
            if person is None or person.excluded:
                continue
            last_out = person.touches.last_out
            rejected_on = at.date()
            if (last_out is not None and last_out > at) or not rejected_on <= today <= rejected_on + timedelta(lapse):
                continue
            opening = facts.openings.get(process.opening_id)
            role = (
                say("'{title}' at {company}").format(title=opening.title, company=opening.company)
                if opening
                else say("the role")
            )
            stage = (
                say(", after reaching the {stage} stage").format(stage=stage_word(process.stage_reached))
                if process.stage_reached
                else ""
            )
            channel = reply_channel(person)
            why = [
                say("{name} turned you down for {role} on {day}{stage}").format(
                    name=person.name, role=role, day=rejected_on, stage=stage
                ),
                say("You have not replied since"),
                say("A prompt, friendly reply keeps the door open: best by {day}").format(
                    day=rejected_on + timedelta(window)
                ),
            ]
            if channel == "linkedin_note":
                why.append(say("Not connected yet: the reply can be the note of a LinkedIn connection request"))
            if channel == "other":
                why.append(
                    say("No e-mail address or LinkedIn profile is known for {name}: add one to reach them").format(
                        name=person.name
                    )
                )
            yield Suggestion(
                action=self.action, person_id=person_id, channel=channel, due=rejected_on, why=tuple(why),
                opening_id=process.opening_id, overdue_after=rejected_on + timedelta(window),
                rank=(rejected_on.toordinal(),),
            )  # fmt: skip


RULE = ReplyToRejection()
