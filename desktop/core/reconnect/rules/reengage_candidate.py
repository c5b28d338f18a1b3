"""Rule 2, reengage_candidate (recruiters): a silver medalist of an earlier process for a role I am filling."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date

from desktop.core.reconnect.facts import Facts, OpeningFacts, PersonFacts
from desktop.core.reconnect.relevance import relevance
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.terms import (
    STAGE_RANK,
    candidate_titles,
    general_channel,
    last_out_why,
    may_approach,
    quiet_long_enough,
    quiet_reason,
    stage_word,
)
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say


def silver_medalists(facts: Facts) -> dict[int, tuple[str, date | None]]:
    """Candidates whose process reached onsite or final and ended rejected: best stage, latest end."""
    found: dict[int, tuple[str, date | None]] = {}
    for process in facts.processes.values():
        if process.candidate_id is None or process.outcome != "rejected":
            continue
        if process.stage_reached not in STAGE_RANK:
            continue
        best = found.get(process.candidate_id)
        candidate = (process.stage_reached, process.ended_on)
        if best is None or (STAGE_RANK[candidate[0]], -(candidate[1] or date.min).toordinal()) < (
            STAGE_RANK[best[0]],
            -(best[1] or date.min).toordinal(),
        ):
            found[process.candidate_id] = candidate
    return found


def candidate_relevance(opening: OpeningFacts, candidate: PersonFacts, facts: Facts) -> float:
    return relevance(opening.title, opening.keywords, candidate_titles(facts, candidate), candidate.skills)


def _passed_over(person: PersonFacts, in_process: bool) -> str:
    """Why a silver medalist who is in a process for the opening, or may not be approached, is left out."""
    if in_process:
        return f"{person.name}: already in a process for this role"
    if person.excluded:
        return f"{person.name}: marked “do not contact”, or archived"
    return f"{person.name}: has not answered your last {person.touches.unanswered} messages"


class ReengageCandidate:
    action = "reengage_candidate"
    per_person = False
    day_free = False

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]:
        medalists = silver_medalists(facts)
        if not medalists and trace is None:
            return
        threshold = facts.settings["relevance_threshold"]
        for opening in facts.openings.values():
            if not opening.mine:
                continue
            if opening.status != "open":
                if trace is not None:
                    trace.note(opening.id, "it is closed")
                continue
            if not medalists:
                assert trace is not None
                trace.note(opening.id, "no past candidate reached the onsite or final stage and was turned down")
                continue
            in_process = {p.candidate_id for p in facts.processes.values() if p.opening_id == opening.id}
            details: list[str] = []
            below: list[tuple[float, str]] = []  # (relevance, name) of those turned away by relevance alone
            fired = False
            for candidate_id, (stage, ended_on) in medalists.items():
                person = facts.people.get(candidate_id)
                if person is None:
                    continue
                if candidate_id in in_process or not may_approach(person, facts):
                    if trace is not None:
                        details.append(_passed_over(person, candidate_id in in_process))
                    continue
                if not quiet_long_enough(person, facts, today):
                    if trace is not None:
                        details.append(quiet_reason(person, facts, today) or "")
                    continue
                score = candidate_relevance(opening, person, facts)
                if score < threshold:
                    if trace is not None:
                        below.append((score, person.name))
                        details.append(f"{person.name}: not relevant enough ({score:.2f} < {threshold:.2f})")
                    continue
                fired = True
                ended = say(" on {day}").format(day=ended_on) if ended_on else ""
                yield Suggestion(
                    action=self.action, person_id=candidate_id, channel=general_channel(person), due=today,
                    opening_id=opening.id,
                    why=(
                        say("You are filling '{title}' at {company} (relevance {score:.2f})").format(
                            title=opening.title, company=opening.company, score=score
                        ),
                        say("{name} reached the {stage} stage in an earlier process and was turned down{ended}").format(
                            name=person.name, stage=stage_word(stage), ended=ended
                        ),
                        last_out_why(person, today),
                    ),
                    rank=(-score, STAGE_RANK[stage], -(ended_on or date.min).toordinal()),
                )  # fmt: skip
            if trace is not None and not fired:
                if below and len(below) == len(details):
                    best, name = max(below)
                    reason = f"no past candidate is relevant enough (best: {name}, {best:.2f} < {threshold:.2f})"
                else:
                    reason = "no past candidate can be approached now"
                trace.note(opening.id, reason, details)


RULE = ReengageCandidate()
