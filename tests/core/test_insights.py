"""Insights numbers against a hand-built search: every value below was counted by hand from the scenario."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.insights import (
    ContactAges,
    contact_ages,
    funnel,
    insights,
    outreach_per_week,
    reply_rates,
    response_times,
    turned_rejections,
)
from desktop.core.openings import add_opening
from desktop.core.people import create_person, update_person
from desktop.core.settings import get_settings
from desktop.core.timeline import log_interaction
from desktop.store.models import Process, ProcessContact

TODAY = date(2026, 3, 2)  # a Monday


def process(opening: int, stage: str, outcome: str, ended: date | None = None, contact: int | None = None) -> int:
    row = Process.create(
        opening=opening, stage_reached=stage, outcome=outcome, started_on=date(2026, 1, 5), ended_on=ended
    )
    if contact is not None:
        ProcessContact.create(process=row.id, person=contact, role="recruiter")
    return int(row.id)


def test_the_funnel_counts_ended_processes_by_stage_and_open_ones_apart(db: object) -> None:
    opening = add_opening("Acme", "Analyst", date(2026, 1, 1)).value
    process(opening, "screen", "rejected", date(2026, 2, 1))
    process(opening, "screen", "withdrawn", date(2026, 2, 2))
    process(opening, "final", "rejected", date(2026, 2, 3))
    process(opening, "offer", "offer", date(2026, 2, 4))
    process(opening, "interview", "pending")
    result = funnel()
    assert result.ended_at == {"applied": 0, "screen": 2, "interview": 0, "onsite": 0, "final": 1, "offer": 1}
    assert result.still_open == 1


def test_a_rejection_counts_as_turned_when_its_contact_wrote_or_met_me_on_a_later_day(db: object) -> None:
    opening = add_opening("Acme", "Analyst", date(2026, 1, 1)).value
    anna, ben, cleo = (create_person({"name": n}).value for n in ("Anna", "Ben", "Cleo"))
    process(opening, "interview", "rejected", date(2026, 2, 1), anna)
    process(opening, "screen", "rejected", date(2026, 2, 1), ben)
    process(opening, "screen", "rejected", date(2026, 2, 1), cleo)
    log_interaction(anna, "email", "in", datetime(2026, 2, 10, 9, 0))  # she wrote back later: turned
    log_interaction(ben, "email", "in", datetime(2026, 2, 1, 9, 0))  # the same day: the rejection itself
    log_interaction(cleo, "email", "out", datetime(2026, 2, 12, 9, 0))  # only I wrote: not a conversation
    result = turned_rejections()
    assert (result.rejections, result.turned) == (3, 1)
    assert round(result.share, 3) == 0.333


def test_outreach_is_counted_per_monday_week_over_52_weeks(db: object) -> None:
    anna = create_person({"name": "Anna"}).value
    log_interaction(anna, "email", "out", datetime(2026, 3, 2, 8, 0))  # this week (Monday 2 Mar)
    log_interaction(anna, "call", "out", datetime(2026, 2, 28, 8, 0))  # Saturday: week of 23 Feb
    log_interaction(anna, "linkedin_message", "out", datetime(2026, 2, 23, 8, 0))  # Monday 23 Feb
    log_interaction(anna, "email", "in", datetime(2026, 2, 24, 8, 0))  # they wrote: not outreach
    log_interaction(anna, "email", "out", datetime(2025, 3, 1, 8, 0))  # 53 weeks ago: outside
    weeks = outreach_per_week(TODAY)
    assert len(weeks) == 52
    assert weeks[0][0] == date(2025, 3, 10)
    assert weeks[-1] == (date(2026, 3, 2), 1)
    assert weeks[-2] == (date(2026, 2, 23), 2)
    assert sum(count for _, count in weeks) == 3


def test_reply_rates_and_response_times_count_answers_within_the_lapse(db: object) -> None:
    acme = add_opening("Acme", "Analyst", date(2026, 1, 1)).value
    anna = create_person({"name": "Anna", "company": "Acme"}).value
    ben = create_person({"name": "Ben", "company": "Beta"}).value
    log_interaction(anna, "email", "out", datetime(2026, 1, 1, 9, 0))  # check-in, answered 2 days later
    log_interaction(anna, "email", "in", datetime(2026, 1, 3, 9, 0))
    log_interaction(
        anna, "email", "out", datetime(2026, 1, 20, 9, 0), opening_id=acme
    )  # opening ask, answered in 1 day
    log_interaction(anna, "linkedin_message", "in", datetime(2026, 1, 21, 9, 0))
    log_interaction(ben, "email", "out", datetime(2026, 1, 1, 9, 0))  # check-in, answered after 20 days: too late
    log_interaction(ben, "email", "in", datetime(2026, 1, 21, 9, 0))
    log_interaction(ben, "intro_request", "out", datetime(2026, 2, 1, 9, 0))  # intro request, never answered
    rates = {r.kind: (r.sent, r.answered) for r in reply_rates(14)}
    assert rates == {"check_in": (2, 1), "opening_ask": (1, 1), "intro_request": (1, 0)}
    times = response_times(14)
    assert [(t.company, t.answered, t.average_days) for t in times] == [("Acme", 2, 1.5)]


def test_days_since_last_contact_fall_in_30_day_buckets_with_the_never_contacted_apart(db: object) -> None:
    for name, day in (
        ("A", date(2026, 3, 1)),
        ("B", date(2026, 1, 1)),
        ("C", date(2025, 11, 2)),
        ("D", date(2024, 1, 1)),
    ):
        person = create_person({"name": name}).value
        log_interaction(person, "email", "out", datetime(day.year, day.month, day.day, 12, 0))
    create_person({"name": "Never"})
    archived = create_person({"name": "Gone"}).value
    update_person(archived, {"archived": True})
    ages = contact_ages(TODAY)
    # A 1 day → bucket 0; B 60 days → bucket 2; C 120 days → bucket 4; D 791 days → the last bucket
    assert ages == ContactAges([1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], 1)
    assert ContactAges.label_days(4) == (120, 149) and ContactAges.label_days(12) == (360, None)


def test_an_empty_database_has_zeroes_everywhere(db: object) -> None:
    result = insights(TODAY, get_settings())
    assert result.funnel.still_open == 0 and sum(result.funnel.ended_at.values()) == 0
    assert (result.turned.rejections, result.turned.share) == (0, 0.0)
    assert sum(n for _, n in result.outreach) == 0
    assert [r.rate for r in result.replies] == [0.0, 0.0, 0.0]
    assert result.response_times == [] and result.ages == ContactAges([0] * 13, 0)
    assert result.cadence == (90, 120)


def test_reply_rates_count_only_the_messages_sent_since_the_given_day(db: object) -> None:
    anna = create_person({"name": "Anna", "company": "Acme"}).value
    log_interaction(anna, "email", "out", datetime(2025, 1, 1, 9, 0))  # more than a year before TODAY
    log_interaction(anna, "email", "in", datetime(2025, 1, 2, 9, 0))
    log_interaction(anna, "email", "out", datetime(2026, 2, 1, 9, 0))  # unanswered
    since = date(2025, 3, 2)
    assert [(r.kind, r.sent, r.answered) for r in reply_rates(14, since)][0] == ("check_in", 1, 0)
    assert response_times(14, since) == []
    assert [t.company for t in response_times(14)] == ["Acme"]
