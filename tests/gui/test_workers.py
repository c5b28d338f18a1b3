"""Work off the GUI thread: a task's connection is checkpointed and closed after its result is reported."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.gui.services.workers import Task
from desktop.interop import linkedin
from desktop.store.database import checkpoint
from tests.store.test_bulk import NOW, _connections, _people_in_file_alone


def test_an_import_worker_copies_the_log_into_the_file_after_reporting(
    db: object, db_path: Path, tmp_path: Path
) -> None:
    checkpoint()  # the new database's schema, into the file
    source = _connections(tmp_path / "Connections.csv", 1_500)
    results: list[object] = []
    in_file_when_reported: list[int] = []
    task = Task(lambda task: linkedin.run(source, now=NOW, progress=task.step))
    task.signals.succeeded.connect(results.append, Qt.ConnectionType.DirectConnection)
    task.signals.succeeded.connect(
        lambda _: in_file_when_reported.append(_people_in_file_alone(db_path, tmp_path)),
        Qt.ConnectionType.DirectConnection,
    )  # run in the worker as it reports
    worker = threading.Thread(target=task.run)  # as a pool thread runs it, with its own connection
    worker.start()
    worker.join()
    assert [summary.created for summary in results] == [1_500]  # type: ignore[attr-defined]
    assert in_file_when_reported == [0]  # the result did not wait for the copy
    assert _people_in_file_alone(db_path, tmp_path) == 1_500
