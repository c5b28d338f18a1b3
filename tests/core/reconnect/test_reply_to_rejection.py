"""Rule 1, reply_to_rejection: who delivered the no, when the reply is due, when it lapses, over which channel."""

from __future__ import annotations

import pytest

from tests.core.reconnect.scenario import World


def test_fires_on_the_rejection_day_due_that_day(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", title="Recruiter")
    world.rejected_by(tom, 0)

    [card] = world.cards()
    assert card["action"] == "reply_to_rejection"
    assert card["person"]["id"] == tom
    assert card["due"] == world.today.isoformat()
    assert card["overdue"] is False
    assert card["opening"]["title"] == "Data Analyst"
    assert card["opening"]["company"] == "Acme GmbH"


def test_earlier_processes_without_a_reply_to_make_do_not_hide_the_rejection(world: World) -> None:
    ana = world.person("Ana Recruiter", "Globex AG")
    running = world.opening("BI Analyst", "Globex AG", days_ago=100)
    world.process(running, contacts=[(ana, "recruiter")], outcome="pending")  # my first process: still running
    silent = world.opening("BI Analyst", "Initech", days_ago=100)
    world.process(silent, outcome="rejected")  # my second: rejected, but nobody to say who delivered it, nor when
    answered = world.person("Ann Answered", "Hooli")
    world.rejected_by(answered, 5, company="Hooli")
    world.wrote(answered, 4)  # my third: rejected, and I replied
    blocked = world.person("Bea Blocked", "Umbrella", do_not_contact=True)
    world.rejected_by(blocked, 0, company="Umbrella")  # my fourth: rejected by someone I must not contact
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0)

    assert world.seen() == [("reply_to_rejection", "Tom Weber")]


@pytest.mark.parametrize(("days_after", "overdue"), [(1, False), (2, False), (3, True), (14, True)])
def test_overdue_after_the_reply_window(world: World, days_after: int, overdue: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0)

    [card] = world.cards(days_after)
    assert card["action"] == "reply_to_rejection"
    assert card["due"] == world.today.isoformat()
    assert card["overdue"] is overdue


@pytest.mark.parametrize(("days_after", "asked"), [(13, True), (14, True), (15, False), (40, False)])
def test_lapses_after_reply_lapse_days(world: World, days_after: int, asked: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0)

    assert (world.action(tom, days_after) == "reply_to_rejection") is asked
    if not asked:
        assert world.plan(days_after) == []


def test_reply_settings_are_respected(world: World) -> None:
    world.set("reply_window_days", 5)
    world.set("reply_lapse_days", 20)
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0)

    assert world.card(tom, 5)["overdue"] is False
    assert world.card(tom, 6)["overdue"] is True
    assert world.action(tom, 20) == "reply_to_rejection"
    assert world.action(tom, 21) is None


def test_an_outbound_touch_later_the_same_day_is_a_reply(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0, hour=9)
    world.wrote(tom, 0, hour=9, minute=1)

    assert world.plan() == []
    assert world.plan(3) == []


def test_an_outbound_touch_at_the_same_minute_is_not_a_reply(world: World) -> None:
    # "no outbound touch to that person happened after the rejection (compare full timestamps)"
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0, hour=9)
    world.wrote(tom, 0, hour=9)

    assert world.action(tom) == "reply_to_rejection"


def test_an_outbound_touch_earlier_the_same_day_is_not_a_reply(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 0, hour=8, minute=59)
    world.rejected_by(tom, 0, hour=9)

    assert world.action(tom) == "reply_to_rejection"


def test_an_outbound_touch_on_a_later_day_is_a_reply(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 3)
    world.wrote(tom, 1, kind="linkedin_message")

    assert world.plan() == []


def test_a_note_is_not_a_reply(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0, hour=9)
    world.note(tom, 0, hour=11)

    assert world.action(tom) == "reply_to_rejection"


def test_an_outbound_note_is_not_a_reply_either(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0, hour=9)
    world.wrote(tom, 0, kind="note", hour=11)

    assert world.action(tom) == "reply_to_rejection"


def test_the_deliverer_is_the_person_of_the_latest_inbound_rejection(world: World) -> None:
    rec = world.person("Rita Recruiter", "Acme GmbH")
    boss = world.person("Bea Boss", "Acme GmbH")
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    process = world.process(opening, contacts=[(rec, "recruiter"), (boss, "hiring_manager")], ended_ago=2)
    world.rejection_message(rec, process, 4)
    world.rejection_message(boss, process, 2)

    assert world.seen() == [("reply_to_rejection", "Bea Boss")]
    assert world.card(boss)["due"] == world.ago(2).isoformat()


def test_a_rejection_of_another_process_does_not_count(world: World) -> None:
    rec = world.person("Rita Recruiter", "Acme GmbH")
    other = world.person("Otto Other", "Globex AG")
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    process = world.process(opening, contacts=[(rec, "recruiter")], ended_ago=2)
    other_opening = world.opening("Data Analyst", "Globex AG", status="closed", days_ago=60)
    world.process(other_opening, contacts=[(other, "recruiter")], outcome="pending")
    world.rejection_message(rec, process, 2)
    # a rejection from Otto that is not linked to Rita's process
    world.heard(other, 1, kind="rejection")

    assert world.seen() == [("reply_to_rejection", "Rita Recruiter")]


def test_without_a_rejection_message_the_recruiter_delivered_it_on_ended_on(world: World) -> None:
    boss = world.person("Aaron Boss", "Acme GmbH")
    rec = world.person("Zoe Recruiter", "Acme GmbH")
    peer = world.person("Ida Interviewer", "Acme GmbH")
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    world.process(opening, contacts=[(boss, "hiring_manager"), (peer, "interviewer"), (rec, "recruiter")], ended_ago=1)

    assert world.seen() == [("reply_to_rejection", "Zoe Recruiter")]
    assert world.card(rec)["due"] == world.ago(1).isoformat()


def test_without_a_recruiter_the_hiring_manager_delivered_it(world: World) -> None:
    boss = world.person("Zed Boss", "Acme GmbH")
    peer = world.person("Ida Interviewer", "Acme GmbH")
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    world.process(opening, contacts=[(peer, "interviewer"), (boss, "hiring_manager")], ended_ago=3)

    [card] = world.cards()
    assert (card["action"], card["person"]["id"]) == ("reply_to_rejection", boss)
    assert card["due"] == world.ago(3).isoformat()
    assert card["overdue"] is True


def test_only_an_interviewer_means_nobody_to_reply_to(world: World) -> None:
    peer = world.person("Ida Interviewer", "Acme GmbH")
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    world.process(opening, contacts=[(peer, "interviewer")], ended_ago=1)

    assert world.plan() == []


@pytest.mark.parametrize("outcome", ["pending", "offer", "withdrawn"])
def test_only_rejected_processes_ask_for_a_reply(world: World, outcome: str) -> None:
    rec = world.person("Rita Recruiter", "Acme GmbH")
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    world.process(opening, contacts=[(rec, "recruiter")], outcome=outcome, ended_ago=1)

    assert world.plan() == []


def test_a_candidates_process_never_asks_for_a_reply(world: World) -> None:
    world.me(mode="recruiter")
    rec = world.person("Rita Recruiter", "Acme GmbH")
    candidate = world.person("Carl Candidate", email=False)
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    process = world.process(opening, contacts=[(rec, "recruiter")], candidate=candidate, stage="interview", ended_ago=1)
    world.rejection_message(rec, process, 1)

    assert world.plan() == []
    assert world.plan(3) == []


def test_not_silenced_by_the_unanswered_limit(world: World) -> None:
    rec = world.person("Rita Recruiter", "Acme GmbH")
    world.wrote(rec, 30)
    world.wrote(rec, 20)
    world.wrote(rec, 10)
    opening = world.opening("Data Analyst", status="closed", days_ago=60)
    world.process(opening, contacts=[(rec, "recruiter")], ended_ago=1)

    assert world.action(rec) == "reply_to_rejection"


def test_a_future_rejection_is_not_answered_yet(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 0)

    assert world.plan(-1) == []


@pytest.mark.parametrize(
    ("linkedin", "connected", "email", "channel"),
    [
        (True, False, True, "linkedin_note"),
        (True, False, False, "linkedin_note"),
        (True, True, True, "email"),
        (False, False, True, "email"),
        (False, True, True, "email"),
        (True, True, False, "linkedin_message"),
        (False, True, False, "linkedin_message"),
        (False, False, False, "other"),
    ],
)
def test_channel(world: World, linkedin: bool, connected: bool, email: bool, channel: str) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=linkedin, connected=connected, email=email)
    world.rejected_by(tom, 0)

    card = world.card(tom)
    assert card["action"] == "reply_to_rejection"
    assert card["channel"] == channel


def test_a_reply_nobody_can_receive_says_what_is_missing(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", email=False)
    world.rejected_by(tom, 0)

    card = world.card(tom)
    assert card["channel"] == "other"
    assert card["why"][3:] == ["No e-mail address or LinkedIn profile is known for Tom Weber: add one to reach them"]


def test_the_reply_as_a_connection_note_says_so(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.rejected_by(tom, 0)

    card = world.card(tom)
    assert card["channel"] == "linkedin_note"
    assert card["why"] == [
        "Tom Weber turned you down for 'Data Analyst' at Acme GmbH on 2026-03-02, after reaching the interview stage",
        "You have not replied since",
        "A prompt, friendly reply keeps the door open: best by 2026-03-04",
        "Not connected yet: the reply can be the note of a LinkedIn connection request",
    ]


def test_a_rejection_with_no_stage_known_says_none(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    opening = world.opening("Data Analyst", days_ago=30, status="closed")
    world.process(opening, contacts=[(tom, "recruiter")], stage=None, ended_ago=1)  # ended yesterday, no stage

    assert world.card(tom)["why"][:3] == [
        "Tom Weber turned you down for 'Data Analyst' at Acme GmbH on 2026-03-01",
        "You have not replied since",
        "A prompt, friendly reply keeps the door open: best by 2026-03-03",
    ]


def test_why_names_the_role_and_the_day(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 1, stage="final")

    why = " ".join(world.card(tom)["why"])
    assert "'Data Analyst' at Acme GmbH" in why
    assert world.ago(1).isoformat() in why
    assert "final" in why
