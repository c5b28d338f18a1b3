"""The plan keeper when the team server goes away between working out the plan and keeping it for the next start."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from desktop.core.reconnect import snapshot
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.workers import TaskRunner
from desktop.store.database import close_database, open_database
from tests import pg_server
from tests.core.reconnect.scenario import TODAY, World


def test_a_server_lost_after_the_plan_was_worked_out_leaves_the_plan_shown_and_nothing_kept(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = pg_server.start_server()
    try:
        url = server.create_database("kept")
        open_database(url)
        world = World()
        tom = world.person("Tom Weber", "Acme GmbH", title="Senior Recruiter")
        world.rejected_by(tom, days_ago=1, title="Data Analyst", stage="onsite")
        runner = TaskRunner()
        keeper = PlanKeeper(runner, lambda: TODAY)
        keeper.load()
        runner.wait()  # the worker has worked out the plan; its result waits in this thread's queue
        server.stop("immediate")
        caplog.set_level(logging.WARNING, logger="desktop.gui.services.plan_keeper")
        with qtbot.waitSignal(keeper.changed, timeout=10_000):
            pass  # the result is taken in: the drafts kept for the next start need the server, gone

        assert [s.person_id for s in keeper.plan()[0]] == [tom]  # the day's plan is there to be shown
        assert "today's plan was not kept for the next start" in caplog.text
        assert "the connection to the server was lost" in caplog.text
        close_database()
        server.start()
        reopened = open_database(url)
        assert snapshot.load(reopened, TODAY) is None  # nothing half-kept
    finally:
        close_database()
        pg_server.remove_server(server)
