"""Today on a team server: My people / Everyone, and the team view (who holds how many people, how many due).

On a personal file none of it shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop.core.members import set_my_display_name
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.dialog import DATABASE_TAB
from desktop.store.database import close_database, open_database
from tests import pg_server
from tests.core.reconnect.scenario import World
from tests.gui.conftest import wait_for_plan
from tests.team_members import alice_and_bob, role_of, signed_in


@pytest.fixture
def members(pg: pg_server.Server, pg_url: str) -> Iterator[dict[str, str]]:
    with alice_and_bob(pg, pg_url) as urls:
        yield urls


_as = signed_in


def _names(window: MainWindow) -> list[str]:
    return sorted(card.info.name for card in window.today.cards)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_today_shows_my_people_and_everyone_and_the_team_at_a_glance(
    qtbot: Any, members: dict[str, str], make_window: Callable[..., MainWindow], backend: str
) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.wrote(ada, 100)
    alice.person("Anna Quiet", "Acme GmbH")
    bob = _as(members["bob"])  # this desktop is Bob's
    ben = bob.person("Ben Candidate", "Globex AG")
    bob.wrote(ben, 130)

    window = make_window()
    wait_for_plan(qtbot, window)
    page = window.today
    assert page.team.isVisible() and page.team.mine_button.isChecked()
    assert _names(window) == ["Ben Candidate"]
    assert window.sidebar.item(0).text() == "Today (1)"  # the count beside Today is what Today shows

    page.team.everyone_button.click()
    assert _names(window) == ["Ada Client", "Ben Candidate"]
    assert window.sidebar.item(0).text() == "Today (2)"
    ada_card = next(card for card in page.cards if card.info.name == "Ada Client")
    assert f"{role_of(members['alice'])} spoke with Ada Client on 2025-11-22" in ada_card.info.suggestion.why

    page.team.team_button.click()
    assert page.team.table.isVisible()
    assert page.team.lines() == [
        [f"You ({role_of(members['bob'])})", "1 person", "1 due"],
        [role_of(members["alice"]), "2 people", "1 due"],
    ]
    page.team.mine_button.click()
    assert _names(window) == ["Ben Candidate"]
    window.runner.wait()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_name_i_go_by_is_set_in_settings_and_names_me_on_my_colleagues_cards(
    qtbot: Any, members: dict[str, str], make_window: Callable[..., MainWindow], backend: str
) -> None:
    bob = _as(members["bob"])
    ada = bob.person("Ada Client", "Acme GmbH")
    bob.wrote(ada, 100)
    _as(members["alice"])  # this desktop is Alice's
    window = make_window()
    wait_for_plan(qtbot, window)
    window.today.team.everyone_button.click()
    ada_card = next(card for card in window.today.cards if card.info.name == "Ada Client")
    assert ada_card.info.suggestion.why[0] == f"{role_of(members['bob'])} spoke with Ada Client on 2025-11-22"

    tab = window.open_settings(DATABASE_TAB).database
    row = tab.team_name
    assert row.isVisible() and row.name.text() == "" and not row.save_button.isEnabled()
    row.name.setText("Alice Adler")
    with qtbot.waitSignal(row.message, timeout=10_000) as said:
        row.save_button.click()
    assert said.args == ["Your colleagues now see you as Alice Adler."]
    assert not row.save_button.isEnabled()
    window.today.team.team_button.click()
    qtbot.waitUntil(lambda: window.today.team.lines()[0][0] == "You (Alice Adler)", timeout=10_000)

    close_database()  # Bob names himself on his desktop; Alice's window hears of it and re-plans
    open_database(members["bob"])
    set_my_display_name("Bob Brandt")
    close_database()
    open_database(members["alice"])
    window.today.team.everyone_button.click()

    def named_bob() -> bool:
        cards = [card for card in window.today.cards if card.info.name == "Ada Client"]
        return bool(cards) and cards[0].info.suggestion.why[0] == "Bob Brandt spoke with Ada Client on 2025-11-22"

    qtbot.waitUntil(named_bob, timeout=10_000)
    wait_for_plan(qtbot, window)
    window.runner.wait()


def test_on_a_personal_file_today_has_no_team_bar(
    qtbot: Any, make_window: Callable[..., MainWindow], db: object
) -> None:
    world = World()
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    window = make_window()
    wait_for_plan(qtbot, window)
    assert not window.today.team.isVisible() and not window.today.team.mine_only
    assert _names(window) == ["Tom Weber"]


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_plan_kept_by_one_member_is_not_shown_on_anothers_desktop(
    qtbot: Any, members: dict[str, str], make_window: Callable[..., MainWindow], backend: str
) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.wrote(ada, 100)
    first = make_window()  # Alice's desktop keeps her first cards ("You last wrote to Ada…") at exit
    wait_for_plan(qtbot, first)
    assert _names(first) == ["Ada Client"]
    first.close()

    close_database()
    open_database(members["bob"])  # nothing written since: the kept plan is current
    second = make_window()
    second.today._drop_snapshot()
    assert not second.today.show_snapshot()
    wait_for_plan(qtbot, second)
    assert _names(second) == []  # Ada is Alice's; Bob's own people have nothing due
    second.runner.wait()
