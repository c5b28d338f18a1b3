"""Owners in use on a team server (issue 19): my people's suggestions, the team at a glance, a check-in that names
the colleague who spoke to the person last, and a cadence that counts every member's touches.

Alice and Bob are two members (a role each) of one team database; a person belongs to whoever added them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.members import display_names, set_my_display_name
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.team import MemberLoad, mine, overview
from desktop.store.models import DB
from desktop.store.postgres import NoRights
from tests import pg_server
from tests.backends import sqlite_only
from tests.core.reconnect.scenario import TODAY, World
from tests.team_members import alice_and_bob, role_of, signed_in

on_a_team_server = pytest.mark.parametrize("backend", ["postgresql"])


@pytest.fixture
def members(pg: pg_server.Server, pg_url: str) -> Iterator[dict[str, str]]:
    with alice_and_bob(pg, pg_url) as urls:
        yield urls


_as = signed_in


@on_a_team_server
def test_a_check_in_names_the_colleague_who_spoke_to_the_person_last(
    members: dict[str, str], db: object, backend: str
) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.wrote(ada, 100)
    card = alice.card(ada)
    assert card is not None and card["why"][0] == "You last wrote to Ada Client on 2025-11-22"

    bob = _as(members["bob"])
    card = bob.card(ada)
    assert card is not None and card["action"] == "check_in"
    assert card["why"][0] == f"{role_of(members['alice'])} spoke with Ada Client on 2025-11-22"


@on_a_team_server
def test_a_person_who_only_wrote_in_names_the_colleague_they_wrote_to(
    members: dict[str, str], db: object, backend: str
) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.heard(ada, 95)
    card = _as(members["bob"]).card(ada)
    assert card is not None and card["why"][0] == f"Ada Client last wrote to {role_of(members['alice'])} on 2025-11-27"


@on_a_team_server
def test_the_colleague_is_who_wrote_last_not_who_logged_a_later_reply_or_note(
    members: dict[str, str], db: object, backend: str
) -> None:
    """The reference touch is the latest outbound one even when a reply (or a note) came in later, and of two
    messages logged at the same minute the one logged last; its author is named (migration 15's index)."""
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    bob = _as(members["bob"])
    bob.wrote(ada, 200)
    bob.wrote(ada, 100)
    alice = _as(members["alice"])
    alice.wrote(ada, 100)  # the same minute as Bob's, logged after it
    bob = _as(members["bob"])
    bob.heard(ada, 95)  # Ada's reply, logged by Bob
    bob.note(ada, 94)
    card = bob.card(ada)
    assert card is not None and card["action"] == "check_in"
    assert card["why"][0] == f"{role_of(members['alice'])} spoke with Ada Client on 2025-11-22"
    card = _as(members["alice"]).card(ada)
    assert card is not None and card["why"][0] == "You last wrote to Ada Client on 2025-11-22"


@on_a_team_server
def test_the_card_and_the_draft_name_the_colleague_by_the_name_they_go_by(
    members: dict[str, str], db: object, backend: str
) -> None:
    alice = _as(members["alice"])
    set_my_display_name("  Alice   Weber ")
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.wrote(ada, 100)
    ute = alice.person("Ute Kunde", "Globex AG", language="de")
    alice.heard(ute, 95)

    bob = _as(members["bob"])
    set_my_display_name("Bob Brandt")
    card = next(c for c in bob.cards(drafts=True) if c["person"]["id"] == ada)
    assert card["why"][0] == "Alice Weber spoke with Ada Client on 2025-11-22"
    assert card["draft"]["body"].startswith(
        "Hi Ada,\n\nmy colleague Alice Weber spoke with you on 22 November 2025, and I wanted to say hello too "
        "and hear how things are at Acme GmbH."
    )
    assert card["draft"]["body"].rstrip().endswith("Best regards,\nBob Brandt")  # I sign with my own name
    german = next(c for c in bob.cards(drafts=True) if c["person"]["id"] == ute)
    assert german["draft"]["body"].startswith(
        "Hallo Ute,\n\nam 27. November 2025 hatten Sie Kontakt mit Alice Weber aus unserem Team, und ich wollte "
        "mich ebenfalls kurz melden und hören, wie es bei Globex AG läuft."
    )

    set_my_display_name("")  # Bob goes by his role again; Alice still sees her own touch as hers
    assert display_names(DB.obj) == {role_of(members["alice"]): "Alice Weber"}
    mine = next(c for c in _as(members["alice"]).cards(drafts=True) if c["person"]["id"] == ada)
    assert mine["why"][0] == "You last wrote to Ada Client on 2025-11-22"
    assert "colleague" not in mine["draft"]["body"]


@on_a_team_server
def test_a_member_cannot_name_a_colleague(members: dict[str, str], db: object, backend: str) -> None:
    """The server lets each member write only their own name (row-level security), whatever the SQL."""
    _as(members["alice"])
    set_my_display_name("Alice Weber")
    _as(members["bob"])
    alice_role = role_of(members["alice"])
    DB.obj.execute_sql("UPDATE member SET display_name = 'Mallory' WHERE role = ?", [alice_role])
    DB.obj.execute_sql("DELETE FROM member WHERE role = ?", [alice_role])
    with pytest.raises(NoRights, match="row-level security"), DB.atomic():
        DB.obj.execute_sql("INSERT INTO member (role, display_name) VALUES ('carol', 'Carol as named by Bob')")
    assert display_names(DB.obj) == {alice_role: "Alice Weber"}


@on_a_team_server
def test_the_cadence_counts_every_members_touches(members: dict[str, str], db: object, backend: str) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.wrote(ada, 100)
    bob = _as(members["bob"])
    bob.wrote(ada, 10)  # Bob wrote last week: Ada does not hear from Alice again now
    assert _as(members["alice"]).card(ada) is None


@on_a_team_server
def test_my_people_and_the_team_view(members: dict[str, str], db: object, backend: str) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.person("Anna Quiet", "Acme GmbH")  # nothing due for her
    alice.wrote(ada, 100)
    bob = _as(members["bob"])
    ben = bob.person("Ben Candidate", "Globex AG")
    bob.wrote(ben, 130)

    engine = Engine()
    plan = engine.day_plan(TODAY)
    assert sorted(s.person_id for s in plan) == sorted([ada, ben])
    assert [s.person_id for s in mine(plan, engine.facts)] == [ben]
    alice_role, bob_role = role_of(members["alice"]), role_of(members["bob"])
    assert overview(engine.facts, plan) == [MemberLoad(bob_role, 1, 1), MemberLoad(alice_role, 2, 1)]


@sqlite_only
def test_on_a_personal_file_everything_is_mine_and_nobody_else_wrote(db: object, backend: str) -> None:
    world = World()
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    engine = Engine()
    plan = engine.day_plan(TODAY)
    assert engine.facts.member is None
    assert mine(plan, engine.facts) == plan and len(plan) == 1
    assert plan[0].why[0] == "You last wrote to Tom Weber on 2025-11-22"
