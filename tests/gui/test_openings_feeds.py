"""Watching openings in the app: Settings → Companies opts companies in; "Check feeds now" reads their feeds
with progress and Cancel, lists the new openings and shows a line per feed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.openings import list_openings
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.companies import MINE, URL, WATCH
from desktop.gui.settings.dialog import SettingsDialog
from desktop.interop.watch import company_watches, set_company_watch, watching_enabled
from tests.core.reconnect.scenario import World
from tests.feed_server import FeedServer, Route
from tests.gui.conftest import wait_for_plan


@pytest.fixture
def world(db: object) -> World:
    return World()  # today 2026-03-02, target role Data Analyst


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow]) -> MainWindow:
    made = make_window()
    wait_for_plan(qtbot, made)
    return made


def _greenhouse(*titles: str) -> Route:
    jobs = [{"id": n, "title": t, "absolute_url": f"https://nw.example/jobs/{n}", "location": {"name": "Hamburg"}}
            for n, t in enumerate(titles, 1)]  # fmt: skip
    return Route(body=json.dumps({"jobs": jobs}).encode())


def test_check_feeds_now_adds_the_openings_and_says_what_each_feed_gave(
    qtbot: Any, world: World, server: FeedServer, make_window: Callable[..., MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Nordwind AG")
    world.heard(tom, 40)
    window = make_window()
    wait_for_plan(qtbot, window)
    server.routes["/gh"] = _greenhouse("Senior Data Analyst", "Office Manager")
    server.routes["/broken"] = Route(status=404, body=b"", content_type="text/html")
    set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))
    set_company_watch("Broken GmbH", watch=True, careers_url=server.url("/broken"))
    window.show_page(window.openings)
    page = window.openings
    assert page.views.currentWidget() is page.empty

    qtbot.mouseClick(page.empty.feeds_button, Qt.MouseButton.LeftButton)
    assert not page.feeds.check_button.isEnabled()
    qtbot.waitUntil(lambda: page.feeds.task is None, timeout=20000)
    assert page.feeds.summary.lines() == [
        "Broken GmbH: error — HTTP 404 Not Found",
        "Nordwind AG: greenhouse, 2 new, 0 closed, 0 unchanged",
    ]
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.splitter, timeout=20000)
    assert sorted(o.title for o in list_openings()) == ["Office Manager", "Senior Data Analyst"]
    assert page.feeds.check_button.isEnabled() and page.feeds.progress.isHidden()
    page.select(next(o.id for o in list_openings() if o.title == "Senior Data Analyst"))
    assert page.detail.facts.text() == "Nordwind AG · Hamburg · found 2 Mar 2026 (today) · Open"
    qtbot.waitUntil(lambda: page.detail.worth_contacting() == ["Ask about a new opening: Tom Weber"], timeout=20000)
    assert window.keeper.ops.write_threads and not page.feeds.busy()


def test_cancel_leaves_the_feeds_not_yet_asked_unread(
    qtbot: Any, world: World, server: FeedServer, window: MainWindow
) -> None:
    for n in range(10):
        server.routes[f"/gh{n}"] = Route(body=b'{"jobs": []}', wait=True)
        set_company_watch(f"Company {n}", watch=True, careers_url=server.url(f"/gh{n}"))
    window.show_page(window.openings)
    page = window.openings
    qtbot.mouseClick(page.feeds.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(server.seen) == 8, timeout=20000)  # at most 8 connections at once
    qtbot.mouseClick(page.feeds.cancel_button, Qt.MouseButton.LeftButton)
    server.release.set()
    qtbot.waitUntil(lambda: page.feeds.task is None, timeout=20000)
    lines = page.feeds.summary.lines()
    assert sum(1 for line in lines if line.endswith(": cancelled; not read")) == 2
    assert sum(1 for line in lines if line.endswith("greenhouse, 0 new, 0 closed, 0 unchanged")) == 8
    assert len(server.seen) == 8


def _settings(qtbot: Any, window: MainWindow) -> SettingsDialog:
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_opt_a_company_in_and_switch_all_watching_off(qtbot: Any, world: World, window: MainWindow) -> None:
    world.person("Tom Weber", "Nordwind AG")
    world.person("Ada Lang", "Kranich Logistik")
    dialog = _settings(qtbot, window)
    tab = dialog.companies
    tab.load()
    row = tab.row_of("Nordwind AG")
    assert row is not None and tab.enabled.isChecked()
    tab.model.item(row, URL).setText("https://boards.greenhouse.io/nordwind")
    qtbot.waitUntil(lambda: not window.keeper.ops.busy())
    tab.model.item(row, WATCH).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not window.keeper.ops.busy())
    tab.model.item(row, MINE).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not window.keeper.ops.busy())
    watched = {w.company: (w.watch, w.mine, w.feed) for w in company_watches()}
    assert watched["Nordwind AG"] == (True, True, "https://boards-api.greenhouse.io/v1/boards/nordwind/jobs")

    other = tab.row_of("Kranich Logistik")
    assert other is not None
    tab.model.item(other, WATCH).setCheckState(Qt.CheckState.Checked)  # no URL: refused, said so, unticked
    qtbot.waitUntil(lambda: bool(tab.error.message()))
    assert tab.error.message() == "Not saved: Kranich Logistik: give a careers page or feed URL to watch."
    other = tab.row_of("Kranich Logistik")
    assert other is not None and tab.model.item(other, WATCH).checkState() == Qt.CheckState.Unchecked

    tab.enabled.setChecked(False)
    qtbot.waitUntil(lambda: not window.keeper.ops.busy())
    assert watching_enabled() is False
    assert not tab.table.isEnabled()
