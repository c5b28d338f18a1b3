"""The rules of spec/reconnect-rules.md, one function each. Pure: ``Facts`` and ``today`` in, suggestions out.

Rules don't apply the "Always" clauses that span rules (one suggestion per person, the
suggestion states); ``plan.py`` does. Each rule does apply the clauses about its own
people: excluded people (do not contact, archived) and, for proactive rules, the
unanswered limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from desktop.core.reconnect.facts import Facts, OpeningFacts, PersonFacts
from desktop.core.reconnect.relevance import relevance
from desktop.core.reconnect.suggestion import Suggestion

CONTACT_RANK = {"recruiter": 0, "hiring_manager": 1, "interviewer": 2}
STAGE_RANK = {"final": 0, "onsite": 1}


# ------------------------------------------------------------------ shared terms


def days_since(moment: datetime | date, today: date) -> int:
    day = moment.date() if isinstance(moment, datetime) else moment
    return (today - day).days


def quiet_long_enough(person: PersonFacts, facts: Facts, today: date) -> bool:
    """``last_out`` is none or at least event_min_days ago."""
    last_out = person.touches.last_out
    return last_out is None or days_since(last_out, today) >= facts.settings["event_min_days"]


def may_approach(person: PersonFacts, facts: Facts) -> bool:
    """Not excluded and below the unanswered limit (the gate of every proactive rule)."""
    return not person.excluded and person.touches.unanswered < facts.settings["max_unanswered"]


def general_channel(person: PersonFacts) -> str:
    if person.email:
        return "email"
    if person.connected:
        return "linkedin_message"
    if person.linkedin_url:
        return "linkedin_note"
    return "other"


def reply_channel(person: PersonFacts) -> str:
    if person.linkedin_url and not person.connected:
        return "linkedin_note"
    if person.email:
        return "email"
    if person.connected:
        return "linkedin_message"
    return "other"


def _last_out_why(person: PersonFacts, today: date) -> str:
    last_out = person.touches.last_out
    if last_out is None:
        return f"You have not written to {person.name} yet"
    return f"You last wrote to {person.name} on {last_out.date()} ({days_since(last_out, today)} days ago)"


def _fresh(opening: OpeningFacts, facts: Facts, today: date) -> bool:
    if opening.status != "open" or opening.discovered_on is None:
        return False
    age = (today - opening.discovered_on).days
    return 0 <= age <= facts.settings["opening_fresh_days"]


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


# ------------------------------------------------------------------ 1. reply_to_rejection


def _rejection_of(process_id: int, facts: Facts) -> tuple[int, datetime] | None:
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


def _people(facts: Facts, only: set[int] | None) -> Iterator[PersonFacts]:
    if only is None:
        yield from facts.people.values()
    else:
        yield from (facts.people[pid] for pid in only if pid in facts.people)


def reply_to_rejection(facts: Facts, today: date, only: set[int] | None = None) -> Iterator[Suggestion]:
    window, lapse = facts.settings["reply_window_days"], facts.settings["reply_lapse_days"]
    for process in facts.processes.values():
        if process.candidate_id is not None or process.outcome != "rejected":
            continue
        delivered = _rejection_of(process.id, facts)
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
        role = f"'{opening.title}' at {opening.company}" if opening else "the role"
        stage = f", after reaching the {process.stage_reached} stage" if process.stage_reached else ""
        channel = reply_channel(person)
        why = [
            f"{person.name} turned you down for {role} on {rejected_on}{stage}",
            "You have not replied since",
            f"A prompt, friendly reply keeps the door open: best by {rejected_on + timedelta(window)}",
        ]
        if channel == "linkedin_note":
            why.append("Not connected yet: the reply can be the note of a LinkedIn connection request")
        if channel == "other":
            why.append(f"No e-mail address or LinkedIn profile is known for {person.name}: add one to reach them")
        yield Suggestion(
            action="reply_to_rejection", person_id=person_id, channel=channel, due=rejected_on,
            why=tuple(why), opening_id=process.opening_id, overdue_after=rejected_on + timedelta(window),
            rank=(rejected_on.toordinal(),),
        )  # fmt: skip


# ------------------------------------------------------------------ 2. reengage_candidate


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


def reengage_candidate(facts: Facts, today: date) -> Iterator[Suggestion]:
    medalists = silver_medalists(facts)
    if not medalists:
        return
    threshold = facts.settings["relevance_threshold"]
    for opening in facts.openings.values():
        if not opening.mine or opening.status != "open":
            continue
        in_process = {p.candidate_id for p in facts.processes.values() if p.opening_id == opening.id}
        for candidate_id, (stage, ended_on) in medalists.items():
            person = facts.people.get(candidate_id)
            if person is None or candidate_id in in_process or not may_approach(person, facts):
                continue
            if not quiet_long_enough(person, facts, today):
                continue
            score = relevance(opening.title, opening.keywords, candidate_titles(facts, person), person.skills)
            if score < threshold:
                continue
            ended = f" on {ended_on}" if ended_on else ""
            yield Suggestion(
                action="reengage_candidate", person_id=candidate_id, channel=general_channel(person), due=today,
                opening_id=opening.id,
                why=(
                    f"You are filling '{opening.title}' at {opening.company} (relevance {score:.2f})",
                    f"{person.name} reached the {stage} stage in an earlier process and was turned down{ended}",
                    _last_out_why(person, today),
                ),
                rank=(-score, STAGE_RANK[stage], -(ended_on or date.min).toordinal()),
            )  # fmt: skip


# ------------------------------------------------------------------ 3. ask_about_opening and 4. ask_for_intro


def _ask_candidates(company_id: int, facts: Facts, today: date) -> list[PersonFacts]:
    """People at the company worth asking, best first (rule 3's ranking)."""
    contact_rank: dict[int, int] = {}
    for process in facts.processes.values():
        if process.candidate_id is None and process.outcome == "rejected":
            for person_id, role in process.contacts:
                if role in CONTACT_RANK:
                    contact_rank[person_id] = min(contact_rank.get(person_id, 9), CONTACT_RANK[role])
    found = []
    for person in facts.people_at(company_id):
        if person.excluded:
            continue
        if not (facts.known(person.id) or person.connected) or not quiet_long_enough(person, facts, today):
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
    """People connected to me with an edge to the target, quiet long enough, best first (rule 4)."""
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


def ask_about_opening(facts: Facts, today: date) -> Iterator[Suggestion]:
    """Rules 3 and 4: one suggestion per company with a fresh relevant opening."""
    threshold = facts.settings["relevance_threshold"]
    titles = my_titles(facts)
    by_company: dict[int, list[tuple[float, OpeningFacts]]] = {}
    for opening in facts.openings.values():
        if opening.mine or not _fresh(opening, facts, today):
            continue
        score = relevance(opening.title, opening.keywords, titles, facts.keywords)
        if score >= threshold:
            by_company.setdefault(opening.company_id, []).append((score, opening))
    for company_id, scored in sorted(by_company.items()):
        last_asked = facts.opening_touches.get(company_id)
        if last_asked is not None and days_since(last_asked, today) < facts.settings["checkin_min_days"]:
            continue
        scored.sort(key=lambda item: (-item[0], -(item[1].discovered_on or date.min).toordinal(), item[1].id))
        score, opening = scored[0]
        others = [f"'{o.title}' (relevance {s:.2f})" for s, o in scored[1:]]
        posted = f"{opening.company} posted '{opening.title}' on {opening.discovered_on} (relevance {score:.2f})"
        why_others = (f"Also open there: {', '.join(others)}",) if others else ()
        for person in _ask_candidates(company_id, facts, today):
            if person.reachable and person.touches.unanswered < facts.settings["max_unanswered"]:
                yield Suggestion(
                    action="ask_about_opening", person_id=person.id, channel=general_channel(person), due=today,
                    opening_id=opening.id,
                    why=(posted, f"{person.name} works at {opening.company}", _last_out_why(person, today),
                         *why_others),
                )  # fmt: skip
                break
            helpers = mutuals(person.id, facts, today)
            if helpers:
                helper = helpers[0]
                reason = (
                    f"{person.name} is not reachable directly (no e-mail, not connected)"
                    if not person.reachable
                    else f"{person.name} has not answered your last {person.touches.unanswered} messages"
                )
                yield Suggestion(
                    action="ask_for_intro", person_id=helper.id, channel=general_channel(helper), due=today,
                    opening_id=opening.id, target_id=person.id,
                    why=(posted, reason, f"{helper.name} knows {person.name} and is connected to you", *why_others),
                )  # fmt: skip
                break


# ------------------------------------------------------------------ 5. congratulate_new_role


def congratulate_new_role(facts: Facts, today: date, only: set[int] | None = None) -> Iterator[Suggestion]:
    fresh_days = facts.settings["job_change_fresh_days"]
    for person in _people(facts, only):
        change = person.touches.job_change
        if change is None or not may_approach(person, facts):
            continue
        at, subject = change
        if not 0 <= days_since(at, today) <= fresh_days or not facts.known(person.id):
            continue
        if not quiet_long_enough(person, facts, today):
            continue
        moved = f" ({subject})" if subject else ""
        yield Suggestion(
            action="congratulate_new_role", person_id=person.id, channel=general_channel(person), due=today,
            why=(f"{person.name} changed jobs on {at.date()}{moved}", _last_out_why(person, today)),
        )  # fmt: skip


# ------------------------------------------------------------------ 6. connect_linkedin


def connect_linkedin(facts: Facts, today: date, only: set[int] | None = None) -> Iterator[Suggestion]:
    min_days = facts.settings["checkin_min_days"]
    for person in _people(facts, only):
        if not person.linkedin_url or person.connected or not may_approach(person, facts):
            continue
        if not facts.known(person.id):
            continue
        requested = person.touches.last_connection_request_out
        if requested is not None and days_since(requested, today) < min_days:
            continue
        why = [f"You know {person.name} but are not connected on LinkedIn"]
        if requested is not None:
            why.append(f"Your last request, on {requested.date()}, was not accepted")
        yield Suggestion(
            action="connect_linkedin", person_id=person.id, channel="linkedin_note", due=today, why=tuple(why)
        )


# ------------------------------------------------------------------ 7. check_in


def checkin_reference(person: PersonFacts, facts: Facts) -> tuple[date, str] | None:
    """The date the check-in cadence counts from, and what it is."""
    if person.touches.last_out is not None:
        return person.touches.last_out.date(), f"You last wrote to {person.name} on {person.touches.last_out.date()}"
    if person.last_touch is not None:
        return person.last_touch.date(), f"{person.name} last wrote to you on {person.last_touch.date()}"
    ended = facts.contact_rejections.get(person.id)
    if ended:
        day = ended
        return day, f"You met {person.name} in a process that ended on {day}"
    return None


def checkin_for(person: PersonFacts, facts: Facts) -> Suggestion | None:
    """The person's check-in, whatever the day (its due date follows from the facts alone), or None."""
    if not may_approach(person, facts) or not facts.known(person.id):
        return None
    reference = checkin_reference(person, facts)
    if reference is None:
        return None
    min_days, overdue_days = facts.settings["checkin_min_days"], facts.settings["checkin_overdue_days"]
    day, fact = reference
    return Suggestion(
        action="check_in", person_id=person.id, channel=general_channel(person), due=day + timedelta(min_days),
        overdue_after=day + timedelta(overdue_days),
        why=(fact, f"Stay in touch, but not too often: every {min_days}–{overdue_days} days"),
    )  # fmt: skip


# Rules that look at one person at a time (re-run for just the people whose facts changed; rule 7,
# ``checkin_for``, does not depend on the day and is kept per person by the engine) and rules that
# look across people (re-run in full: they walk openings, which are few).
PERSON_RULES = (reply_to_rejection, congratulate_new_role, connect_linkedin)
OPENING_RULES = (reengage_candidate, ask_about_opening)


def opening_suggestions(facts: Facts, today: date) -> list[Suggestion]:
    """Every visible suggestion of the opening rules (re-engage, ask, intro), before one-per-person."""
    from desktop.core.reconnect.plan import visible

    return [s for rule in OPENING_RULES for s in rule(facts, today) if visible(s, facts, today)]
