"""Rule 7, check_in: the cadence counts from the last outbound touch, else the latest touch, else a rejected process."""

from __future__ import annotations

import pytest

from desktop.core.reconnect import actions
from tests.core.reconnect.scenario import World


@pytest.mark.parametrize(
    ("days_since", "shown", "overdue"),
    [(0, False, None), (89, False, None), (90, True, False), (120, True, False), (121, True, True), (400, True, True)],
)
def test_cadence_from_the_last_outbound_touch(world: World, days_since: int, shown: bool, overdue: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 200)
    world.wrote(tom, 0)

    card = world.card(tom, days_since)
    if not shown:
        assert card is None
        return
    assert card["action"] == "check_in"
    assert card["due"] == world.day(90).isoformat()
    assert card["overdue"] is overdue


def test_the_last_outbound_touch_wins_over_a_later_inbound_one(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    world.heard(tom, 10)

    card = world.card(tom)
    assert card["action"] == "check_in"
    assert card["due"] == world.ago(10).isoformat()


def test_without_outbound_touches_the_latest_inbound_touch_counts(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 300)
    world.heard(tom, 95, kind="call")

    card = world.card(tom)
    assert card["action"] == "check_in"
    assert card["due"] == world.ago(5).isoformat()
    assert world.card(tom, -6) is None


def test_without_touches_the_end_of_a_rejected_process_counts(world: World) -> None:
    ida = world.person("Ida Interviewer", "Acme GmbH")
    opening = world.opening("Data Analyst", status="closed", days_ago=300)
    world.process(opening, contacts=[(ida, "interviewer")], ended_ago=100)

    card = world.card(ida)
    assert card["action"] == "check_in"
    assert card["due"] == world.ago(10).isoformat()
    assert card["overdue"] is False
    assert world.card(ida, -11) is None
    assert world.card(ida, 21)["overdue"] is True


def test_the_latest_rejected_process_counts(world: World) -> None:
    ida = world.person("Ida Interviewer", "Acme GmbH")
    first = world.opening("Data Analyst", status="closed", days_ago=400)
    second = world.opening("BI Analyst", status="closed", days_ago=300)
    world.process(first, contacts=[(ida, "interviewer")], ended_ago=300)
    world.process(second, contacts=[(ida, "interviewer")], ended_ago=95)

    assert world.card(ida)["due"] == world.ago(5).isoformat()


def test_a_touch_counts_before_a_rejected_process(world: World) -> None:
    """The brief's reading of "their latest touch or the rejection date": a touch, when there is one, comes first."""
    ida = world.person("Ida Interviewer", "Acme GmbH")
    world.heard(ida, 200)
    opening = world.opening("Data Analyst", status="closed", days_ago=300)
    world.process(opening, contacts=[(ida, "interviewer")], ended_ago=50)

    assert world.card(ida)["due"] == world.ago(110).isoformat()


def test_a_contact_of_a_process_that_was_not_rejected_has_no_reference(world: World) -> None:
    ida = world.person("Ida Interviewer", "Acme GmbH")
    opening = world.opening("Data Analyst", status="closed", days_ago=300)
    world.process(opening, contacts=[(ida, "interviewer")], outcome="pending", ended_ago=200)

    assert world.plan() == []
    assert world.plan(365) == []


def test_people_who_are_not_known_get_no_check_in(world: World) -> None:
    world.person("Sam Stranger", "Acme GmbH", connected=True, linkedin=True)
    noted = world.person("Nora Noted", "Acme GmbH")
    world.note(noted, 200)
    moved = world.person("Max Moved", "Acme GmbH")
    world.job_change(moved, 200)

    assert world.plan() == []
    assert world.plan(365) == []


def test_check_in_settings_are_respected(world: World) -> None:
    world.set("checkin_min_days", 30)
    world.set("checkin_overdue_days", 40)
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 0)

    assert world.card(tom, 29) is None
    assert world.card(tom, 30)["overdue"] is False
    assert world.card(tom, 40)["overdue"] is False
    assert world.card(tom, 41)["overdue"] is True


def test_why_says_when_we_last_wrote(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 95)

    assert world.ago(95).isoformat() in world.card(tom)["why"][0]


def test_why_says_who_wrote_last_and_when(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 95)
    ida = world.person("Ida Inbound", "Acme GmbH")
    world.heard(ida, 100)  # she wrote; I never wrote to her

    cadence = "Stay in touch, but not too often: every 90–120 days"
    assert world.card(tom)["why"] == ["You last wrote to Tom Weber on 2025-11-27", cadence]
    assert world.card(ida)["why"] == ["Ida Inbound last wrote to you on 2025-11-22", cadence]


@pytest.mark.parametrize(("days_since", "coming"), [(75, False), (76, True), (89, True), (90, False)])
def test_coming_up_within_14_days(world: World, days_since: int, coming: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, days_since)

    plan, later = world.engine().today_and_coming(world.today)
    assert [s.person_id for s in later] == ([tom] if coming else [])
    if coming:
        assert later[0].action == "check_in"
        assert later[0].due == world.ago(days_since - 90)
        assert plan == []
    assert (tom in [s.person_id for s in plan]) is (days_since >= 90)


def test_coming_up_over_a_longer_window_as_the_calendar_export_asks(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 70)  # a check-in due in 20 days

    assert world.engine().today_and_coming(world.today)[1] == []  # 14 days by default
    plan, coming = world.engine().today_and_coming(world.today, 30)
    assert [(s.action, s.person_id, s.due) for s in coming] == [("check_in", tom, world.day(20))]


def test_coming_up_is_ordered_by_due_date_and_leaves_out_todays_people(world: World) -> None:
    soon = world.person("Zed Soon", "Acme GmbH")
    world.wrote(soon, 88)
    later = world.person("Abe Later", "Acme GmbH")
    world.wrote(later, 80)
    busy = world.person("Bea Busy", "Acme GmbH")
    world.wrote(busy, 85)
    world.rejected_by(busy, 0)

    plan, coming = world.engine().today_and_coming(world.today)
    assert [(s.action, s.person_id) for s in plan] == [("reply_to_rejection", busy)]
    assert [(s.action, s.person_id) for s in coming] == [("check_in", soon), ("check_in", later)]


@pytest.mark.parametrize(
    ("email", "connected", "linkedin", "channel"),
    [
        (True, True, True, "email"),
        (True, False, False, "email"),
        (False, True, True, "linkedin_message"),
        (False, False, True, "linkedin_note"),
        (False, False, False, "other"),
    ],
)
def test_channel(world: World, email: bool, connected: bool, linkedin: bool, channel: str) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", email=email, connected=connected, linkedin=linkedin)
    world.heard(tom, 100)
    if linkedin and not connected:
        actions.dismiss(f"connect_linkedin/{tom}/")  # else connecting comes first

    card = world.card(tom)
    assert (card["action"], card["channel"]) == ("check_in", channel)


def test_someone_with_nothing_to_count_from_does_not_hide_a_check_in_after_them(world: World) -> None:
    nadia = world.person("Nadia New", "Acme GmbH")  # added first, never in touch: nothing to count from
    running = world.opening("BI Analyst", days_ago=100)
    world.process(running, contacts=[(nadia, "interviewer")], outcome="pending")  # known: she interviews me
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)

    assert world.seen() == [("check_in", "Tom Weber")]
