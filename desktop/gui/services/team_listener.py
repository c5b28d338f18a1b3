"""Another desktop's change, seen here within a second or two: LISTEN on the team server (schema 11's NOTIFY).

A daemon thread holds a connection of its own, waits for notifications (``rebound_changes``, payload: the table
written) and hands each batch to ``Ops.broadcast`` as the ``Changes`` it means, so every page refreshes as it does
for a local write. Notifications of this desktop's own connections are left out (its writes broadcast already).
When the server goes away the thread says so (``lost``: the window shows a banner) and reconnects by itself,
every ``RETRY_SECONDS``; once back it says ``back`` and broadcasts a full refresh (changes made meanwhile).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from desktop.core.changes import Changes
from desktop.errors import DatabaseProblem
from desktop.gui.services.ops import Ops
from desktop.store.models import DB, is_team
from desktop.store.postgres import CHANNEL, TeamDatabase

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.25  # how long one wait for notifications lasts (a batch of writes is one broadcast)
RETRY_SECONDS = 1.0


def changes_of(tables: Iterable[str]) -> Changes:
    """What a write to these tables may have changed, as the pages understand it."""
    written = set(tables)
    people_tables = {"person", "person_tag", "tag", "interaction", "connection"}
    return Changes(
        everything=bool(written & people_tables),  # the ids are not in the notification: read the people again
        openings="opening" in written,
        processes=bool(written & {"process", "process_contact"}),
        companies="company" in written,
        suggestion_states="suggestion_state" in written,
        settings=bool(written & {"setting", "profile", "member"}),
    )


class TeamListener(QObject):
    notified = Signal(object)  # Changes, emitted from the listening thread (queued to the GUI thread)
    lost = Signal(str)  # the one line saying the server went away
    back = Signal()

    def __init__(self, db: TeamDatabase, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.notified.connect(ops.broadcast)
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in place (tests wait on it)
        self._thread = threading.Thread(target=self._run, name="team-listener", daemon=True)

    @classmethod
    def for_open_database(cls, ops: Ops, parent: QObject | None = None) -> TeamListener | None:
        db = DB.obj
        if not is_team(db):
            return None
        listener = cls(db, ops, parent)
        listener.start()
        return listener

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        was_lost = False
        while not self._stop.is_set():
            try:
                with self.db.listener_connection() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if was_lost:
                        was_lost = False
                        log.info("team server reachable again")
                        self.back.emit()
                        self.notified.emit(Changes(everything=True))
                    self._listen(conn)
            except DatabaseProblem as problem:
                self._lose(str(problem), was_lost)
                was_lost = True
            except Exception as error:  # noqa: BLE001 - a dropped connection, whatever the driver calls it
                self._lose(f"{self.db.display}: the connection to the server was lost; reconnecting", was_lost)
                log.info("team listener connection dropped (%s)", type(error).__name__)
                was_lost = True
            self.listening.clear()
            self._stop.wait(RETRY_SECONDS)

    def _lose(self, message: str, already: bool) -> None:
        if not already and not self._stop.is_set():
            self.lost.emit(message)

    def _listen(self, conn: object) -> None:
        while not self._stop.is_set():
            tables = {
                note.payload
                for note in conn.notifies(timeout=WAIT_SECONDS)  # type: ignore[attr-defined]
                if note.pid not in self.db.own_backends
            }
            if tables:
                self.notified.emit(changes_of(tables))
