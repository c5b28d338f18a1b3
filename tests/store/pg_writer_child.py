"""One desktop of the concurrency test (tests/store/test_postgres_concurrency.py): N mixed writes on a team server.

    python -m tests.store.pg_writer_child URL WORKER N SEED

Writes: a new interaction with a shared person (append-only), an edit of a shared person saved against the version
read (optimistic locking), a new opening. Each write's outcome is one JSON line on stdout: ``ok``, ``conflict``
(reported to this writer), ``retried`` (the connection was lost, the write had not happened, it was made again) or
``landed`` (lost, but it had happened: not made again). An edit lost in flight whose outcome cannot be told is
``unknown``. When the server goes away the writer reconnects and goes on.
"""

from __future__ import annotations

import json
import random
import sys
import time

from desktop.core import people
from desktop.errors import DatabaseProblem, EditConflict
from desktop.store import postgres
from desktop.store.models import DB, Interaction, Opening

SHARED_PEOPLE = 5  # ids 1…5, made by the test
RECONNECT_PAUSE = 0.1  # seconds between attempts while the server restarts (a child process, not a test)


def _reconnect() -> None:
    DB.obj.close()
    for _ in range(300):
        try:
            DB.obj.connect()
            return
        except DatabaseProblem:
            time.sleep(RECONNECT_PAUSE)
    raise SystemExit("the server did not come back")


def _exists(kind: str, tag: str) -> bool:
    if kind == "interaction":
        return Interaction.select().where(Interaction.subject == tag).exists()
    return Opening.select().where(Opening.title == tag).exists()


def _create(kind: str, tag: str, rng: random.Random) -> None:
    if kind == "interaction":
        Interaction.create(person=rng.randint(1, SHARED_PEOPLE), kind="note", direction="none",
                           at="2026-03-01 10:00:00", subject=tag)  # fmt: skip
    else:
        Opening.create(company=1, title=tag)


def write(kind: str, tag: str, rng: random.Random) -> tuple[str, int | None]:
    if kind == "edit":
        pid = rng.randint(1, SHARED_PEOPLE)
        try:
            version = people.get_person(pid).version
            people.update_person(pid, {"notes": tag}, expected_version=version)
            return "ok", pid
        except EditConflict:
            return "conflict", pid
        except DatabaseProblem:
            _reconnect()
            return "unknown", pid
    try:
        _create(kind, tag, rng)
        return "ok", None
    except DatabaseProblem:
        _reconnect()
        if _exists(kind, tag):
            return "landed", None
        _create(kind, tag, rng)
        return "retried", None


def main(url: str, worker: int, count: int, seed: int) -> None:
    postgres.open_postgres(url)
    rng = random.Random(seed)
    for n in range(count):
        kind = rng.choice(["interaction", "edit", "opening"])
        tag = f"w{worker}-{n}"
        result, pid = write(kind, tag, rng)
        print(json.dumps({"kind": kind, "tag": tag, "result": result, "person": pid}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
