"""A company as a place: its people, openings, processes, job changes, and the warmest way in."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.company_view import NextStep, company_view, list_companies, next_steps
from desktop.core.network import connect, ways_in
from desktop.core.openings import add_opening
from desktop.core.people import create_person
from desktop.core.reconnect.facts import load_facts
from desktop.core.reconnect.suggestion import Suggestion
from desktop.core.timeline import log_interaction
from desktop.store.models import Company, Process


def test_the_list_counts_people_open_openings_and_processes_and_filters_by_name(db: object) -> None:
    create_person({"name": "Anna", "company": "Acme GmbH"})
    create_person({"name": "Ben", "company": "Acme GmbH"})
    create_person({"name": "Cleo", "company": "Beta"})
    opening = add_opening("Acme GmbH", "Analyst", date(2026, 1, 1)).value
    add_opening("Acme GmbH", "Old role", date(2025, 1, 1), status="closed")
    Process.create(opening=opening, stage_reached="screen", outcome="pending")
    assert [(r.name, r.people, r.openings, r.processes) for r in list_companies()] == [
        ("Acme GmbH", 2, 1, 1), ("Beta", 1, 0, 0),
    ]  # fmt: skip
    assert [r.name for r in list_companies("bet")] == ["Beta"]


def test_a_company_shows_its_people_openings_processes_and_job_changes(db: object) -> None:
    anna = create_person({"name": "Anna", "company": "Acme GmbH", "title": "CTO", "role": "hiring_manager"}).value
    ben = create_person({"name": "Ben", "company": "Beta"}).value
    log_interaction(anna, "email", "in", datetime(2026, 2, 1, 9, 0))
    log_interaction(anna, "job_change", "none", datetime(2025, 5, 1), from_company="Beta", to_company="ACME GmbH.")
    log_interaction(ben, "job_change", "none", datetime(2025, 9, 1), from_company="Acme GmbH", to_company="Beta")
    opening = add_opening("Acme GmbH", "Analyst", date(2026, 1, 1)).value
    Process.create(opening=opening, stage_reached="final", outcome="rejected", ended_on=date(2026, 2, 1))
    acme = Company.get(Company.name == "Acme GmbH").id
    view = company_view(acme)
    assert [(p.name, p.title, p.role, p.last_contact) for p in view.people] == [
        ("Anna", "CTO", "hiring_manager", datetime(2026, 2, 1, 9, 0)),
    ]
    assert [(o.title, o.status) for o in view.openings] == [("Analyst", "open")]
    assert [(r.opening, r.stage_reached, r.outcome, r.candidate) for r in view.processes] == [
        ("Analyst", "final", "rejected", None),
    ]
    assert [(m.name, m.into, m.other_company, m.at) for m in view.moves] == [
        ("Ben", False, "Beta", date(2025, 9, 1)), ("Anna", True, "Beta", date(2025, 5, 1)),
    ]  # fmt: skip


def test_the_warmest_way_in_is_the_shortest_then_strongest_path_to_anyone_there(db: object) -> None:
    me_friend = create_person({"name": "Friend", "connected": True}).value
    weak_friend = create_person({"name": "Acquaintance", "connected": True}).value
    boss = create_person({"name": "Boss", "company": "Acme"}).value
    dev = create_person({"name": "Dev", "company": "Acme"}).value
    far = create_person({"name": "Far", "company": "Acme"}).value
    middle = create_person({"name": "Middle"}).value
    blocked = create_person({"name": "Blocked", "do_not_contact": True, "connected": True}).value
    connect(weak_friend, boss, strength=1)
    connect(me_friend, dev, strength=3)
    connect(me_friend, middle, strength=3)
    connect(middle, far, strength=3)
    connect(blocked, far, strength=3)
    facts = load_facts()
    acme = {boss, dev, far}
    ways = ways_in(acme, facts)
    assert [(w.path, w.strength) for w in ways] == [
        ((me_friend, dev), 3), ((weak_friend, boss), 1), ((me_friend, middle, far), 6),
    ]  # fmt: skip
    assert [w.path for w in ways_in(acme, facts, max_hops=2)] == [(me_friend, dev), (weak_friend, boss)]
    connected_dev = create_person({"name": "Colleague", "company": "Acme", "connected": True}).value
    assert ways_in({connected_dev}, load_facts())[0].hops == 1
    assert ways_in(set(), facts) == []


def test_a_persons_map_holds_me_the_mutuals_the_paths_and_the_target(db: object) -> None:
    from desktop.core.network import ME, person_map

    friend = create_person({"name": "Friend", "connected": True}).value
    other = create_person({"name": "Other", "connected": True}).value
    middle = create_person({"name": "Middle"}).value
    target = create_person({"name": "Target"}).value
    connect(friend, target, strength=3)
    connect(other, middle, strength=2)
    connect(middle, target, strength=1)
    facts = load_facts()
    found = person_map(target, facts)
    assert found is not None
    # the best way through each person to ask: Friend (two hops) first, then Other, through Middle (three)
    assert {n.name: n.kind for n in found.nodes.values() if n.id != ME} == {
        "Friend": "mutual", "Other": "connection", "Middle": "connection", "Target": "target",
    }  # fmt: skip
    assert [(w.path, w.strength) for w in found.paths] == [((friend, target), 3), ((other, middle, target), 3)]
    assert {(e.a, e.b, e.strength) for e in found.edges} == {
        (ME, friend, 1), (friend, target, 3), (ME, other, 1), (other, middle, 2), (middle, target, 1),
    }  # fmt: skip
    connect(friend, other, strength=1)  # no one I know knows Target2 directly: three hops it is
    target2 = create_person({"name": "Target2"}).value
    connect(middle, target2, strength=2)
    far = person_map(target2, load_facts())
    assert far is not None and [w.path for w in far.paths] == [(other, middle, target2)]
    assert far.nodes[middle].kind == "connection"
    assert person_map(9999, facts) is None


def test_each_persons_next_step_is_todays_plan_first_then_the_first_coming_up_and_none_for_the_rest() -> None:
    today = date(2026, 3, 2)
    plan = [
        Suggestion("check_in", 1, "email", date(2026, 2, 1), ()),
        Suggestion("ask_for_intro", 9, "email", today, ()),
    ]
    coming = [
        Suggestion("congratulate_new_role", 1, "email", date(2026, 3, 5), ()),  # Anna's comes today already
        Suggestion("check_in", 2, "email", date(2026, 3, 9), ()),
        Suggestion("connect_linkedin", 2, "linkedin", date(2026, 3, 12), ()),  # Ben's first one counts
    ]
    steps = next_steps(plan, coming, today, [1, 2, 3])
    assert steps == {1: NextStep("check_in", today), 2: NextStep("check_in", date(2026, 3, 9))}
