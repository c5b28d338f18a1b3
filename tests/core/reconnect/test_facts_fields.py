"""What the rules read of each person and process is what was stored, however the values are shared.

``facts.load_people`` holds a value many people share (a title, a language, a first name) once, and
``load_processes`` files contacts and rejections under their process: neither may hand one person's or one
process's value to another (spec/reconnect-rules.md reads these fields: a draft's language, the reply to a
rejection, the contacts of a process).
"""

from __future__ import annotations

from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.facts import load_facts
from tests.core.reconnect.scenario import World


def test_people_without_an_email_or_skills_keep_their_own_title_and_language(world: World) -> None:
    """Two people alike in everything that is empty: the second must not get the first one's title or language."""
    ana = world.person("Ana Alves", "Acme GmbH", email=False, title="Data Analyst", language="de")
    ben = world.person("Ben Brook", "Globex AG", email=False, title="Recruiter", language="en")

    people = load_facts().people

    assert (people[ana].title, people[ana].language, people[ana].company) == ("Data Analyst", "de", "Acme GmbH")
    assert (people[ben].title, people[ben].language, people[ben].company) == ("Recruiter", "en", "Globex AG")


def test_a_rejection_is_read_at_its_hour_when_its_process_and_opening_are_numbered_apart(world: World) -> None:
    """Openings found before any process: process 1 belongs to opening 3. Its rejection came at 09:00; what I wrote
    at 08:00 that day went before it, so it is no reply, and the reply is still due."""
    world.opening("Office Manager", "Initech")
    world.opening("Data Engineer", "Initech")
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 1, hour=9)
    world.wrote(tom, 1, hour=8)

    assert world.action(tom) == "reply_to_rejection"


def test_each_process_keeps_its_own_contacts(world: World) -> None:
    """Process 1 is for opening 2 and process 2 for opening 1: each lists the contact given to it."""
    first = world.opening("Office Manager", "Initech")
    second = world.opening("Data Engineer", "Initech")
    ana, ben = world.person("Ana Alves", "Initech"), world.person("Ben Brook", "Initech")
    one = world.process(second, contacts=[(ana, "recruiter")])
    two = world.process(first, contacts=[(ben, "hiring_manager")])

    processes = load_facts().processes

    assert processes[one].contacts == ((ana, "recruiter"),)
    assert processes[two].contacts == ((ben, "hiring_manager"),)


def test_a_mutual_added_before_the_person_to_meet_still_introduces_them(world: World) -> None:
    """A connection is one row for both people: Mia, added before Tom, knows Tom as much as he knows her."""
    mia = world.person("Mia Mutual", "Globex AG", connected=True)
    tom = world.person("Tom Weber", "Acme GmbH", email=False, linkedin=True)
    closed = world.opening("Data Analyst", days_ago=300, status="closed")
    world.process(closed, contacts=[(tom, "recruiter")], ended_ago=200)
    world.edge(mia, tom, 2)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")

    assert (card["person"]["id"], card["target"]["id"]) == (mia, tom)


def test_a_change_to_two_people_at_once_keeps_their_company_quiet_in_the_kept_plan(world: World) -> None:
    """A mail sync or an import touches several people in one go: the kept plan reads their asks together."""
    tom = world.person("Tom Weber", "Acme GmbH")
    ben = world.person("Ben Okafor", "Acme GmbH")
    world.heard(tom, 20)
    world.wrote(ben, 100)
    fresh = world.opening("Data Analyst", days_ago=5)
    engine = Engine()
    assert [s.action for s in engine.day_plan(world.today)] == ["ask_about_opening", "check_in"]
    world.wrote(ben, 0, opening=fresh)  # asked there today
    engine.refresh({tom, ben})
    assert engine.day_plan(world.today) == []
