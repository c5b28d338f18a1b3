"""The plan the app keeps and refreshes after each change says what the rules say (bugs the oracle guards).

Each test builds the engine once, as the app does, makes one change through core, refreshes the
engine with what the change touched (as ``PlanKeeper.refresh`` does) and reads the kept plan.
"""

from __future__ import annotations

from desktop.core import applications, detections, erase
from desktop.core.reconnect import actions, drafts
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.present import as_dict
from desktop.store.models import Detection
from tests.core.reconnect.scenario import World


def _seen(engine: Engine, world: World) -> list[tuple[str, str]]:
    return [(s.action, engine.facts.people[s.person_id].name) for s in engine.day_plan(world.today)]


def test_writing_to_someone_moves_their_check_in_forward_in_the_kept_plan(world: World) -> None:
    # check_in: "reference date = last_out … due at reference + checkin_min_days"
    ana = world.person("Ana Silva")
    world.wrote(ana, 100)
    world.heard(ana, 95)
    engine = Engine()
    assert _seen(engine, world) == [("check_in", "Ana Silva")]
    world.wrote(ana, 0)
    engine.refresh({ana})
    assert _seen(engine, world) == []
    assert [s.due for s in engine.today_and_coming(world.day(90), 14)[0]] == [world.day(90)]


def test_asking_at_a_company_keeps_it_quiet_in_the_kept_plan_even_after_an_earlier_ask(world: World) -> None:
    # ask_about_opening: "Skip the company if an outbound touch linked to any opening at that company
    # happened less than checkin_min_days ago" — the latest such touch counts, not the first one known
    tom = world.person("Tom Weber", "Acme GmbH")
    ben = world.person("Ben Okafor", "Acme GmbH")
    world.heard(tom, 20)
    older = world.opening("Office Manager", days_ago=120, status="closed")
    world.wrote(ben, 100, opening=older)  # asked there 100 days ago: long enough
    fresh = world.opening("Data Analyst", days_ago=5)
    engine = Engine()
    assert _seen(engine, world) == [("ask_about_opening", "Tom Weber"), ("check_in", "Ben Okafor")]
    world.wrote(ben, 0, opening=fresh)  # asked there today
    engine.refresh({ben})
    assert _seen(engine, world) == []


def test_erasing_the_one_who_was_asked_lets_the_company_be_asked_again_in_the_kept_plan(world: World) -> None:
    # the outbound touch that kept the company quiet went with the erased person
    tom = world.person("Tom Weber", "Acme GmbH")
    ana = world.person("Ana Silva", "Acme GmbH")
    world.heard(tom, 20)
    opening = world.opening("Data Analyst", days_ago=5)
    world.wrote(ana, 10, opening=opening)
    engine = Engine()
    assert _seen(engine, world) == []
    erase.erase_person(ana, world.today, compact=False)
    engine.refresh({ana}, processes=True, states=True)  # what the window does before building a new engine
    assert _seen(engine, world) == [("ask_about_opening", "Tom Weber")]


def test_a_message_from_one_of_two_who_rejected_me_keeps_both_replies_in_the_kept_plan(world: World) -> None:
    # reply_to_rejection fires until an outbound touch after the rejection; the refresh names only Tom
    ana = world.person("Ana Silva", "Globex AG")
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(ana, 0, company="Globex AG")  # the first process the rule looks at
    world.rejected_by(tom, 0)
    engine = Engine()
    assert sorted(_seen(engine, world)) == [("reply_to_rejection", "Ana Silva"), ("reply_to_rejection", "Tom Weber")]
    world.heard(tom, 0, hour=11)  # Tom writes again: nothing answered yet
    engine.refresh({tom})
    assert sorted(_seen(engine, world)) == [("reply_to_rejection", "Ana Silva"), ("reply_to_rejection", "Tom Weber")]


def test_an_engine_refreshed_before_its_first_plan_plans_the_day_as_a_fresh_one(world: World) -> None:
    tom = world.person("Tom Weber")
    engine = Engine()
    world.wrote(tom, 100)
    engine.refresh({tom})  # a change heard before the day was planned
    assert _seen(engine, world) == [("check_in", "Tom Weber")]


def test_a_settings_change_then_a_message_before_today_is_looked_at_again(world: World) -> None:
    # Settings → "checkin_min_days", then a message logged on a person page, then back to Today
    ana = world.person("Ana Silva")
    ben = world.person("Ben Okafor")
    world.wrote(ana, 70)
    world.wrote(ben, 100)
    engine = Engine()
    assert _seen(engine, world) == [("check_in", "Ben Okafor")]
    world.set("checkin_min_days", 60)
    engine.refresh(settings=True)
    world.wrote(ben, 0)
    engine.refresh({ben})
    assert _seen(engine, world) == [("check_in", "Ana Silva")]


def test_states_read_again_for_everyone_then_a_message_before_today_is_looked_at_again(world: World) -> None:
    # a change to the suggestion states that names no one (an archive's states imported), then a message logged
    ana = world.person("Ana Silva")
    ben = world.person("Ben Okafor")
    world.wrote(ana, 100)
    world.wrote(ben, 100)
    engine = Engine()
    assert _seen(engine, world) == [("check_in", "Ana Silva"), ("check_in", "Ben Okafor")]
    actions.dismiss(f"check_in/{ana}/")
    engine.refresh(states=True)
    world.wrote(ben, 0)
    engine.refresh({ben})
    assert _seen(engine, world) == []


def test_the_first_cards_of_a_day_already_planned_are_the_first_of_that_plan(world: World) -> None:
    names = ["Ana Silva", "Ben Okafor", "Cleo Lee"]
    for days, name in zip((130, 110, 95), names, strict=True):
        world.wrote(world.person(name), days)
    engine = Engine()
    assert _seen(engine, world) == [("check_in", name) for name in names]  # overdue (130 > 120) first

    assert [engine.facts.people[s.person_id].name for s in engine.first_of_day(world.today, 2)] == names[:2]


# -- processes changed on the board or by an accepted mail: the indexes read from them follow -----------------


def test_a_process_turned_down_on_the_board_gives_its_other_contact_a_check_in_in_the_kept_plan(world: World) -> None:
    # check_in: "reference date = … the rejection date of a process they were a contact of"; the board logs the
    # rejection on the recruiter's timeline only, so the hiring manager's check-in counts from the day it ended
    rita = world.person("Rita Recruiter", "Acme GmbH")
    hank = world.person("Hank Manager", "Acme GmbH")
    role = world.opening("Data Analyst", days_ago=150, mine=True)
    process = world.process(role, contacts=[(rita, "recruiter"), (hank, "hiring_manager")], outcome="pending")
    engine = Engine()
    assert _seen(engine, world) == []
    moved = applications.move_application(process, "rejected", on=world.ago(100))
    engine.refresh(moved.changes.people, processes=moved.changes.processes)  # ApplicationsPage → ops → keeper
    assert _seen(engine, world) == [("check_in", "Hank Manager"), ("check_in", "Rita Recruiter")]
    hank_card = next(s for s in engine.day_plan(world.today) if s.person_id == hank)
    assert hank_card.why[0] == "You met Hank Manager in a process that ended on 2025-11-22"


def test_accepting_an_interview_invitation_makes_its_sender_someone_i_know_in_the_kept_plan(world: World) -> None:
    # connect_linkedin: "a known person with a LinkedIn profile I am not connected to"; known: "any touch, or a
    # contact of one of my processes" — accepting the invitation makes the sender my process's recruiter
    rita = world.person("Rita Recruiter", "Acme GmbH", email="rita@acme.example", linkedin=True)
    invitation = Detection.create(
        message_key="<invite-1@acme.example>", kind="interview_invitation", sender="rita@acme.example",
        sender_name="Rita Recruiter", company="Acme GmbH", role="Office Manager", at=world.at(3), subject="Interview",
        confidence=0.9, why=["an interview is proposed"], state="pending",
    )  # fmt: skip
    engine = Engine()
    assert _seen(engine, world) == []
    changes = detections.accept(invitation.id, world.today)
    assert changes.people == {rita}  # found by her address
    engine.refresh(changes.people, openings=changes.openings, processes=changes.processes)
    assert _seen(engine, world) == [("connect_linkedin", "Rita Recruiter")]


def test_a_stage_corrected_on_the_board_is_the_stage_a_drafts_template_names_in_the_kept_plan(world: World) -> None:
    # the template variable "stage" (Settings → Templates): the stage my process with that company reached
    drafts.save_template("reply_to_rejection", "en", "Thanks, {{ first_name }}: it was a good {{ stage }} round.", {
        **{name: "x" for name in drafts.VARIABLES}, "limit": 300})  # fmt: skip
    rita = world.person("Rita Recruiter", "Acme GmbH")
    logged = world.rejected_by(rita, 1, stage="interview")
    engine = Engine()

    def drafts_shown() -> list[str]:
        return [as_dict(s, engine.facts, world.today)["draft"]["body"] for s in engine.day_plan(world.today)]

    assert drafts_shown() == ["Thanks, Rita: it was a good interview round."]
    for column in ("final", "rejected"):  # it was the final round: moved there, then back among the rejected
        moved = applications.move_application(logged.process_id, column, on=world.ago(1), at=world.at(1, 9))
        engine.refresh(moved.changes.people, processes=True)
    assert drafts_shown() == ["Thanks, Rita: it was a good final round."]


def test_someone_who_moves_to_a_hiring_company_is_the_one_to_ask_there_in_the_kept_plan(world: World) -> None:
    # ask_about_opening: "a fresh opening at a company where I know someone" — the people at a company follow an edit
    tom = world.person("Tom Weber", "Globex AG")
    world.heard(tom, 20)
    world.opening("Data Analyst", "Acme GmbH", days_ago=5)
    engine = Engine()
    assert _seen(engine, world) == []
    world.update(tom, company="Acme GmbH")
    engine.refresh({tom})  # PersonPage._after_save → person_changed
    assert _seen(engine, world) == [("ask_about_opening", "Tom Weber")]


def test_erasing_someone_the_kept_plan_never_saw_leaves_it_as_it_was(world: World) -> None:
    # someone added while the plan was being built (an import, before the new engine is ready), erased at once
    ana = world.person("Ana Silva")
    world.wrote(ana, 100)
    engine = Engine()
    newcomer = world.person("Nia Newcomer")
    erase.erase_person(newcomer, world.today, compact=False)
    engine.refresh({newcomer}, processes=True, states=True)  # MainWindow._person_erased
    assert _seen(engine, world) == [("check_in", "Ana Silva")]
